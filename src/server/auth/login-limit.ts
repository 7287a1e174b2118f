import type { Said } from '../../core/message.ts';
import { msg } from '../../core/message.ts';
import { withKeyLock } from '../db/key-lock.ts';
import { ProblemError } from '../http/problem.ts';
import { attemptTimes, forgetAttempt, pruneFailures, recordAttempt } from '../repos/login-failures.ts';
import type { Services } from '../services.ts';

function limited(retryAfterMs: number, detail?: Said): ProblemError {
  const s = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new ProblemError('rateLimited', {
    headers: { 'Retry-After': String(s) },
    detail: detail ?? msg('server:detail.retryIn', { seconds: s }),
  });
}

/** When the oldest of `times` (newest first) leaves the window: the count then drops below the limit. */
function untilOldestLeaves(times: string[], windowMs: number): number {
  const oldest = times[times.length - 1];
  return (oldest ? Date.parse(oldest) : Date.now()) + windowMs - Date.now();
}

/**
 * Admits a login attempt or refuses it with 429, and records it before the password is checked, in one
 * locked step: attempts in flight count, so parallel requests cannot pass the limit together.
 *
 * Per account+address pair: `freePerPair` attempts in the window, then each further one only after a delay
 * that doubles (from `firstDelayMs`, at most `maxDelayMs`) after the latest. Per address: `perIp` attempts.
 * There is no lock-out per account alone: a stranger guessing from elsewhere slows down only themself, and
 * the account's owner, from their own address, signs in as usual.
 */
export async function beginLoginAttempt(svc: Services, email: string, ip: string): Promise<string[]> {
  const { windowMs, freePerPair, firstDelayMs, maxDelayMs, perIp } = svc.config.login;
  const pairKey = `pair:${ip} ${email}`;
  const ipKey = `ip:${ip}`;
  // Locked on the address: both counts (the pair's is a part of the address's) move together.
  return withKeyLock(svc.database, ipKey, async (db) => {
    const fromIp = await attemptTimes(db, ipKey, windowMs);
    if (fromIp.length >= perIp) throw limited(untilOldestLeaves(fromIp, windowMs));
    const pair = await attemptTimes(db, pairKey, windowMs);
    if (pair.length >= freePerPair) {
      const wait = Math.min(maxDelayMs, firstDelayMs * 2 ** (pair.length - freePerPair));
      const latest = Date.parse(pair[0] as string);
      if (Date.now() < latest + wait) throw limited(latest + wait - Date.now());
    }
    return recordAttempt(db, [pairKey, ipKey]);
  });
}

/** A failed attempt stays (it counts); old rows are pruned here, on the rare failure path, without a scheduler. */
export async function loginFailed(svc: Services): Promise<void> {
  await pruneFailures(svc.db, Math.max(svc.config.login.windowMs, svc.config.signup.windowMs));
}

/** A successful attempt is forgotten; earlier failures age out of the window (they are not wiped by it). */
export async function loginSucceeded(svc: Services, attempt: string[]): Promise<void> {
  await forgetAttempt(svc.db, attempt);
}

/**
 * Sign-ups and invitations: at most `max` per key in the signup window (a key per address, and one per
 * user for invitations), checked and recorded in one locked step. Bounds how fast anyone can probe which
 * e-mail addresses have accounts.
 */
export async function takeSignupSlot(svc: Services, keys: { key: string; max: number }[]): Promise<void> {
  const { windowMs } = svc.config.signup;
  // Locked on the first key (the address): the keys of one address move together.
  await withKeyLock(svc.database, keys[0]?.key ?? '', async (db) => {
    for (const { key, max } of keys) {
      const times = await attemptTimes(db, key, windowMs);
      if (times.length >= max) throw limited(untilOldestLeaves(times, windowMs));
    }
    await recordAttempt(
      db,
      keys.map((k) => k.key),
    );
  });
}
