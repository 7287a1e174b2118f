// Fault injection on SQLite: the server (a child process) is SIGKILLed in the middle of a stream of case
// writes, three times over, and restarted on the same data folder. Every write it acknowledged (a 2xx
// received) must be there afterwards, exactly as acknowledged, and SQLite's integrity check must pass.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { Http, signup } from './lib/http.ts';
import { startChild } from './lib/server-child.ts';
import { type Acked, allCases, assertAckedPresent, streamWrites, waitFor } from './lib/writes.ts';

const CYCLES = 3;
const dir = mkdtempSync(join(tmpdir(), 'hujifen-faults-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('faults: SIGKILL during writes (SQLite)', () => {
  it(`loses no acknowledged write over ${CYCLES} kills, and the file passes integrity_check`, async (t) => {
    const acked = new Map<string, Acked>();
    let cookies: Map<string, string> | undefined;
    let unanswered = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const child = await startChild({ name: `sqlite-kill-${cycle}`, dataDir: dir });
      const http = new Http(child.url);
      if (cookies) for (const [k, v] of cookies) http.cookies.set(k, v);
      else await signup(http, 'Kill test');
      cookies = new Map(http.cookies);
      if (cycle > 0) await assertAckedPresent(http, acked); // the previous kill lost nothing
      let killed = false;
      const target = 100 + cycle * 50;
      const writes = streamWrites(http, { prefix: `c${cycle}`, writers: 8, stop: () => killed });
      // Kill once enough writes are acknowledged, at a random moment, with requests in flight.
      await waitFor(() => writes.stats.acked.size >= target, 60_000, `${target} acknowledged writes`);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 150));
      child.kill('SIGKILL');
      killed = true;
      const result = await writes.done;
      await child.exited;
      for (const [id, a] of result.acked) acked.set(id, a);
      unanswered += result.unanswered;
      assert.equal([...result.refused.keys()].length, 0, `cycle ${cycle}: writes refused: ${JSON.stringify([...result.refused])}`);
    }
    assert.ok(unanswered > 0, 'the kills cut requests in flight (otherwise nothing was tested mid-stream)');
    t.diagnostic(
      `figures: ${CYCLES} SIGKILLs, ${acked.size} acknowledged cases (creates and updates), ${unanswered} requests cut in flight, 0 lost`,
    );

    const child = await startChild({ name: 'sqlite-after', dataDir: dir });
    try {
      const http = new Http(child.url);
      for (const [k, v] of cookies ?? []) http.cookies.set(k, v);
      assert.equal((await http.get('/api/v1/auth/me')).status, 200, 'the session written before the kills survives');
      await assertAckedPresent(http, acked);
      const cases = await allCases(http);
      assert.ok(
        cases.length >= new Set([...acked.values()].map((a) => a.label)).size,
        `${cases.length} cases for ${acked.size} acknowledged`,
      );
      for (const c of cases) assert.match(c.label, /^c\d-\d-\d+$/, 'no garbled record');
      assert.equal(new Set(cases.map((c) => c.id)).size, cases.length, 'no case listed twice');
    } finally {
      await child.stop();
    }
    const db = new Database(join(dir, 'hujifen.sqlite'), { readonly: true });
    try {
      assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
      assert.deepEqual(db.pragma('foreign_key_check'), [], 'no row points at a missing parent');
    } finally {
      db.close();
    }
  });
});
