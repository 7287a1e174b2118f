import { newId, nowIso } from '../db/ids.ts';
import type { Db } from '../db/types.ts';

/**
 * Attempts (logins, sign-ups, invitations), one row per key each, kept in the database (not in memory) so
 * that a limit holds across every instance behind a load balancer and across restarts. A login attempt is
 * written when it starts and deleted when it succeeds: what stays are failures and attempts in flight.
 */

/** The times of the key's attempts inside the window, newest first. */
export async function attemptTimes(db: Db, key: string, windowMs: number): Promise<string[]> {
  const since = new Date(Date.now() - windowMs).toISOString();
  const rows = await db
    .selectFrom('login_failures')
    .select('at')
    .where('key', '=', key)
    .where('at', '>', since)
    .orderBy('at', 'desc')
    .execute();
  return rows.map((r) => r.at);
}

/** Records one attempt under each key; returns the row ids (to forget it if it succeeds). */
export async function recordAttempt(db: Db, keys: string[]): Promise<string[]> {
  const at = nowIso();
  const rows = keys.map((key) => ({ id: newId(), key, at }));
  await db.insertInto('login_failures').values(rows).execute();
  return rows.map((r) => r.id);
}

export async function forgetAttempt(db: Db, ids: string[]): Promise<void> {
  if (ids.length) await db.deleteFrom('login_failures').where('id', 'in', ids).execute();
}

export async function pruneFailures(db: Db, olderThanMs: number): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where('at', '<=', new Date(Date.now() - olderThanMs).toISOString())
    .execute();
}
