import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { msg } from '../../core/message.ts';
import { beginLoginAttempt, loginFailed, loginSucceeded } from '../auth/login-limit.ts';
import { assertStrongPassword } from '../auth/password-strength.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { callerOf, requireRole } from '../auth/require-role.ts';
import { passwordSchema } from '../http/account-schemas.ts';
import { audit } from '../http/audit.ts';
import { clientIp } from '../http/client-ip.ts';
import type { AppEnv, Caller } from '../http/env.ts';
import { JSON_BODY, SESSION_WRITE, SIGNED_IN_WRITE } from '../http/openapi-access.ts';
import { ProblemError } from '../http/problem.ts';
import { newRouter } from '../http/router.ts';
import { json, jsonBody, problems } from '../http/schemas.ts';
import { getOrganisation } from '../repos/organisations.ts';
import { deleteOtherSessions } from '../repos/sessions.ts';
import { passwordHashOf, setPasswordHash } from '../repos/users.ts';
import type { Services } from '../services.ts';

/** The signed-in person's own account: change the password, end their other sessions. Sessions only (not API tokens). */
export function accountRoutes(svc: Services) {
  const router = newRouter();
  const viewer = requireRole(svc, 'viewer');
  const common = { tags: ['auth'], security: SESSION_WRITE, middleware: viewer };

  const changePassword = createRoute({
    ...common,
    method: 'post',
    path: '/auth/password',
    operationId: 'changePassword',
    summary: 'Change your password (needs the current one); your other sessions end',
    description:
      'The new password must have at least 12 characters and not be common or easy to guess. Wrong current passwords are throttled like logins (429).',
    request: jsonBody(z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema })),
    responses: {
      200: json(z.object({ endedSessions: z.number().int() }), 'Changed; every other session of yours has ended'),
      ...problems(...JSON_BODY, ...SIGNED_IN_WRITE, 'badCredentials', 'forbidden', 'rateLimited'),
    },
  });

  const endOthers = createRoute({
    ...common,
    method: 'post',
    path: '/auth/sessions/end-others',
    operationId: 'endOtherSessions',
    summary: 'Sign out every other session of yours (other browsers and devices); this one stays',
    responses: {
      200: json(z.object({ endedSessions: z.number().int() }), 'How many sessions ended'),
      ...problems(...SIGNED_IN_WRITE, 'forbidden'),
    },
  });

  router.openapi(changePassword, async (c) => {
    const { caller, userId, sessionId } = sessionCaller(c);
    const body = c.req.valid('json');
    const row = await passwordHashOf(svc.db, caller.orgId, userId);
    if (!row) throw new ProblemError('unauthenticated');
    // Guessing the current password through a stolen session is throttled like guessing it at the login.
    const attempt = await beginLoginAttempt(svc, row.email, clientIp(c, svc.config));
    if (!(await verifyPassword(row.password_hash, body.currentPassword))) {
      await loginFailed(svc);
      await audit(c, svc, caller, 'auth.password_change_failed', 'user', userId);
      throw new ProblemError('badCredentials', { detail: msg('server:detail.wrongPassword') });
    }
    await loginSucceeded(svc, attempt);
    const organisation = await getOrganisation(svc.db, caller.orgId);
    await assertStrongPassword(body.newPassword, [row.email, row.name, organisation?.name ?? ''], 'newPassword');
    await setPasswordHash(svc.db, userId, await hashPassword(body.newPassword));
    const endedSessions = await deleteOtherSessions(svc.db, userId, sessionId);
    await audit(c, svc, caller, 'auth.password_change', 'user', userId);
    return c.json({ endedSessions }, 200);
  });

  router.openapi(endOthers, async (c) => {
    const { caller, userId, sessionId } = sessionCaller(c);
    const endedSessions = await deleteOtherSessions(svc.db, userId, sessionId);
    await audit(c, svc, caller, 'auth.sessions_end_others', 'user', userId);
    return c.json({ endedSessions }, 200);
  });

  return router;
}

/** These routes act on a person: an API token has none, so it is refused. */
function sessionCaller(c: Context<AppEnv>): { caller: Caller; userId: string; sessionId: string } {
  const caller = callerOf(c);
  if (!caller.userId || !caller.sessionId) {
    throw new ProblemError('forbidden', {
      detail: msg('server:detail.signInForPassword'),
    });
  }
  return { caller, userId: caller.userId, sessionId: caller.sessionId };
}
