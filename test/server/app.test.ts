/** In-process checks of the app (no socket): failures never leak internals, the web app is served, helpers. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { newId } from '../../src/server/db/ids.ts';
import { negotiateLang } from '../../src/server/http/lang.ts';
import { createLogger } from '../../src/server/logger.ts';
import { LogCapture } from './harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'hujifen-app-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('failures', () => {
  test('an unexpected error is a generic 500 problem with a request id; details go to the log only', async () => {
    const database = await openDatabase({ dataDir: join(dir, 'broken') });
    const logs = new LogCapture();
    const app = createApp({ database, logger: createLogger('info', logs) });
    await database.close(); // every query now throws
    const res = await app.request('/api/v1/auth/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ organisation: 'x', name: 'y', email: 'a@example.test', password: 'long enough password' }),
    });
    assert.equal(res.status, 500);
    const body = (await res.json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['instance', 'requestId', 'status', 'title', 'type']);
    assert.equal(body.title, '服务器内部错误');
    await new Promise((r) => setTimeout(r, 20));
    assert.match(logs.text, new RegExp(`"requestId":"${body.requestId}".*"stack"`));
    assert.doesNotMatch(logs.text, /long enough password|a@example\.test/);
  });

  test('/readyz answers 503 when the database is gone or the instance is draining', async () => {
    const database = await openDatabase({ dataDir: join(dir, 'ready') });
    const lifecycle = { draining: false };
    const app = createApp({ database, logger: createLogger('silent'), lifecycle });
    assert.equal((await app.request('/readyz')).status, 200);
    lifecycle.draining = true;
    const draining = await app.request('/readyz');
    assert.equal(draining.status, 503);
    assert.equal(draining.headers.get('connection'), 'close');
    lifecycle.draining = false;
    await database.close();
    assert.equal((await app.request('/readyz')).status, 503);
    assert.equal((await app.request('/healthz')).status, 200, 'the process itself is up');
  });
});

describe('cookies over https', () => {
  test('Secure cookies and HSTS when the request came over https (here: told by a trusted proxy)', async () => {
    const database = await openDatabase({ dataDir: join(dir, 'https') });
    after(() => database.close());
    const app = createApp({ database, logger: createLogger('silent'), config: { trustProxy: true } });
    const signup = (proto: string, email: string) =>
      app.request('/api/v1/auth/signup', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': proto },
        body: JSON.stringify({ organisation: 'x', name: 'y', email, password: 'long enough password' }),
      });
    const overHttps = await signup('https', 'a@example.test');
    assert.equal(overHttps.headers.getSetCookie().length, 2);
    for (const cookie of overHttps.headers.getSetCookie()) assert.match(cookie, /; Secure/);
    assert.match(overHttps.headers.get('strict-transport-security') ?? '', /max-age=/);
    const overHttp = await signup('http', 'b@example.test');
    for (const cookie of overHttp.headers.getSetCookie()) assert.doesNotMatch(cookie, /Secure/);
    assert.equal(overHttp.headers.get('strict-transport-security'), null);
  });
});

describe('web app', async () => {
  const web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>hujifen</title>');
  writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log(1)');
  const database = await openDatabase({ dataDir: join(dir, 'web-db') });
  after(() => database.close());
  const app = createApp({ database, logger: createLogger('silent'), webDir: web });

  test('index at /, hashed assets cached for a year, client routes fall back to index.html', async () => {
    const index = await app.request('/');
    assert.equal(index.status, 200);
    assert.match(await index.text(), /<title>hujifen/);
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    assert.match(index.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const asset = await app.request('/assets/app-1234.js');
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
    const route = await app.request('/cases/0193/documents');
    assert.match(await route.text(), /<title>hujifen/);
  });

  test('API, docs and missing files are not swallowed by the fallback', async () => {
    const api = await app.request('/api/v1/nothing');
    assert.equal(api.status, 404);
    assert.match(api.headers.get('content-type') ?? '', /problem\+json/);
    assert.equal((await app.request('/missing.png')).status, 404);
    assert.match(await (await app.request('/docs')).text(), /swagger-ui/);
    assert.equal((await app.request('/../package.json')).status, 404);
  });
});

describe('helpers', () => {
  test('Accept-Language picks zh or en by quality; zh by default', () => {
    assert.equal(negotiateLang(undefined), 'zh');
    assert.equal(negotiateLang('en-US,en;q=0.9'), 'en');
    assert.equal(negotiateLang('fr-FR, en;q=0.5, zh-CN;q=0.8'), 'zh');
    assert.equal(negotiateLang('de, en-GB;q=0.3'), 'en');
    assert.equal(negotiateLang('fr'), 'zh');
    assert.equal(negotiateLang('en;q=0, zh;q=0.1'), 'zh');
  });

  test('ids are UUIDv7, unique and in creation order', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    assert.match(ids[0] ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual([...ids].sort(), ids);
  });
});
