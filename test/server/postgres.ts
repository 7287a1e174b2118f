/**
 * A throw-away PostgreSQL server for the tests: Debian's binaries (scripts/test.sh installs them), a fresh
 * data directory and socket in a temporary folder, a free loopback port. initdb refuses to run as root, so
 * as root every command runs as the `postgres` user (runuser). Fsync is off: the data dies with the test.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  port: number;
  /** A new, empty database; returns its connection URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

export function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  throw new Error('PostgreSQL not found under /usr/lib/postgresql (scripts/test.sh installs the Debian package `postgresql`)');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as the postgres user when we are root; returns its output. */
export function run(bin: string, args: string[]): string {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

/** A fresh cluster on a free loopback port, not yet started: its folders, port and `pg_ctl start` options. */
export interface Cluster {
  bin: string;
  dir: string;
  data: string;
  port: number;
  /** Starts it (`pg_ctl start -w`), logging to the cluster's folder. */
  start(): void;
}

/** initdb in a temporary folder (owned by `postgres` when we are root); `settings` are extra `-c` options. */
export async function initCluster(prefix: string, settings: string[]): Promise<Cluster> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const options = [`-c listen_addresses='127.0.0.1'`, `-p ${port}`, `-k ${dir}`, ...settings.map((s) => `-c ${s}`)].join(' ');
  const start = () => {
    run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  };
  return { bin, dir, data, port, start };
}

export async function startPostgres(): Promise<PostgresServer> {
  const { bin, dir, data, port, start } = await initCluster('hujifen-pg-', ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off']);
  start();

  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  await admin.connect();
  let n = 0;
  return {
    port,
    async createDatabase() {
      const name = `hujifen_test_${process.pid}_${++n}`;
      await admin.query(`CREATE DATABASE ${name}`);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await admin.end().catch(() => {});
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
