import { ProblemError } from '../http/problem.ts';
import { clearFailures, countFailures, oldestFailure, pruneFailures, recordFailure } from '../repos/login-failures.ts';
import type { Services } from '../services.ts';

function keys(email: string, ip: string): { account: string; ip: string } {
  return { account: `account:${email}`, ip: `ip:${ip}` };
}

/**
 * Refuses a login attempt when the account, or the client address, has had too many failures in the
 * window (a sliding window over stored failures, so it holds across instances and restarts).
 */
export async function assertLoginAllowed(svc: Services, email: string, ip: string): Promise<void> {
  const { windowMs, perAccount, perIp } = svc.config.login;
  const k = keys(email, ip);
  for (const [key, max] of [
    [k.account, perAccount],
    [k.ip, perIp],
  ] as const) {
    if ((await countFailures(svc.db, key, windowMs)) < max) continue;
    const oldest = await oldestFailure(svc.db, key, windowMs);
    const retryAfter = Math.max(1, Math.ceil(((oldest ? Date.parse(oldest) : Date.now()) + windowMs - Date.now()) / 1000));
    throw new ProblemError('rateLimited', {
      headers: { 'Retry-After': String(retryAfter) },
      detail: { zh: `请在 ${retryAfter} 秒后再试`, en: `try again in ${retryAfter} s` },
    });
  }
}

export async function recordLoginFailure(svc: Services, email: string, ip: string): Promise<void> {
  const k = keys(email, ip);
  await recordFailure(svc.db, [k.account, k.ip]);
  // Old rows are useless; pruning on the (rare) failure path keeps the table small without a scheduler.
  await pruneFailures(svc.db, svc.config.login.windowMs * 2);
}

/** A successful login clears the account's failures (not the address's: one good password elsewhere should not reset a spray). */
export async function clearAccountFailures(svc: Services, email: string): Promise<void> {
  await clearFailures(svc.db, keys(email, '').account);
}
