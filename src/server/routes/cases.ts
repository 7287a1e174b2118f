import { createRoute, z } from '@hono/zod-openapi';
import { callerOf } from '../auth/require-role.ts';
import { applicant } from '../http/applicant-schema.ts';
import { audit } from '../http/audit.ts';
import { caseConflict } from '../http/case-conflict.ts';
import {
  caseHukouStatusSchema,
  caseLabelSchema,
  caseReferenceSchema,
  caseSchema,
  caseStatusSchema,
  caseSummarySchema,
} from '../http/case-schemas.ts';
import { actorId } from '../http/env.ts';
import { JSON_BODY, MEMBER_READ, MEMBER_WRITE, SIGNED_IN, SIGNED_IN_WRITE } from '../http/openapi-access.ts';
import { ProblemError } from '../http/problem.ts';
import { idParam, json, jsonBody, pageQuery, pageSchema, problems } from '../http/schemas.ts';
import { caseSorts, createCase, deleteCase, getCase, listCases, updateCase } from '../repos/cases.ts';
import type { Services } from '../services.ts';
import { caseRouter } from './case-router.ts';

export function caseRoutes(svc: Services) {
  const { router, viewer, staff, common } = caseRouter(svc);

  const list = createRoute({
    ...common,
    method: 'get',
    path: '/cases',
    operationId: 'listCases',
    security: MEMBER_READ,
    summary: 'Cases of the organisation with where each stands; sortable, filterable by status, paginated',
    description:
      'Newest first by default. `sort` orders by a standing column (never-assessed cases last in either order, then by id); ' +
      '`order` reverses it; `status` keeps one status, `hukou` one hukou status; `q` searches label and reference. Pages: `offset` with `nextOffset` in any ' +
      'order, or `before` with `next` (keyset, default order only). Indexed on both databases (docs/api.md gives the query time).',
    middleware: viewer,
    request: {
      query: pageQuery.extend({
        q: z.string().max(100).optional(),
        status: caseStatusSchema.optional(),
        hukou: caseHukouStatusSchema.optional().describe('keep one hukou status'),
        sort: z
          .enum(caseSorts)
          .optional()
          .describe('created (default, newest first), label, total, gap, status, reachesOn, hukouEarliest, assessedAt, updatedAt'),
        order: z
          .enum(['asc', 'desc'])
          .optional()
          .describe('default: desc for created, total, assessedAt and updatedAt; asc for label, gap, status, reachesOn and hukouEarliest'),
        offset: z.coerce.number().int().min(0).max(1_000_000).optional().describe('rows to skip: `nextOffset` of the previous page'),
      }),
    },
    responses: {
      200: json(
        pageSchema(caseSummarySchema).extend({
          nextOffset: z.number().int().nullable().describe('pass as `offset` for the next page; null on the last page'),
        }),
        'A page of cases',
      ),
      ...problems(...SIGNED_IN, 'validation'),
    },
  });

  const create = createRoute({
    ...common,
    method: 'post',
    path: '/cases',
    operationId: 'createCase',
    security: MEMBER_WRITE,
    summary: 'Create a case with its facts (staff, owners)',
    middleware: staff,
    request: jsonBody(z.object({ label: caseLabelSchema, reference: caseReferenceSchema.optional(), facts: applicant })),
    responses: { 201: json(caseSchema, 'The case'), ...problems(...JSON_BODY, ...SIGNED_IN_WRITE, 'forbidden') },
  });

  const get = createRoute({
    ...common,
    method: 'get',
    path: '/cases/{id}',
    operationId: 'getCase',
    security: MEMBER_READ,
    summary: 'A case with its facts',
    middleware: viewer,
    request: { params: idParam },
    responses: { 200: json(caseSchema, 'The case'), ...problems(...SIGNED_IN, 'notFound') },
  });

  const update = createRoute({
    ...common,
    method: 'patch',
    path: '/cases/{id}',
    operationId: 'updateCase',
    security: MEMBER_WRITE,
    summary: 'Change label, reference or facts (staff, owners)',
    description:
      'Facts are replaced as a whole and validated like any applicant. With `revision`, the change is refused (409) if someone changed the case since.',
    middleware: staff,
    request: {
      params: idParam,
      ...jsonBody(
        z.object({
          label: caseLabelSchema.optional(),
          reference: caseReferenceSchema.nullable().optional(),
          facts: applicant.optional(),
          revision: z.number().int().optional(),
        }),
      ),
    },
    responses: {
      200: json(caseSchema, 'The case'),
      ...problems(...JSON_BODY, ...SIGNED_IN_WRITE, 'forbidden', 'notFound', 'conflict'),
    },
  });

  const remove = createRoute({
    ...common,
    method: 'delete',
    path: '/cases/{id}',
    operationId: 'deleteCase',
    security: MEMBER_WRITE,
    summary: 'Delete a case with its assessments, documents and notes (staff, owners)',
    middleware: staff,
    request: { params: idParam },
    responses: { 204: { description: 'Deleted' }, ...problems(...SIGNED_IN_WRITE, 'forbidden', 'notFound') },
  });

  router.openapi(list, async (c) => {
    const caller = callerOf(c);
    const page = await listCases(svc.db, caller.orgId, c.req.valid('query'));
    await audit(c, svc, caller, 'case.list', 'case', null);
    return c.json(page, 200);
  });

  router.openapi(create, async (c) => {
    const caller = callerOf(c);
    const body = c.req.valid('json');
    const created = await createCase(svc.db, caller.orgId, actorId(caller), body);
    await audit(c, svc, caller, 'case.create', 'case', created.id);
    return c.json(created, 201);
  });

  router.openapi(get, async (c) => {
    const caller = callerOf(c);
    const found = await getCase(svc.db, caller.orgId, c.req.valid('param').id);
    if (!found) throw new ProblemError('notFound');
    await audit(c, svc, caller, 'case.read', 'case', found.id);
    return c.json(found, 200);
  });

  router.openapi(update, async (c) => {
    const caller = callerOf(c);
    const { id } = c.req.valid('param');
    const outcome = await updateCase(svc.db, caller.orgId, id, actorId(caller), c.req.valid('json'));
    if (!outcome.ok && outcome.reason === 'notFound') throw new ProblemError('notFound');
    if (!outcome.ok) {
      const { revision } = c.req.valid('json');
      throw caseConflict(id, revision ?? 0, (await getCase(svc.db, caller.orgId, id))?.revision ?? 0);
    }
    await audit(c, svc, caller, 'case.update', 'case', id);
    return c.json(outcome.case, 200);
  });

  router.openapi(remove, async (c) => {
    const caller = callerOf(c);
    const { id } = c.req.valid('param');
    if (!(await deleteCase(svc.db, caller.orgId, id))) throw new ProblemError('notFound');
    await audit(c, svc, caller, 'case.delete', 'case', id);
    await svc.database.scrub();
    return c.body(null, 204);
  });

  return router;
}
