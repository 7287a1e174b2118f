import type { MiddlewareHandler } from 'hono';
import type { Role } from '../db/schema.ts';
import type { AppEnv, Caller } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';
import type { Services } from '../services.ts';
import { authenticate } from './authenticate.ts';
import { checkCsrf } from './csrf.ts';

const RANK: Record<Role, number> = { viewer: 0, staff: 1, owner: 2 };

export function hasRole(caller: Caller, min: Role): boolean {
  return RANK[caller.role] >= RANK[min];
}

/**
 * Guards an account route: authenticates, checks CSRF for cookie sessions, then the role
 * (viewer reads; staff also writes cases; owner also manages people, tokens and reads the audit log).
 */
export function requireRole(svc: Services, min: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const caller = await authenticate(c, svc);
    if (!caller) throw new ProblemError('unauthenticated');
    c.set('caller', caller);
    checkCsrf(c, caller);
    if (!hasRole(caller, min)) throw new ProblemError('forbidden');
    await next();
  };
}

/** The caller set by requireRole (routes behind it only). */
export function callerOf(c: { get(key: 'caller'): Caller | undefined }): Caller {
  const caller = c.get('caller');
  if (!caller) throw new ProblemError('unauthenticated');
  return caller;
}
