import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { msg } from '../../core/message.ts';
import type { AppEnv, Caller } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';
import { CSRF_COOKIE, CSRF_HEADER } from './cookies.ts';
import { sameSecret, sha256 } from './secrets.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double submit, bound to the session: an unsafe request on a cookie session must echo the `csrf`
 * cookie in X-CSRF-Token, and that value must be the one issued with this session (so a cookie planted
 * by a sibling subdomain does not pass). API-token requests carry no ambient credential: exempt.
 */
export function checkCsrf(c: Context<AppEnv>, caller: Caller): void {
  if (!caller.sessionId || SAFE_METHODS.has(c.req.method)) return;
  const header = c.req.header(CSRF_HEADER) ?? '';
  const cookie = getCookie(c, CSRF_COOKIE) ?? '';
  if (!header || !sameSecret(header, cookie) || !caller.csrfHash || !sameSecret(sha256(header), caller.csrfHash)) {
    throw new ProblemError('csrf', {
      detail: msg('server:detail.csrf', { header: CSRF_HEADER, cookie: CSRF_COOKIE }),
    });
  }
}
