/** Starts real servers on real databases for the API tests, and a small cookie-keeping HTTP client. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { ServerConfig } from '../../src/server/config.ts';
import { createLogger } from '../../src/server/logger.ts';
import { type RunningServer, startServer } from '../../src/server/main.ts';
import { type PostgresServer, startPostgres } from './postgres.ts';

export interface Storage {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  cleanup(): void;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** An empty database. */
  fresh(): Promise<Storage>;
}

export function sqliteBackend(): Backend {
  return {
    name: 'sqlite',
    async fresh() {
      const dataDir = mkdtempSync(join(tmpdir(), 'hujifen-sqlite-'));
      return { dataDir, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
    },
  };
}

/** One PostgreSQL server for the whole file, started on first use; a new database for every fresh(). */
export function postgresBackend(): Backend & { stop(): Promise<void> } {
  let server: Promise<PostgresServer> | undefined;
  return {
    name: 'postgres',
    async fresh() {
      server ??= startPostgres();
      return { databaseUrl: await (await server).createDatabase(), cleanup: () => {} };
    },
    async stop() {
      if (server) await (await server).stop();
    },
  };
}

/** Log lines the server wrote, for tests that check what reaches the log. */
export class LogCapture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface TestServer extends RunningServer {
  storage: Storage;
  logs: LogCapture;
  client(): Client;
}

export async function startTestServer(
  backend: Backend,
  options: { storage?: Storage; config?: Partial<ServerConfig>; webDir?: string } = {},
): Promise<TestServer> {
  const storage = options.storage ?? (await backend.fresh());
  const logs = new LogCapture();
  const running = await startServer({
    port: 0,
    databaseUrl: storage.databaseUrl,
    dataDir: storage.dataDir,
    webDir: options.webDir ?? join(tmpdir(), 'hujifen-no-web'),
    // Every test signs up from 127.0.0.1: room for all of them (the sign-up limit has a test of its own).
    config: { signup: { windowMs: 3_600_000, perIp: 100_000, invitationsPerUser: 100_000 }, ...options.config },
    logger: createLogger('info', logs),
  });
  return { ...running, storage, logs, client: () => new Client(running.url) };
}

/** Response bodies in tests: asserted field by field, so loosely typed on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: see above.
export type Json = any;

export interface Reply<T = Json> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** fetch with a cookie jar; echoes the csrf cookie in X-CSRF-Token unless told not to. */
export class Client {
  readonly cookies = new Map<string, string>();
  bearer: string | undefined;
  lang: string | undefined;
  sendCsrf = true;
  constructor(readonly base: string) {}

  async request<T = Json>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    if (this.lang) h['accept-language'] = this.lang;
    const csrf = this.cookies.get('csrf');
    if (this.sendCsrf && csrf && method !== 'GET') h['x-csrf-token'] = csrf;
    let payload: string | Uint8Array | undefined;
    if (body instanceof Uint8Array || typeof body === 'string') payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers: h, body: payload as BodyInit | undefined });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = cookie.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attrs.some(
        (a) => /max-age=0\b/i.test(a.trim()) || (/^expires=/i.test(a.trim()) && Date.parse(a.trim().slice(8)) < Date.now()),
      );
      if (expired || value === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, headers: res.headers, text, body: /json/.test(type) && text ? JSON.parse(text) : text };
  }
  get<T = Json>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = Json>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }
  put<T = Json>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }
  patch<T = Json>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = Json>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

let counter = 0;
export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}.${process.pid}.${++counter}.${Date.now()}@example.test`;
}

export const PASSWORD = 'correct horse battery staple';

/** Signs up a new organisation; the client is then its owner's session. */
export async function signup(client: Client, organisation = 'Test Org'): Promise<{ orgId: string; userId: string; email: string }> {
  const email = uniqueEmail('owner');
  const res = await client.post('/api/v1/auth/signup', { organisation, name: 'Owner', email, password: PASSWORD });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${res.text}`);
  return { orgId: res.body.organisation.id, userId: res.body.user.id, email };
}

/** A fresh server with a signed-up owner, for a suite's `before`. */
export async function startWithOwner(backend: Backend): Promise<{ server: TestServer; owner: Client }> {
  const server = await startTestServer(backend);
  const owner = server.client();
  await signup(owner);
  return { server, owner };
}

/** Closes a test server and removes its storage, for a suite's `after`. */
export async function stopTestServer(server: TestServer): Promise<void> {
  await server.close();
  server.storage.cleanup();
}

/** Invites someone with a role and accepts as them: returns their signed-in client. */
export async function member(
  owner: Client,
  server: { client(): Client },
  role: 'owner' | 'staff' | 'viewer',
): Promise<{ client: Client; userId: string; email: string }> {
  const email = uniqueEmail(role);
  const inv = await owner.post('/api/v1/invitations', { email, role });
  if (inv.status !== 201) throw new Error(`invite failed: ${inv.status} ${inv.text}`);
  const client = server.client();
  const acc = await client.post('/api/v1/invitations/accept', { token: inv.body.token, name: role, password: PASSWORD });
  if (acc.status !== 201) throw new Error(`accept failed: ${acc.status} ${acc.text}`);
  return { client, userId: acc.body.user.id, email };
}
