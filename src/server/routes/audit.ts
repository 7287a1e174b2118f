import { createRoute, z } from '@hono/zod-openapi';
import { callerOf, requireRole } from '../auth/require-role.ts';
import { auditEntrySchema } from '../http/audit-schemas.ts';
import { SESSION_READ, SIGNED_IN } from '../http/openapi-access.ts';
import { newRouter } from '../http/router.ts';
import { json, pageQuery, pageSchema, problems } from '../http/schemas.ts';
import { listAudit, listAuditActions } from '../repos/audit.ts';
import type { Services } from '../services.ts';

export function auditRoutes(svc: Services) {
  const route = createRoute({
    method: 'get',
    path: '/audit',
    operationId: 'listAuditLog',
    tags: ['organisation'],
    summary: 'Who read or changed what, when (owners), newest first',
    security: SESSION_READ,
    middleware: requireRole(svc, 'owner'),
    request: {
      query: pageQuery.extend({
        targetType: z.string().max(50).optional(),
        targetId: z.string().max(64).optional(),
        actorUserId: z.string().max(64).optional(),
        action: z.string().max(50).optional(),
        caseId: z
          .string()
          .max(64)
          .optional()
          .describe("a case's entries and those of its notes and stored assessments (targetId matches one target only)"),
      }),
    },
    responses: { 200: json(pageSchema(auditEntrySchema), 'A page of the audit log'), ...problems(...SIGNED_IN, 'validation', 'forbidden') },
  });
  const actions = createRoute({
    method: 'get',
    path: '/audit/actions',
    operationId: 'listAuditActions',
    tags: ['organisation'],
    summary: "The actions the organisation's audit log holds, sorted (owners): the choices of a filter by action",
    security: SESSION_READ,
    middleware: requireRole(svc, 'owner'),
    responses: { 200: json(z.object({ actions: z.array(z.string()) }), 'The actions'), ...problems(...SIGNED_IN, 'forbidden') },
  });
  return newRouter()
    .openapi(route, async (c) => c.json(await listAudit(svc.db, callerOf(c).orgId, c.req.valid('query')), 200))
    .openapi(actions, async (c) => c.json({ actions: await listAuditActions(svc.db, callerOf(c).orgId) }, 200));
}
