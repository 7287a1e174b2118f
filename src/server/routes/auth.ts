import { createRoute, z } from '@hono/zod-openapi';
import { msg } from '../../core/message.ts';
import { clearSessionCookies } from '../auth/cookies.ts';
import { beginLoginAttempt, loginFailed, loginSucceeded, takeSignupSlot } from '../auth/login-limit.ts';
import { assertStrongPassword } from '../auth/password-strength.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { callerOf, requireRole } from '../auth/require-role.ts';
import { startSession } from '../auth/start-session.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { emailSchema, organisationSchema, passwordSchema, personNameSchema, sessionSchema, userSchema } from '../http/account-schemas.ts';
import { clientIp } from '../http/client-ip.ts';
import { JSON_BODY, MEMBER_READ, MEMBER_WRITE, PUBLIC, SIGNED_IN, SIGNED_IN_WRITE } from '../http/openapi-access.ts';
import { ProblemError } from '../http/problem.ts';
import { newRouter } from '../http/router.ts';
import { json, jsonBody, problems } from '../http/schemas.ts';
import { recordAudit } from '../repos/audit.ts';
import { createOrganisation, getOrganisation } from '../repos/organisations.ts';
import { deleteSession } from '../repos/sessions.ts';
import { createUser, emailTaken, findActiveByEmail, getUser, normaliseEmail, toUser } from '../repos/users.ts';
import type { Services } from '../services.ts';

const signup = createRoute({
  method: 'post',
  path: '/auth/signup',
  operationId: 'signUp',
  tags: ['auth'],
  security: PUBLIC,
  summary: 'Create an organisation and its owner, and sign in',
  request: jsonBody(
    z.object({ organisation: z.string().trim().min(1).max(200), name: personNameSchema, email: emailSchema, password: passwordSchema }),
  ),
  responses: {
    201: json(sessionSchema, 'Signed in; sets the session and csrf cookies'),
    ...problems(...JSON_BODY, 'conflict', 'rateLimited', 'unavailable'),
  },
});

const login = createRoute({
  method: 'post',
  path: '/auth/login',
  operationId: 'signIn',
  tags: ['auth'],
  security: PUBLIC,
  summary: 'Sign in with e-mail and password',
  description:
    'Throttled per account+address pair (a few attempts, then growing delays) and per client address (attempts in a sliding window, shared by all instances); 429 with Retry-After. See docs/deploy.md.',
  request: jsonBody(z.object({ email: emailSchema, password: z.string().min(1).max(200) })),
  responses: {
    200: json(sessionSchema, 'Signed in; sets the session and csrf cookies'),
    ...problems(...JSON_BODY, 'badCredentials', 'rateLimited', 'unavailable'),
  },
});

export function emailTakenProblem(): ProblemError {
  return new ProblemError('conflict', { detail: msg('server:detail.emailTaken') });
}

export function authRoutes(svc: Services) {
  const router = newRouter();
  const viewer = requireRole(svc, 'viewer');

  const logout = createRoute({
    method: 'post',
    path: '/auth/logout',
    operationId: 'signOut',
    tags: ['auth'],
    summary: 'End the cookie session',
    security: MEMBER_WRITE,
    middleware: viewer,
    responses: { 204: { description: 'Signed out; cookies cleared' }, ...problems(...SIGNED_IN_WRITE) },
  });

  const me = createRoute({
    method: 'get',
    path: '/auth/me',
    operationId: 'whoAmI',
    tags: ['auth'],
    summary: 'Who is calling',
    security: MEMBER_READ,
    middleware: viewer,
    responses: {
      200: json(
        z.object({
          organisation: organisationSchema,
          role: z.enum(['owner', 'staff', 'viewer']),
          user: userSchema.nullable().describe('null for API-token callers'),
          tokenId: z.string().nullable().describe('the API token, for token callers'),
        }),
        'The caller',
      ),
      ...problems(...SIGNED_IN),
    },
  });

  router.openapi(signup, async (c) => {
    const body = c.req.valid('json');
    await takeSignupSlot(svc, [{ key: `signup:${clientIp(c, svc.config)}`, max: svc.config.signup.perIp }]);
    await assertStrongPassword(body.password, [body.email, body.name, body.organisation]);
    if (await emailTaken(svc.db, body.email)) throw emailTakenProblem();
    const passwordHash = await hashPassword(body.password);
    const { organisation, user } = await svc.db
      .transaction()
      .execute(async (trx) => {
        const organisation = await createOrganisation(trx, body.organisation);
        const user = await createUser(trx, { orgId: organisation.id, email: body.email, name: body.name, role: 'owner', passwordHash });
        return { organisation, user };
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? emailTakenProblem() : error;
      });
    const csrfToken = await startSession(c, svc, user.id, organisation.id, {
      action: 'auth.signup',
      targetType: 'organisation',
      targetId: organisation.id,
    });
    return c.json({ user, organisation, csrfToken }, 201);
  });

  router.openapi(login, async (c) => {
    const body = c.req.valid('json');
    const email = normaliseEmail(body.email);
    const ip = clientIp(c, svc.config);
    const attempt = await beginLoginAttempt(svc, email, ip);
    const row = await findActiveByEmail(svc.db, email);
    const ok = await verifyPassword(row?.password_hash, body.password);
    if (!row || !ok) {
      await loginFailed(svc);
      if (row)
        await recordAudit(svc.db, {
          orgId: row.org_id,
          actorUserId: row.id,
          actorTokenId: null,
          action: 'auth.login_failed',
          targetType: 'user',
          targetId: row.id,
          requestId: c.get('requestId'),
        });
      throw new ProblemError('badCredentials');
    }
    await loginSucceeded(svc, attempt);
    const organisation = await getOrganisation(svc.db, row.org_id);
    if (!organisation) throw new Error('user without organisation');
    const csrfToken = await startSession(c, svc, row.id, row.org_id, { action: 'auth.login', targetType: 'user', targetId: row.id });
    return c.json({ user: toUser(row), organisation, csrfToken }, 200);
  });

  router.openapi(logout, async (c) => {
    const caller = callerOf(c);
    if (caller.sessionId) await deleteSession(svc.db, caller.sessionId);
    clearSessionCookies(c, svc.config);
    return c.body(null, 204);
  });

  router.openapi(me, async (c) => {
    const caller = callerOf(c);
    const organisation = await getOrganisation(svc.db, caller.orgId);
    if (!organisation) throw new ProblemError('notFound');
    const user = caller.userId ? ((await getUser(svc.db, caller.orgId, caller.userId)) ?? null) : null;
    return c.json({ organisation, role: caller.role, user, tokenId: caller.tokenId }, 200);
  });

  return router;
}
