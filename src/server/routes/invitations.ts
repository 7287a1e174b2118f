import { createRoute, z } from '@hono/zod-openapi';
import { msg } from '../../core/message.ts';
import { takeSignupSlot } from '../auth/login-limit.ts';
import { assertStrongPassword } from '../auth/password-strength.ts';
import { hashPassword } from '../auth/passwords.ts';
import { callerOf, requireRole } from '../auth/require-role.ts';
import { startSession } from '../auth/start-session.ts';
import { isUniqueViolation } from '../db/errors.ts';
import {
  emailSchema,
  invitationSchema,
  organisationSchema,
  passwordSchema,
  personNameSchema,
  userSchema,
} from '../http/account-schemas.ts';
import { audit } from '../http/audit.ts';
import { clientIp } from '../http/client-ip.ts';
import { actorId } from '../http/env.ts';
import { JSON_BODY, PUBLIC, SESSION_READ, SESSION_WRITE, SIGNED_IN, SIGNED_IN_WRITE } from '../http/openapi-access.ts';
import { ProblemError } from '../http/problem.ts';
import { newRouter } from '../http/router.ts';
import { idParam, json, jsonBody, problems, roleSchema } from '../http/schemas.ts';
import { createInvitation, findOpenInvitation, listInvitations, markAccepted, revokeInvitation } from '../repos/invitations.ts';
import { getOrganisation } from '../repos/organisations.ts';
import { createUser, emailTaken } from '../repos/users.ts';
import type { Services } from '../services.ts';
import { emailTakenProblem } from './auth.ts';

/** The link the invitee opens. The token sits in the fragment, which browsers never send to a server or in a Referer. */
export const ACCEPT_PATH = '/accept-invitation';

const invalidLink = () =>
  new ProblemError('notFound', {
    detail: msg('server:detail.invitation'),
  });

export function invitationRoutes(svc: Services) {
  const router = newRouter();
  const owner = requireRole(svc, 'owner');
  const managed = { tags: ['organisation'], middleware: owner };

  const create = createRoute({
    ...managed,
    method: 'post',
    path: '/invitations',
    operationId: 'createInvitation',
    security: SESSION_WRITE,
    summary: 'Invite someone by e-mail (owners); returns the link to send them',
    description: 'No e-mail is sent by the server: pass the link on yourself. It works once, for 7 days.',
    request: jsonBody(z.object({ email: emailSchema, role: roleSchema })),
    responses: {
      201: json(
        z.object({
          invitation: invitationSchema,
          token: z.string(),
          acceptPath: z.string().describe(`${ACCEPT_PATH}#token=…, relative to the server's address`),
        }),
        'Created',
      ),
      ...problems(...JSON_BODY, ...SIGNED_IN_WRITE, 'forbidden', 'conflict', 'rateLimited'),
    },
  });

  const list = createRoute({
    ...managed,
    method: 'get',
    path: '/invitations',
    operationId: 'listInvitations',
    security: SESSION_READ,
    summary: "The organisation's invitations, newest first (owners)",
    responses: { 200: json(z.object({ items: z.array(invitationSchema) }), 'Invitations'), ...problems(...SIGNED_IN, 'forbidden') },
  });

  const revoke = createRoute({
    ...managed,
    method: 'delete',
    path: '/invitations/{id}',
    operationId: 'revokeInvitation',
    security: SESSION_WRITE,
    summary: 'Revoke an open invitation (owners)',
    request: { params: idParam },
    responses: { 204: { description: 'Revoked' }, ...problems(...SIGNED_IN_WRITE, 'forbidden', 'notFound') },
  });

  const inspect = createRoute({
    method: 'post',
    path: '/invitations/inspect',
    operationId: 'inspectInvitation',
    security: PUBLIC,
    tags: ['organisation'],
    summary: 'What an invitation token is for (no account needed)',
    request: jsonBody(z.object({ token: z.string().max(200) })),
    responses: {
      200: json(
        z.object({ email: z.string(), role: roleSchema, organisation: z.object({ name: z.string() }), expiresAt: z.string() }),
        'The invitation',
      ),
      ...problems(...JSON_BODY, 'notFound', 'unavailable'),
    },
  });

  const accept = createRoute({
    method: 'post',
    path: '/invitations/accept',
    operationId: 'acceptInvitation',
    security: PUBLIC,
    tags: ['organisation'],
    summary: 'Accept an invitation: creates the user in the organisation and signs in',
    request: jsonBody(z.object({ token: z.string().max(200), name: personNameSchema, password: passwordSchema })),
    responses: {
      201: json(z.object({ user: userSchema, organisation: organisationSchema, csrfToken: z.string() }), 'Signed in'),
      ...problems(...JSON_BODY, 'notFound', 'conflict', 'unavailable'),
    },
  });

  router.openapi(create, async (c) => {
    const caller = callerOf(c);
    const body = c.req.valid('json');
    await takeSignupSlot(svc, [
      { key: `signup:${clientIp(c, svc.config)}`, max: svc.config.signup.perIp },
      { key: `invite:${actorId(caller)}`, max: svc.config.signup.invitationsPerUser },
    ]);
    if (await emailTaken(svc.db, body.email)) throw emailTakenProblem();
    const { invitation, token } = await createInvitation(svc.db, {
      orgId: caller.orgId,
      email: body.email,
      role: body.role,
      invitedBy: actorId(caller),
      ttlMs: svc.config.invitationTtlMs,
    });
    await audit(c, svc, caller, 'invitation.create', 'invitation', invitation.id);
    return c.json({ invitation, token, acceptPath: `${ACCEPT_PATH}#token=${token}` }, 201);
  });

  router.openapi(list, async (c) => c.json({ items: await listInvitations(svc.db, callerOf(c).orgId) }, 200));

  router.openapi(revoke, async (c) => {
    const caller = callerOf(c);
    const { id } = c.req.valid('param');
    if (!(await revokeInvitation(svc.db, caller.orgId, id))) throw new ProblemError('notFound');
    await audit(c, svc, caller, 'invitation.revoke', 'invitation', id);
    return c.body(null, 204);
  });

  router.openapi(inspect, async (c) => {
    const invitation = await findOpenInvitation(svc.db, c.req.valid('json').token);
    const organisation = invitation && (await getOrganisation(svc.db, invitation.orgId));
    if (!invitation || !organisation) throw invalidLink();
    return c.json(
      { email: invitation.email, role: invitation.role, organisation: { name: organisation.name }, expiresAt: invitation.expiresAt },
      200,
    );
  });

  router.openapi(accept, async (c) => {
    const body = c.req.valid('json');
    const invitation = await findOpenInvitation(svc.db, body.token);
    const organisation = invitation && (await getOrganisation(svc.db, invitation.orgId));
    if (!invitation || !organisation) throw invalidLink();
    await assertStrongPassword(body.password, [invitation.email, body.name, organisation.name]);
    const passwordHash = await hashPassword(body.password);
    // One transaction: the link is spent exactly when the account exists (two clicks cannot make two users).
    const user = await svc.db
      .transaction()
      .execute(async (trx) => {
        if (!(await markAccepted(trx, invitation.id))) throw invalidLink();
        return createUser(trx, { orgId: invitation.orgId, email: invitation.email, name: body.name, role: invitation.role, passwordHash });
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? emailTakenProblem() : error;
      });
    const csrfToken = await startSession(c, svc, user.id, invitation.orgId, {
      action: 'invitation.accept',
      targetType: 'invitation',
      targetId: invitation.id,
    });
    return c.json({ user, organisation, csrfToken }, 201);
  });

  return router;
}
