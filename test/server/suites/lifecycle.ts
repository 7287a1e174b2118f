import assert from 'node:assert/strict';
import { request } from 'node:http';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { defaultConfig } from '../../../src/server/config.ts';
import { openDatabase } from '../../../src/server/db/database.ts';
import { migrations } from '../../../src/server/db/migrations.ts';
import { bachelor120, DATE } from '../fixtures.ts';
import { type Backend, PASSWORD, signup, startTestServer } from '../harness.ts';

/** Migrations from an empty database, several instances on one database, graceful shutdown. */
export function lifecycleSuite(backend: Backend): void {
  describe(`lifecycle (${backend.name})`, () => {
    test('migrations run on an empty database, once, and record every version', async () => {
      const storage = await backend.fresh();
      try {
        const first = await openDatabase(storage);
        const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(first.db);
        assert.deepEqual(
          applied.rows.map((r) => r.name),
          Object.keys(migrations),
        );
        for (const table of [
          'organisations',
          'users',
          'sessions',
          'invitations',
          'api_tokens',
          'cases',
          'assessments',
          'case_documents',
          'case_notes',
          'audit_log',
          'login_failures',
        ]) {
          const n = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(first.db);
          assert.equal(Number(n.rows[0]?.n), 0, table);
        }
        await first.close();
        const second = await openDatabase(storage);
        const again = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(second.db);
        assert.equal(Number(again.rows[0]?.n), Object.keys(migrations).length, 'nothing re-applied');
        await second.close();
      } finally {
        storage.cleanup();
      }
    });

    test("two instances on one database (started together) see each other's writes, sessions, revocations and login failures", async () => {
      const storage = await backend.fresh();
      const config = { login: { windowMs: 60_000, freePerPair: 2, firstDelayMs: 60_000, maxDelayMs: 60_000, perIp: 100 } };
      const [one, two] = await Promise.all([startTestServer(backend, { storage, config }), startTestServer(backend, { storage, config })]);
      try {
        const owner = one.client();
        const { email } = await signup(owner);
        const created = await owner.post('/api/v1/cases', { label: 'shared', facts: bachelor120 });

        // The same session cookie works on the other instance: sessions live in the database.
        const sameUser = two.client();
        for (const [k, v] of owner.cookies) sameUser.cookies.set(k, v);
        const seen = await sameUser.get(`/api/v1/cases/${created.body.id}`);
        assert.equal(seen.status, 200);
        const assessed = await sameUser.post(`/api/v1/cases/${created.body.id}/assessments`, { date: DATE });
        assert.equal(assessed.body.total, 120);
        assert.equal((await owner.get(`/api/v1/cases/${created.body.id}/assessments`)).body.items.length, 1);

        // A token revoked on one instance is refused by the other at once.
        const token = await owner.post('/api/v1/tokens', { name: 'x', role: 'viewer' });
        const bot = two.client();
        bot.bearer = token.body.token;
        assert.equal((await bot.get('/api/v1/cases')).status, 200);
        await owner.delete(`/api/v1/tokens/${token.body.apiToken.id}`);
        assert.equal((await bot.get('/api/v1/cases')).status, 401);

        // Login failures on both instances add up.
        await one.client().post('/api/v1/auth/login', { email, password: 'wrong one' });
        await two.client().post('/api/v1/auth/login', { email, password: 'wrong two' });
        assert.equal((await one.client().post('/api/v1/auth/login', { email, password: PASSWORD })).status, 429);

        // Logging out on one instance ends the session on the other.
        await owner.post('/api/v1/auth/logout');
        assert.equal((await sameUser.get('/api/v1/auth/me')).status, 401);
      } finally {
        await Promise.all([one.close(), two.close()]);
        storage.cleanup();
      }
    });

    test('graceful shutdown finishes in-flight requests, then stops accepting', async () => {
      // 800 rows without an account: above the anonymous default, so that the request is long enough to be in flight.
      const server = await startTestServer(backend, { config: { limits: { ...defaultConfig.limits, anonymousBatchRows: 800 } } });
      const body = JSON.stringify(Array.from({ length: 800 }, () => bachelor120));
      // A raw request, so that we know when it has been sent in full: only then is it "in flight".
      let markSent = () => {};
      const sent = new Promise<void>((resolve) => {
        markSent = resolve;
      });
      const response = new Promise<{ status: number; rows: number }>((resolve, reject) => {
        const req = request(
          `${server.url}/api/v1/batch?date=${DATE}`,
          { method: 'POST', headers: { 'content-type': 'application/json' } },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              text += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, rows: (JSON.parse(text) as unknown[]).length }));
          },
        );
        req.on('error', reject);
        req.end(body);
        req.on('finish', () => markSent());
      });
      await sent;
      await new Promise((r) => setTimeout(r, 20));
      const closing = server.close();
      assert.deepEqual(await response, { status: 200, rows: 800 });
      await closing;
      await assert.rejects(fetch(`${server.url}/healthz`));
      server.storage.cleanup();
    });
  });
}
