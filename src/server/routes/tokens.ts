import { createRoute, z } from '@hono/zod-openapi';
import { callerOf, requireRole } from '../auth/require-role.ts';
import { audit } from '../http/audit.ts';
import { actorId } from '../http/env.ts';
import { JSON_BODY, SESSION_READ, SESSION_WRITE, SIGNED_IN, SIGNED_IN_WRITE } from '../http/openapi-access.ts';
import { ProblemError } from '../http/problem.ts';
import { newRouter } from '../http/router.ts';
import { idParam, json, jsonBody, problems } from '../http/schemas.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../repos/api-tokens.ts';
import type { Services } from '../services.ts';

const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(['owner', 'staff', 'viewer']),
    prefix: z.string().describe('first characters of the token, to tell tokens apart'),
    createdBy: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

export function tokenRoutes(svc: Services) {
  const router = newRouter();
  const owner = requireRole(svc, 'owner');
  const common = { tags: ['organisation'], middleware: owner };

  const create = createRoute({
    ...common,
    method: 'post',
    path: '/tokens',
    operationId: 'createApiToken',
    security: SESSION_WRITE,
    summary: 'Create an API token for an integrator (owners); the secret is shown once',
    description: 'Send it as `Authorization: Bearer <token>`. Only its SHA-256 is stored. Tokens act as staff or viewer, never as owner.',
    request: jsonBody(
      z.object({
        name: z.string().trim().min(1).max(100),
        role: z.enum(['staff', 'viewer']),
        expiresInDays: z.number().int().min(1).max(3650).optional().describe('default: never expires (revoke it instead)'),
      }),
    ),
    responses: {
      201: json(
        z.object({ token: z.string().describe('the secret: store it now, it is never shown again'), apiToken: apiTokenSchema }),
        'Created',
      ),
      ...problems(...JSON_BODY, ...SIGNED_IN_WRITE, 'forbidden'),
    },
  });

  const list = createRoute({
    ...common,
    method: 'get',
    path: '/tokens',
    operationId: 'listApiTokens',
    security: SESSION_READ,
    summary: 'API tokens of the organisation, without their secrets (owners)',
    responses: { 200: json(z.object({ items: z.array(apiTokenSchema) }), 'Tokens'), ...problems(...SIGNED_IN, 'forbidden') },
  });

  const revoke = createRoute({
    ...common,
    method: 'delete',
    path: '/tokens/{id}',
    operationId: 'revokeApiToken',
    security: SESSION_WRITE,
    summary: 'Revoke an API token (owners); it stops working at once on every instance',
    request: { params: idParam },
    responses: { 204: { description: 'Revoked' }, ...problems(...SIGNED_IN_WRITE, 'forbidden', 'notFound') },
  });

  router.openapi(create, async (c) => {
    const caller = callerOf(c);
    const body = c.req.valid('json');
    const expiresAt = body.expiresInDays ? new Date(Date.now() + body.expiresInDays * 86_400_000).toISOString() : null;
    const { token, apiToken } = await createApiToken(svc.db, {
      orgId: caller.orgId,
      createdBy: actorId(caller),
      name: body.name,
      role: body.role,
      expiresAt,
    });
    await audit(c, svc, caller, 'token.create', 'token', apiToken.id);
    return c.json({ token, apiToken }, 201);
  });

  router.openapi(list, async (c) => c.json({ items: await listApiTokens(svc.db, callerOf(c).orgId) }, 200));

  router.openapi(revoke, async (c) => {
    const caller = callerOf(c);
    const { id } = c.req.valid('param');
    if (!(await revokeApiToken(svc.db, caller.orgId, id))) throw new ProblemError('notFound');
    await audit(c, svc, caller, 'token.revoke', 'token', id);
    return c.body(null, 204);
  });

  return router;
}
