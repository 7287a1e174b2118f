import { sql } from 'kysely';
import type { Database } from './database.ts';
import type { Db } from './types.ts';

/**
 * Runs `fn` in a transaction that holds an exclusive lock for `key`, so a check and the write it allows
 * happen as one step even when many requests (or instances) race. SQLite: `BEGIN IMMEDIATE` takes the
 * database's write lock at once (one writer at a time across processes). PostgreSQL: a transaction-scoped
 * advisory lock on the key's hash, released at commit or rollback.
 */
export async function withKeyLock<T>(database: Database, key: string, fn: (db: Db) => Promise<T>): Promise<T> {
  if (database.backend === 'postgres') {
    return database.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
      return fn(trx);
    });
  }
  return database.db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}
