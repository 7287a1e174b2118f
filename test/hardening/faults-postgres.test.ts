// Fault injection on PostgreSQL (skipped by `npm run test:unit`, like every file named *postgres*):
// - the server (a child process) is SIGKILLed in the middle of a stream of case writes and restarted: every
//   acknowledged write is there, and every foreign key and unique constraint still holds (checked by query);
// - PostgreSQL itself restarts under the running server: requests fail cleanly with 503 problem+json while it
//   is down, and the same server process serves again once it is back, losing no acknowledged write.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, Http, type Reply, signup } from './lib/http.ts';
import { assertConstraintsHold } from './lib/pg-checks.ts';
import { type Postgres, postgresAvailable, startPostgres } from './lib/postgres.ts';
import { startChild } from './lib/server-child.ts';
import { type Acked, assertAckedPresent, streamWrites, waitFor } from './lib/writes.ts';

describe('faults: PostgreSQL', { skip: postgresAvailable() ? false : 'PostgreSQL is not installed (scripts/test.sh installs it)' }, () => {
  let pg: Postgres;
  before(async () => {
    pg = await startPostgres();
  });
  after(async () => {
    await pg?.destroy();
  });

  it('SIGKILL of the server during writes loses no acknowledged write; constraints hold', async (t) => {
    const url = await pg.createDatabase('kill_test');
    const acked = new Map<string, Acked>();
    let cookies: Map<string, string> | undefined;
    let unanswered = 0;
    for (let cycle = 0; cycle < 2; cycle++) {
      const child = await startChild({ name: `pg-kill-${cycle}`, databaseUrl: url });
      const http = new Http(child.url);
      if (cookies) for (const [k, v] of cookies) http.cookies.set(k, v);
      else await signup(http, 'Kill test PG');
      cookies = new Map(http.cookies);
      if (cycle > 0) await assertAckedPresent(http, acked);
      let killed = false;
      const writes = streamWrites(http, { prefix: `c${cycle}`, writers: 8, stop: () => killed });
      await waitFor(() => writes.stats.acked.size >= 100, 60_000, '100 acknowledged writes');
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 150));
      child.kill('SIGKILL');
      killed = true;
      const result = await writes.done;
      await child.exited;
      for (const [id, a] of result.acked) acked.set(id, a);
      unanswered += result.unanswered;
      assert.equal(result.refused.size, 0, `writes refused: ${JSON.stringify([...result.refused])}`);
    }
    const child = await startChild({ name: 'pg-after', databaseUrl: url });
    try {
      const http = new Http(child.url);
      for (const [k, v] of cookies ?? []) http.cookies.set(k, v);
      await assertAckedPresent(http, acked);
    } finally {
      await child.stop();
    }
    const [rows] = await pg.query<{ n: string }>('kill_test', 'select count(*) as n from cases');
    assert.ok(Number(rows?.n) >= new Set([...acked.values()].map((a) => a.label)).size, 'the table holds every acknowledged case');
    const checked = await assertConstraintsHold(pg, 'kill_test');
    t.diagnostic(
      `figures: 2 SIGKILLs, ${acked.size} acknowledged, ${unanswered} cut in flight, 0 lost; ${checked} constraints re-checked by query`,
    );
  });

  it('a PostgreSQL restart under the running server: 503 problem+json while down, then the same process serves again', async (t) => {
    const url = await pg.createDatabase('restart_test');
    const child = await startChild({ name: 'pg-restart', databaseUrl: url });
    try {
      const http = new Http(child.url);
      await signup(http, 'Restart test');
      let stop = false;
      const writes = streamWrites(http, { prefix: 'r', writers: 4, stop: () => stop, pauseMs: 10 });
      await waitFor(() => writes.stats.acked.size >= 50, 60_000, '50 acknowledged writes');

      pg.stop();
      const downStarted = Date.now();
      const whileDown: Reply[] = [];
      let slowest = 0;
      while (Date.now() - downStarted < 3000) {
        const t0 = Date.now();
        const batch = await Promise.all([
          http.get('/readyz'),
          http.get('/api/v1/cases?limit=5'),
          http.post('/api/v1/cases', { label: 'down', facts: { birthDate: '1990-01-01' } }),
        ]);
        slowest = Math.max(slowest, Date.now() - t0);
        whileDown.push(...batch);
      }
      const writesWhileDown = new Map(writes.stats.refused);
      pg.start();
      const upAt = Date.now();
      let recoveredAfter = -1;
      while (Date.now() - upAt < 30_000) {
        const r = await http.get('/api/v1/cases?limit=5');
        if (r.status === 200) {
          recoveredAfter = Date.now() - upAt;
          break;
        }
        assertProblem(r, 503, 'while PostgreSQL starts');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const before = writes.stats.acked.size;
      await waitFor(() => writes.stats.acked.size >= before + 30, 30_000, 'writes acknowledged again after the restart');
      stop = true;
      const result = await writes.done;

      assert.ok(whileDown.length >= 6, 'requests were made while the database was down');
      for (const r of whileDown) assertProblem(r, 503, 'while PostgreSQL is down');
      const api = whileDown.filter((r) => r.body?.instance !== '/readyz');
      assert.ok(
        api.every((r) => r.headers.get('retry-after') === '5'),
        'Retry-After on every API 503',
      );
      assert.ok(slowest < 10_000, `no request hangs while the database is down (slowest ${slowest} ms)`);
      assert.ok(
        [...writesWhileDown.keys()].every((s) => s === 503),
        `streamed writes refused only with 503: ${JSON.stringify([...writesWhileDown])}`,
      );
      assert.ok(recoveredAfter >= 0, 'the server serves again without a restart');
      assert.equal(child.process.exitCode, null, 'the server process never stopped');
      assert.equal((await http.get('/readyz')).status, 200);
      await assertAckedPresent(http, result.acked);
      const checked = await assertConstraintsHold(pg, 'restart_test');
      t.diagnostic(
        `figures: ${whileDown.length} requests while down, all 503 problem+json (slowest ${slowest} ms); recovered ${recoveredAfter} ms after PostgreSQL was back; ${result.acked.size} acknowledged writes, 0 lost; ${checked} constraints hold`,
      );
    } finally {
      await child.stop();
    }
  });
});
