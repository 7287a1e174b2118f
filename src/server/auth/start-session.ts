import type { Context } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { recordAudit } from '../repos/audit.ts';
import { createSession } from '../repos/sessions.ts';
import type { Services } from '../services.ts';
import { setSessionCookies } from './cookies.ts';

/** What a sign-in is recorded as in the organisation's audit log (ids only). */
export interface SignInAudit {
  action: string;
  targetType: string;
  targetId: string;
}

/**
 * Signs `userId` in (signup, login, an accepted invitation): a new session, its cookies, and the audit entry, the
 * user being their own actor. Returns the CSRF token the client sends back with every change.
 */
export async function startSession(c: Context<AppEnv>, svc: Services, userId: string, orgId: string, entry: SignInAudit): Promise<string> {
  const session = await createSession(svc.db, userId, orgId, svc.config.sessionTtlMs);
  setSessionCookies(c, svc.config, session);
  await recordAudit(svc.db, { orgId, actorUserId: userId, actorTokenId: null, ...entry, requestId: c.get('requestId') });
  return session.csrf;
}
