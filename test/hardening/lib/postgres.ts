/**
 * A throw-away PostgreSQL on loopback that can be stopped and started again under a running server (the shared
 * harness in test/server/postgres.ts cannot). Debian's binaries; as root every command runs as `postgres`.
 * fsync is off (the data dies with the test), but every stop is a clean shutdown: committed rows survive it.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { binDir, initCluster, run } from '../../server/postgres.ts';

export function postgresAvailable(): boolean {
  try {
    binDir();
    return true;
  } catch {
    return false;
  }
}

export interface Postgres {
  port: number;
  /** A new database; its URL. */
  createDatabase(name: string): Promise<string>;
  /** Runs SQL on a database as the superuser. */
  query<T extends pg.QueryResultRow>(database: string, text: string, values?: unknown[]): Promise<T[]>;
  /** Fast shutdown (connections are cut, committed work is kept). */
  stop(): void;
  start(): void;
  destroy(): Promise<void>;
}

export async function startPostgres(): Promise<Postgres> {
  const { bin, dir, data, port, start } = await initCluster('hujifen-hardening-pg-', [
    'fsync=off',
    'full_page_writes=off',
    'max_connections=200',
  ]);
  const stop = () => run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  start();
  const query = async <T extends pg.QueryResultRow>(database: string, text: string, values?: unknown[]): Promise<T[]> => {
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database });
    await client.connect();
    try {
      return (await client.query<T>(text, values as unknown[])).rows;
    } finally {
      await client.end();
    }
  };
  return {
    port,
    async createDatabase(name) {
      await query('postgres', `CREATE DATABASE ${name}`);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    query,
    stop,
    start,
    async destroy() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
