import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv, Caller } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';
import { findLiveToken, touchApiToken } from '../repos/api-tokens.ts';
import { extendSession, findSession } from '../repos/sessions.ts';
import type { Services } from '../services.ts';
import { extendSessionCookies, SESSION_COOKIE } from './cookies.ts';

const TOUCH_EVERY_MS = 60_000;

/**
 * Who is calling. A Bearer token wins over a cookie, and a bad token is refused outright (no silent
 * fall-back to the cookie). Returns undefined when the request carries no credentials at all.
 */
export async function authenticate(c: Context<AppEnv>, svc: Services): Promise<Caller | undefined> {
  const header = c.req.header('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const token = match?.[1] && (await findLiveToken(svc.db, match[1]));
    if (!token) throw new ProblemError('unauthenticated', { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
    // Write last-used at most once a minute: a busy integrator should not turn reads into writes.
    if (!token.lastUsedAt || Date.now() - Date.parse(token.lastUsedAt) > TOUCH_EVERY_MS) await touchApiToken(svc.db, token.id);
    return { orgId: token.orgId, role: token.role, userId: null, tokenId: token.id, sessionId: null, csrfHash: null };
  }

  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie) return undefined;
  const session = await findSession(svc.db, cookie);
  if (!session) return undefined;
  // Sliding expiry, refreshed once half the lifetime has passed (one write per half-lifetime, not per request).
  const ttl = svc.config.sessionTtlMs;
  if (Date.parse(session.expiresAt) - Date.now() < ttl / 2) {
    const expiresAt = new Date(Date.now() + ttl).toISOString();
    await extendSession(svc.db, session.id, expiresAt);
    extendSessionCookies(c, svc.config, expiresAt);
  }
  return {
    orgId: session.orgId,
    role: session.role,
    userId: session.userId,
    tokenId: null,
    sessionId: session.id,
    csrfHash: session.csrfHash,
  };
}
