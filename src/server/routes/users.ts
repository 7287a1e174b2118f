import { createRoute, z } from '@hono/zod-openapi';
import { msg } from '../../core/message.ts';
import { callerOf, requireRole } from '../auth/require-role.ts';
import { userSchema } from '../http/account-schemas.ts';
import { audit } from '../http/audit.ts';
import { JSON_BODY, MEMBER_READ, SESSION_WRITE, SIGNED_IN, SIGNED_IN_WRITE } from '../http/openapi-access.ts';
import { ProblemError } from '../http/problem.ts';
import { newRouter } from '../http/router.ts';
import { idParam, json, jsonBody, problems, roleSchema } from '../http/schemas.ts';
import { revokeTokensOf } from '../repos/api-tokens.ts';
import { revokeInvitationsBy } from '../repos/invitations.ts';
import { deleteUserSessions } from '../repos/sessions.ts';
import { countActiveOwners, disableUser, getUser, listUsers, setRole } from '../repos/users.ts';
import type { Services } from '../services.ts';

const lastOwner = () => new ProblemError('conflict', { detail: msg('server:detail.lastOwner') });

export function userRoutes(svc: Services) {
  const router = newRouter();
  const viewer = requireRole(svc, 'viewer');
  const owner = requireRole(svc, 'owner');
  const common = { tags: ['organisation'] };

  const list = createRoute({
    ...common,
    method: 'get',
    path: '/users',
    operationId: 'listUsers',
    security: MEMBER_READ,
    summary: "The organisation's users (any role: names show who changed what)",
    middleware: viewer,
    responses: { 200: json(z.object({ items: z.array(userSchema) }), 'Users'), ...problems(...SIGNED_IN) },
  });

  const update = createRoute({
    ...common,
    method: 'patch',
    path: '/users/{id}',
    operationId: 'changeUserRole',
    security: SESSION_WRITE,
    summary: "Change a user's role (owners)",
    middleware: owner,
    request: { params: idParam, ...jsonBody(z.object({ role: roleSchema })) },
    responses: {
      200: json(userSchema, 'The user'),
      ...problems(...JSON_BODY, ...SIGNED_IN_WRITE, 'forbidden', 'notFound', 'conflict'),
    },
  });

  const remove = createRoute({
    ...common,
    method: 'delete',
    path: '/users/{id}',
    operationId: 'removeUser',
    security: SESSION_WRITE,
    summary: 'Remove a user from the organisation (owners); their sessions, API tokens and open invitations end at once',
    description:
      'The account is disabled, not erased, so the audit log and case history still name who did what. The API tokens the user created are revoked (not handed to anyone), and so are the open invitations they (or those tokens) created; each is audited as token.revoke / invitation.revoke.',
    middleware: owner,
    request: { params: idParam },
    responses: { 204: { description: 'Removed' }, ...problems(...SIGNED_IN_WRITE, 'forbidden', 'notFound', 'conflict') },
  });

  router.openapi(list, async (c) => c.json({ items: await listUsers(svc.db, callerOf(c).orgId) }, 200));

  router.openapi(update, async (c) => {
    const caller = callerOf(c);
    const { id } = c.req.valid('param');
    const { role } = c.req.valid('json');
    const user = await getUser(svc.db, caller.orgId, id);
    if (!user || user.disabledAt) throw new ProblemError('notFound');
    if (user.role === 'owner' && role !== 'owner' && (await countActiveOwners(svc.db, caller.orgId)) <= 1) throw lastOwner();
    await setRole(svc.db, caller.orgId, id, role);
    await audit(c, svc, caller, 'user.role', 'user', id);
    return c.json({ ...user, role }, 200);
  });

  router.openapi(remove, async (c) => {
    const caller = callerOf(c);
    const { id } = c.req.valid('param');
    const user = await getUser(svc.db, caller.orgId, id);
    if (!user || user.disabledAt) throw new ProblemError('notFound');
    if (user.role === 'owner' && (await countActiveOwners(svc.db, caller.orgId)) <= 1) throw lastOwner();
    await disableUser(svc.db, caller.orgId, id);
    await deleteUserSessions(svc.db, id);
    await audit(c, svc, caller, 'user.remove', 'user', id);
    // What they could still act through goes with them: their API tokens, and the open invitations made by
    // them or by those tokens (an invitation accepted later would let them choose who joins).
    const tokens = await revokeTokensOf(svc.db, caller.orgId, id);
    for (const tokenId of tokens) await audit(c, svc, caller, 'token.revoke', 'token', tokenId);
    const inviters = [id, ...tokens.map((t) => `token:${t}`)];
    for (const invitationId of await revokeInvitationsBy(svc.db, caller.orgId, inviters)) {
      await audit(c, svc, caller, 'invitation.revoke', 'invitation', invitationId);
    }
    return c.body(null, 204);
  });

  return router;
}
