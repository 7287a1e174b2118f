import { newId, nowIso } from '../db/ids.ts';
import type { Db } from '../db/types.ts';

/**
 * Failed logins, one row each, keyed by account and by client address. Kept in the database (not in
 * memory) so that a limit holds across every instance behind a load balancer.
 */

export async function countFailures(db: Db, key: string, sinceMs: number): Promise<number> {
  const since = new Date(Date.now() - sinceMs).toISOString();
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('key', '=', key)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The oldest failure inside the window: the limit lifts when it leaves the window. */
export async function oldestFailure(db: Db, key: string, sinceMs: number): Promise<string | undefined> {
  const since = new Date(Date.now() - sinceMs).toISOString();
  const row = await db
    .selectFrom('login_failures')
    .select('at')
    .where('key', '=', key)
    .where('at', '>', since)
    .orderBy('at')
    .limit(1)
    .executeTakeFirst();
  return row?.at;
}

export async function recordFailure(db: Db, keys: string[]): Promise<void> {
  const at = nowIso();
  await db
    .insertInto('login_failures')
    .values(keys.map((key) => ({ id: newId(), key, at })))
    .execute();
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

export async function pruneFailures(db: Db, olderThanMs: number): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where('at', '<=', new Date(Date.now() - olderThanMs).toISOString())
    .execute();
}
