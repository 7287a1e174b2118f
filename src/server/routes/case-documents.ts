import { createRoute, z } from '@hono/zod-openapi';
import { callerOf } from '../auth/require-role.ts';
import { audit } from '../http/audit.ts';
import { assertCase } from '../http/case-schemas.ts';
import { actorId } from '../http/env.ts';
import { JSON_BODY, MEMBER_READ, MEMBER_WRITE, SIGNED_IN, SIGNED_IN_WRITE } from '../http/openapi-access.ts';
import { idParam, json, jsonBody, problems } from '../http/schemas.ts';
import { latestAssessment } from '../repos/assessments.ts';
import { listDocumentStates, setDocumentState } from '../repos/documents.ts';
import type { Services } from '../services.ts';
import { caseRouter } from './case-router.ts';

const status = z.enum(['todo', 'collected', 'submitted']);

const stateSchema = z
  .object({ docId: z.string(), status, note: z.string().nullable(), updatedBy: z.string(), updatedAt: z.string() })
  .meta({ id: 'DocumentState' });

const checklistItem = z
  .object({
    docId: z.string(),
    zh: z.string().nullable(),
    en: z.string().nullable(),
    required: z.boolean().describe('named by the latest stored assessment'),
    status,
    note: z.string().nullable(),
    updatedBy: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'ChecklistItem' });

export function caseDocumentRoutes(svc: Services) {
  const { router, viewer, staff, common } = caseRouter(svc);

  const list = createRoute({
    ...common,
    method: 'get',
    path: '/cases/{id}/documents',
    operationId: 'listCaseDocuments',
    security: MEMBER_READ,
    summary: 'Document checklist: the documents the latest assessment asks for, with their state',
    description: 'Documents ticked earlier but no longer asked for are kept, with `required: false`.',
    middleware: viewer,
    request: { params: idParam },
    responses: {
      200: json(z.object({ assessmentId: z.string().nullable(), items: z.array(checklistItem) }), 'Checklist'),
      ...problems(...SIGNED_IN, 'notFound'),
    },
  });

  const set = createRoute({
    ...common,
    method: 'put',
    path: '/cases/{id}/documents/{docId}',
    operationId: 'setCaseDocument',
    security: MEMBER_WRITE,
    summary: "Set one document's state (staff, owners)",
    middleware: staff,
    request: {
      params: idParam.extend({ docId: z.string().regex(/^[\w.-]{1,100}$/) }),
      ...jsonBody(z.object({ status, note: z.string().max(2000).nullable().optional() })),
    },
    responses: { 200: json(stateSchema, 'The state'), ...problems(...JSON_BODY, ...SIGNED_IN_WRITE, 'forbidden', 'notFound') },
  });

  router.openapi(list, async (c) => {
    const caller = callerOf(c);
    const { id } = c.req.valid('param');
    await assertCase(svc.db, caller.orgId, id);
    const [latest, states] = [await latestAssessment(svc.db, caller.orgId, id), await listDocumentStates(svc.db, caller.orgId, id)];
    const byId = new Map(states.map((s) => [s.docId, s]));
    const asked = latest?.result.documents ?? [];
    const items = [
      ...asked.map((d) => ({ doc: d, state: byId.get(d.id), required: true })),
      ...states
        .filter((s) => !asked.some((d) => d.id === s.docId))
        .map((s) => ({ doc: { id: s.docId, zh: null, en: null }, state: s, required: false })),
    ].map(({ doc, state, required }) => ({
      docId: doc.id,
      zh: doc.zh,
      en: doc.en,
      required,
      status: state?.status ?? ('todo' as const),
      note: state?.note ?? null,
      updatedBy: state?.updatedBy ?? null,
      updatedAt: state?.updatedAt ?? null,
    }));
    await audit(c, svc, caller, 'document.list', 'case', id);
    return c.json({ assessmentId: latest?.id ?? null, items }, 200);
  });

  router.openapi(set, async (c) => {
    const caller = callerOf(c);
    const { id, docId } = c.req.valid('param');
    const body = c.req.valid('json');
    await assertCase(svc.db, caller.orgId, id);
    const state = await setDocumentState(svc.db, caller.orgId, id, docId, actorId(caller), {
      status: body.status,
      note: body.note ?? null,
    });
    await audit(c, svc, caller, 'document.update', 'case', id);
    return c.json(state, 200);
  });

  return router;
}
