import { createRoute, z } from '@hono/zod-openapi';
import { callerOf } from '../auth/require-role.ts';
import { audit } from '../http/audit.ts';
import { assertCase } from '../http/case-schemas.ts';
import { actorId } from '../http/env.ts';
import { JSON_BODY, MEMBER_READ, MEMBER_WRITE, SIGNED_IN, SIGNED_IN_WRITE } from '../http/openapi-access.ts';
import { ProblemError } from '../http/problem.ts';
import { idParam, json, jsonBody, pageQuery, pageSchema, problems } from '../http/schemas.ts';
import { addNote, deleteNote, listNotes } from '../repos/notes.ts';
import type { Services } from '../services.ts';
import { caseRouter } from './case-router.ts';

const noteSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    authorId: z.string().describe('a user id, or token:<id> for an API token'),
    authorName: z.string().nullable().describe("the author's name; null for an API token or a removed user"),
    body: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Note' });

export function caseNoteRoutes(svc: Services) {
  const { router, viewer, staff, common } = caseRouter(svc);

  const list = createRoute({
    ...common,
    method: 'get',
    path: '/cases/{id}/notes',
    operationId: 'listCaseNotes',
    security: MEMBER_READ,
    summary: 'Notes on a case, newest first',
    middleware: viewer,
    request: { params: idParam, query: pageQuery },
    responses: { 200: json(pageSchema(noteSchema), 'A page of notes'), ...problems(...SIGNED_IN, 'validation', 'notFound') },
  });

  const add = createRoute({
    ...common,
    method: 'post',
    path: '/cases/{id}/notes',
    operationId: 'addCaseNote',
    security: MEMBER_WRITE,
    summary: 'Add a note (staff, owners)',
    middleware: staff,
    request: { params: idParam, ...jsonBody(z.object({ body: z.string().trim().min(1).max(5000) })) },
    responses: { 201: json(noteSchema, 'The note'), ...problems(...JSON_BODY, ...SIGNED_IN_WRITE, 'forbidden', 'notFound') },
  });

  const remove = createRoute({
    ...common,
    method: 'delete',
    path: '/cases/{id}/notes/{noteId}',
    operationId: 'deleteCaseNote',
    security: MEMBER_WRITE,
    summary: 'Delete a note (staff, owners)',
    middleware: staff,
    request: { params: idParam.extend({ noteId: z.string().max(64) }) },
    responses: { 204: { description: 'Deleted' }, ...problems(...SIGNED_IN_WRITE, 'forbidden', 'notFound') },
  });

  router.openapi(list, async (c) => {
    const caller = callerOf(c);
    const { id } = c.req.valid('param');
    await assertCase(svc.db, caller.orgId, id);
    const page = await listNotes(svc.db, caller.orgId, id, c.req.valid('query'));
    await audit(c, svc, caller, 'note.list', 'case', id);
    return c.json(page, 200);
  });

  router.openapi(add, async (c) => {
    const caller = callerOf(c);
    const { id } = c.req.valid('param');
    await assertCase(svc.db, caller.orgId, id);
    const note = await addNote(svc.db, caller.orgId, id, actorId(caller), c.req.valid('json').body);
    await audit(c, svc, caller, 'note.create', 'note', note.id);
    return c.json(note, 201);
  });

  router.openapi(remove, async (c) => {
    const caller = callerOf(c);
    const { id, noteId } = c.req.valid('param');
    if (!(await deleteNote(svc.db, caller.orgId, id, noteId))) throw new ProblemError('notFound');
    await audit(c, svc, caller, 'note.delete', 'note', noteId);
    return c.body(null, 204);
  });

  return router;
}
