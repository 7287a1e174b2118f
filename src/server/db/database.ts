import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations.ts';
import type { Tables } from './schema.ts';

export type Backend = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<Tables>;
  backend: Backend;
  /** Where the data lives, without credentials (safe to log). */
  location: string;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /**
   * After personal data was deleted: leaves no copy of it readable in the live database files. SQLite
   * (with `secure_delete` on, freed content is already zeroed in the main file): copies the WAL back and
   * truncates it, since the WAL still holds the pages as they were written. PostgreSQL: nothing here (see
   * docs/deploy.md, "Deleted data").
   */
  scrub(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… or postgresql://… selects PostgreSQL; anything else is ignored in favour of SQLite. */
  databaseUrl?: string | undefined;
  /** Folder of the SQLite file (default ./data). */
  dataDir?: string | undefined;
  /** PostgreSQL pool size per instance. */
  poolSize?: number | undefined;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

/** Opens the database and runs pending migrations. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const database = isPostgresUrl(options.databaseUrl)
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : openSqlite(options.dataDir ?? 'data');
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/**
 * kysely locks migrations on PostgreSQL (a row lock), not on SQLite, where two processes starting on one
 * file can both try the same migration. Each runs in a transaction (SQLite has transactional DDL), so the
 * loser rolls back cleanly: it retries and finds the work done.
 */
async function migrate(database: Database): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateToLatest(database.db);
      return;
    } catch (error) {
      if (database.backend !== 'sqlite' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 50));
    }
  }
}

function openPostgres(url: string, max: number): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  // A client losing its server must not crash the process. Idle, the pool hears it ('error' on the pool); checked
  // out between two statements (a transaction), the client emits 'error' with no pool listener attached, which
  // ended the server now and then when PostgreSQL restarted. Its queries fail on their own; released, a client that
  // is no longer queryable is dropped by the pool, and the next query connects anew.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  const safe = new URL(url);
  safe.password = '';
  safe.username = '';
  return {
    db,
    backend: 'postgres',
    location: `${safe.protocol}//${safe.host}${safe.pathname}`,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    scrub: async () => {},
    close: () => db.destroy(),
  };
}

function openSqlite(dataDir: string): Database {
  const file = resolve(dataDir, 'hujifen.sqlite');
  let sqlite: SQLite.Database;
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Fail at startup, before any write, when the folder (or its file system) is read-only.
    accessSync(dirname(file), constants.W_OK);
    sqlite = new SQLite(file);
    // WAL: readers never block the writer; busy_timeout: a second process waits instead of failing.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    // Deleted content is overwritten with zeros, not left in free pages for anyone holding the file to read.
    sqlite.pragma('secure_delete = ON');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `cannot open the SQLite database in ${dirname(file)} (DATA_DIR): ${reason}. The folder must be a directory the server can write to.`,
    );
  }
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    backend: 'sqlite',
    location: file,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    scrub: async () => {
      // TRUNCATE: copies every frame back (where secure_delete has zeroed the deleted rows) and empties the
      // WAL file. A reader in the middle of a read can keep frames back; the next delete's scrub gets them.
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    },
    close: () => db.destroy(),
  };
}
