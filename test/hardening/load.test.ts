// Load and concurrency on loopback, bounded for CI (the full 100,000-request run: `npm run fuzz -- --load api`,
// see docs/reliability.md). The server is a child process on SQLite.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { concurrentWrites } from './lib/concurrent.ts';
import { Http } from './lib/http.ts';
import { runAssessLoad } from './lib/load.ts';
import { type Child, serverPid, startChild } from './lib/server-child.ts';
import { writeXlsx } from './lib/sheets.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const REQUESTS = Number(process.env.LOAD_REQUESTS ?? 20_000);
/** The server's old-generation cap during the load: a few times what a warm server holds. */
const OLD_SPACE_MIB = 192;

describe('load (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hujifen-load-'));
  let child: Child;
  before(async () => {
    // The old generation is capped: a leak then ends the server (out of memory) and every later request fails, which
    // the test sees whatever the moment — resident memory alone also moves with V8's heap sizing and the allocator
    // (it grew 52 MiB in a second half once with no leak at all, 0 in another run of the same code).
    child = await startChild({ name: 'load', dataDir: dir, env: { NODE_OPTIONS: `--max-old-space-size=${OLD_SPACE_MIB}` } });
  });
  after(async () => {
    await child?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`${REQUESTS} POST /api/v1/assess at 100 connections: no error, no non-2xx, memory bounded`, async (t) => {
    const r = await runAssessLoad(child, { requests: REQUESTS, connections: 100 });
    t.diagnostic(`figures: ${JSON.stringify(r)}`);
    assert.equal(r.requests, REQUESTS, 'every request was made');
    assert.equal(r.errors, 0, 'no connection error');
    assert.equal(r.timeouts, 0, 'no timeout');
    assert.equal(r.non2xx, 0, 'every answer 2xx');
    // Alive after the load with its old generation capped: no leak filled it (it would have ended the process).
    assert.equal(child.process.exitCode, null, 'the server is still running');
    assert.equal(child.process.signalCode, null, 'the server is still running');
    assert.ok(r.rssMiB.end <= 512, `RSS ${r.rssMiB.end} MiB`);
  });

  it('refused sheet uploads free their files: no descriptor and no spool folder left behind', async (t) => {
    const http = new Http(child.url);
    const fds = () => readdirSync(`/proc/${serverPid(child.pid)}/fd`).length;
    const spools = () => readdirSync(tmpdir()).filter((f) => f.startsWith('hujifen-batch-')).length;
    const badHeader = `zz,yy\n${'1,2\n'.repeat(100_000)}`;
    const tooMany = `出生日期,编号\n${Array.from({ length: 5_200 }, (_, i) => `1990-01-01,R${i}`).join('\n')}\n`;
    const xlsxBadHeader = (
      await writeXlsx({ headers: ['zz'], keys: [null], records: Array.from({ length: 2_000 }, (_, i) => [`长${i}`]), leading: 0 }, true)
    ).bytes;
    await http.post('/api/v1/batch?date=2025-03-01', tooMany.slice(0, 200), { 'content-type': 'text/csv' }); // warm up
    const before = { fds: fds(), spools: spools() };
    const statuses: Record<number, number> = {};
    for (let i = 0; i < 40; i++) {
      const r =
        i % 4 === 3
          ? await http.post('/api/v1/batch?date=2025-03-01', new Uint8Array(xlsxBadHeader), { 'content-type': XLSX })
          : await http.post('/api/v1/batch?date=2025-03-01', i % 2 ? badHeader : tooMany, { 'content-type': 'text/csv' });
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Test files running beside this one spool uploads in the same temporary folder for a moment each: wait (up to
    // 5 s) for theirs to go. A folder this server leaked would stay, and fail the check below.
    for (let waited = 0; spools() > before.spools && waited < 5000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const afterwards = { fds: fds(), spools: spools() };
    t.diagnostic(
      `figures: 40 refused uploads ${JSON.stringify(statuses)}; descriptors ${before.fds} → ${afterwards.fds}, spool folders ${before.spools} → ${afterwards.spools}`,
    );
    assert.deepEqual(statuses, { 413: 20, 422: 20 }, 'refused: 422 (not the layout) or 413 (too many rows)');
    assert.ok(afterwards.fds <= before.fds + 4, `descriptors ${before.fds} → ${afterwards.fds}: one leaked per refused upload`);
    assert.ok(afterwards.spools <= before.spools, 'spool folders removed');
  });

  it('1,000 concurrent case writes from 5 organisations: none lost, none crossed', async (t) => {
    const r = await concurrentWrites(child.url, 5, 200);
    t.diagnostic(`figures: ${JSON.stringify(r)}`);
    assert.equal(child.process.exitCode, null);
  });
});
