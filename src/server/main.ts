import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { type Logger, pino } from 'pino';
import { createApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import { configFromEnv } from './config-env.ts';
import { openDatabase } from './db/database.ts';
import { answerClientError } from './http/client-error.ts';
import { createLogger } from './logger.ts';

export interface StartOptions {
  /** 0 picks a free port (see the returned url). Default 3000. */
  port?: number | undefined;
  /** Default 127.0.0.1: reachable from this machine only. Set 0.0.0.0 behind a proxy or in a container. */
  host?: string | undefined;
  /** postgres://… for PostgreSQL; otherwise SQLite in dataDir. */
  databaseUrl?: string | undefined;
  /** Folder of the SQLite file, default ./data. */
  dataDir?: string | undefined;
  /** Built web app, default dist/web of this checkout (served only when it exists). */
  webDir?: string | undefined;
  logLevel?: string | undefined;
  /** Overrides of config.ts (tests: rate limits, body sizes). */
  config?: Partial<ServerConfig> | undefined;
  logger?: Logger | undefined;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));
/** Longest wait for in-flight requests at shutdown before connections are cut. */
const DRAIN_MS = 10_000;

/** Opens (and migrates) the database, then listens. close() finishes in-flight requests, then closes the database. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(options.logLevel ?? 'info', pino.destination({ sync: false }));
  const database = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const lifecycle = { draining: false };
  const app = createApp({ database, logger, config: options.config, webDir: options.webDir ?? DEFAULT_WEB_DIR, lifecycle });

  let server: Server;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: options.port ?? 3000, hostname: options.host ?? '127.0.0.1' }, resolve) as Server;
    server.once('error', reject);
    server.on('clientError', answerClientError);
  });
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  logger.info({ url, database: database.backend, location: database.location }, 'listening');

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      lifecycle.draining = true;
      // close() stops listening and drops idle keep-alive connections; responses still in flight carry
      // `Connection: close` (app.ts), so their sockets end once the response is out.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
      await closed;
      clearTimeout(deadline);
      await database.close();
      logger.info('stopped');
      logger.flush();
    })();
    return closing;
  };
  return { url, close };
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function runFromCommandLine(): Promise<void> {
  const port = Number(argValue('--port') ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${port}`);
  const running = await startServer({
    port,
    host: argValue('--host') ?? process.env.HOST,
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.DATA_DIR,
    webDir: process.env.WEB_DIR,
    logLevel: process.env.LOG_LEVEL,
    config: { ...configFromEnv(process.env), trustProxy: process.env.TRUST_PROXY === '1' || process.env.TRUST_PROXY === 'true' },
  });
  console.log(`hujifen listening on ${running.url}`);
  // `on`, not `once`: under `npm start` a Ctrl-C reaches this process twice (terminal and parent); the
  // second must not kill it mid-drain. close() is idempotent.
  const stop = (signal: NodeJS.Signals) => {
    console.log(`${signal}: finishing in-flight requests`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runFromCommandLine().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
