/** A small HTTP client for the hardening tests: a cookie jar, CSRF echo, bearer tokens, and problem+json checks. */
import assert from 'node:assert/strict';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies of many shapes.
  body: any;
}

export class Http {
  readonly cookies = new Map<string, string>();
  bearer: string | undefined;
  headers: Record<string, string> = {};
  constructor(readonly base: string) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const h: Record<string, string> = { ...this.headers, ...headers };
    if (this.cookies.size && !('cookie' in h)) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.bearer && !('authorization' in h)) h.authorization = `Bearer ${this.bearer}`;
    const csrf = this.cookies.get('csrf');
    if (csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = csrf;
    let payload: string | Uint8Array | undefined;
    if (typeof body === 'string' || body instanceof Uint8Array) payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers: h, body: payload as BodyInit | undefined });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1);
      if (!value || /max-age=0\b/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    let parsed: unknown = text;
    if (/json/.test(type) && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, text, body: parsed };
  }
  get(path: string, headers?: Record<string, string>) {
    return this.request('GET', path, undefined, headers);
  }
  post(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', path, body, headers);
  }
  patch(path: string, body?: unknown) {
    return this.request('PATCH', path, body);
  }
  put(path: string, body?: unknown) {
    return this.request('PUT', path, body);
  }
  delete(path: string) {
    return this.request('DELETE', path);
  }
}

/** Asserts a problem+json answer (RFC 9457) with the given status: type, a title, a request id, and a message to read. */
export function assertProblem(r: Reply, status: number | number[], what = ''): void {
  const statuses = Array.isArray(status) ? status : [status];
  assert.ok(statuses.includes(r.status), `${what}: status ${r.status} (expected ${statuses.join('/')}): ${r.text.slice(0, 300)}`);
  assert.match(r.headers.get('content-type') ?? '', /^application\/problem\+json/, `${what}: content type`);
  const b = r.body as { type?: unknown; title?: unknown; status?: unknown; requestId?: unknown; errors?: unknown };
  assert.equal(b.status, r.status, `${what}: body status`);
  assert.match(String(b.type), /^\/problems\/[a-zA-Z]+$/, `${what}: problem type`);
  assert.ok(typeof b.title === 'string' && b.title.length > 0, `${what}: a title`);
  assert.ok(typeof b.requestId === 'string' && b.requestId.length > 0, `${what}: a request id`);
  if (b.errors !== undefined) {
    assert.ok(Array.isArray(b.errors) && b.errors.length > 0, `${what}: errors is a non-empty list`);
    for (const e of b.errors as { path?: unknown; field?: unknown; message?: unknown }[]) {
      assert.ok(typeof e.path === 'string' && e.path.length > 0, `${what}: an error without a path`);
      assert.ok(typeof e.message === 'string' && e.message.length > 0, `${what}: an error without a message`);
      assert.ok(typeof e.field === 'string' && e.field.length > 0, `${what}: an error without a field name`);
    }
  }
}

export const PASSWORD = 'correct horse battery staple 7';

let counter = 0;
export function email(prefix: string): string {
  return `${prefix}.${process.pid}.${++counter}.${Date.now()}@example.test`;
}

/** Signs up an organisation; the client holds its owner's session. */
export async function signup(http: Http, organisation: string): Promise<{ orgId: string; userId: string; email: string }> {
  const address = email('owner');
  const r = await http.post('/api/v1/auth/signup', { organisation, name: 'Owner', email: address, password: PASSWORD });
  assert.equal(r.status, 201, `signup: ${r.text}`);
  return { orgId: r.body.organisation.id, userId: r.body.user.id, email: address };
}

/** An operation's `security` in /openapi.json requires credentials: non-empty, and no `{}` (optional, as on batch). */
export function requiresCredentials(security: unknown): boolean {
  return Array.isArray(security) && security.length > 0 && !security.some((r) => Object.keys(r as object).length === 0);
}
