// Hostile uploads and batch load against the server as a child process (SQLite), its temporary folder of its own
// (TMPDIR) so that every file a request leaves behind can be counted: the shared-strings bomb and the padded-sheet
// bomb (both built here from `hujifen template` output), a bomb past the ZIP limits that only the worker's heap
// limit stops, anonymous batches beyond the concurrency limit, uploads cut off by the client.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { paddedSheetBomb, sharedStringsBomb, templateXlsx } from './lib/bombs.ts';
import { assertProblem, Http, type Reply, signup } from './lib/http.ts';
import { type Child, startChild } from './lib/server-child.ts';
import { assertTarget } from './lib/target.ts';
import { filesUnder } from './lib/temp-files.ts';
import { uploadsTarget } from './targets/uploads.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BATCH = '/api/v1/batch?date=2025-01-15';
/** A bomb must be refused within this (the unfixed server took a minute, then died). */
const PROMPT_MS = 10_000;

/** The files under the folder once the answers just received have finished removing theirs (up to 5 s). */
async function settledFiles(dir: string, expected: string[]): Promise<string[]> {
  let files = filesUnder(dir);
  for (let waited = 0; waited < 5000 && files.length > expected.length; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
    files = filesUnder(dir);
  }
  return files;
}

/** A JSON POST on a connection of its own (no keep-alive), its body declared or chunked. */
function postAlone(url: string, body: string, chunked: boolean): Promise<{ status: number; type: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (chunked) headers['transfer-encoding'] = 'chunked';
    else headers['content-length'] = String(Buffer.byteLength(body));
    const req = request(url, { method: 'POST', headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

interface Refusal {
  reply: Reply;
  ms: number;
  peakRssMiB: number;
  healthChecks: number;
  slowestHealthMs: number;
}

const BOUNDARY = 'hujifen-test-boundary';
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

/** The file as a browser form sends it: the field `file`, between two text fields. */
function asForm(file: Buffer, filename: string, type = XLSX): Buffer {
  const part = (headers: string, body: Buffer | string) => [`--${BOUNDARY}\r\n${headers}\r\n\r\n`, body, '\r\n'];
  return Buffer.concat(
    [
      ...part('Content-Disposition: form-data; name="lang"', 'zh'),
      ...part(`Content-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}`, file),
      ...part('Content-Disposition: form-data; name="after"', 'x'),
      `--${BOUNDARY}--\r\n`,
    ].map((p) => (typeof p === 'string' ? Buffer.from(p) : p)),
  );
}

/** Posts a file while polling /healthz and the server's RSS, until the answer comes. */
async function postWatched(child: Child, body: Buffer, type = XLSX): Promise<Refusal> {
  const http = new Http(child.url);
  let done = false;
  let peak = child.rssMiB();
  let healthChecks = 0;
  let slowest = 0;
  const watcher = (async () => {
    while (!done) {
      const t0 = Date.now();
      const h = await fetch(`${child.url}/healthz`, { signal: AbortSignal.timeout(PROMPT_MS) });
      assert.equal(h.status, 200, '/healthz while the bomb is handled');
      await h.arrayBuffer();
      slowest = Math.max(slowest, Date.now() - t0);
      healthChecks++;
      peak = Math.max(peak, child.rssMiB());
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t0 = Date.now();
  try {
    const reply = await http.post(BATCH, new Uint8Array(body), { 'content-type': type });
    return { reply, ms: Date.now() - t0, peakRssMiB: Math.round(peak), healthChecks, slowestHealthMs: slowest };
  } finally {
    done = true;
    await watcher;
  }
}

describe('hostile uploads (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hujifen-uploads-'));
  const serverTmp = join(dir, 'tmp');
  const dataDir = join(dir, 'data');
  let child: Child;
  let template: Buffer;
  before(async () => {
    mkdirSync(serverTmp);
    child = await startChild({ name: 'uploads', dataDir, env: { TMPDIR: serverTmp } });
    template = templateXlsx(dir);
    // Warm up: the first sheet loads the worker's code.
    assert.equal((await new Http(child.url).post(BATCH, new Uint8Array(template), { 'content-type': XLSX })).status, 200);
  });
  after(async () => {
    await child?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, make, form] of [
    ['shared-strings bomb: 134 million <si/> (670 MB inflated)', () => sharedStringsBomb(template, 134_000_000), false],
    ['padded-sheet bomb: 600 MiB of spaces in the applicant sheet', () => paddedSheetBomb(template, 600), false],
    // The form upload of the web app goes through the same checks: the same bomb in a multipart/form-data field.
    ['shared-strings bomb in a multipart form field', () => sharedStringsBomb(template, 134_000_000), true],
  ] as const) {
    it(`${name}: 413/422 within seconds, /healthz answering, no file left`, async (t) => {
      const bomb = await make();
      const before = filesUnder(serverTmp);
      const r = form ? await postWatched(child, asForm(bomb, 'bomb.xlsx'), MULTIPART) : await postWatched(child, bomb);
      const left = filesUnder(serverTmp);
      t.diagnostic(
        `figures: ${bomb.length} bytes → ${r.reply.status} in ${r.ms} ms; peak server RSS ${r.peakRssMiB} MiB; ${r.healthChecks} health checks, slowest ${r.slowestHealthMs} ms; temp files ${before.length} → ${left.length}`,
      );
      assertProblem(r.reply, [413, 422], name);
      assert.ok(r.ms < PROMPT_MS, `refused in ${r.ms} ms`);
      assert.deepEqual(left, before, 'no file left in the temporary folder');
      assert.equal((await fetch(`${child.url}/healthz`)).status, 200, 'the server is still up');
    });
  }

  it('anonymous batches beyond the concurrency limit: 503 with Retry-After at once; slots and files freed when uploads are cut off', async (t) => {
    // Two anonymous uploads (the default limit) that never finish sending their body hold both slots.
    const held = [0, 1].map(() => {
      const req = request(`${child.url}${BATCH}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'transfer-encoding': 'chunked' },
      });
      req.on('error', () => {});
      req.write('编号,出生日期\n');
      return req;
    });
    await new Promise((r) => setTimeout(r, 500));
    const csv = '编号,出生日期\nA1,1990-01-01\n';
    const replies = await Promise.all([0, 1, 2, 3].map(() => new Http(child.url).post(BATCH, csv, { 'content-type': 'text/csv' })));
    for (const r of replies) {
      assertProblem(r, [429, 503], 'a batch beyond the limit');
      assert.ok(Number(r.headers.get('retry-after')) > 0, 'Retry-After');
    }
    // A signed-in organisation still gets through: the anonymous share is smaller than the server's.
    const member = new Http(child.url);
    await signup(member, 'Batch org');
    assert.equal((await member.post(BATCH, csv, { 'content-type': 'text/csv' })).status, 200, 'signed in, beside the held slots');
    for (const req of held) req.destroy();
    let status = 0;
    for (let waited = 0; waited < 5000 && status !== 200; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await new Http(child.url).post(BATCH, csv, { 'content-type': 'text/csv' })).status;
    }
    assert.equal(status, 200, 'slots come back once the cut-off uploads are gone');
    assert.deepEqual(await settledFiles(serverTmp, []), [], 'the cut-off uploads left no file');
    t.diagnostic(`figures: 2 slots held, 4 more anonymous batches → ${replies.map((r) => r.status).join(', ')}`);
  });

  it('anonymous batches are capped in rows and bytes; signed-in organisations get more', async () => {
    const row = { birthDate: '1990-01-01', education: [{ level: 'bachelor', degree: true }] };
    const anonymous = new Http(child.url);
    const tooMany = await anonymous.post(
      BATCH,
      Array.from({ length: 201 }, () => row),
    );
    assertProblem(tooMany, 413, '201 rows without an account');
    // On a connection of its own: refused before its body is read, it leaves that connection unusable.
    for (const chunked of [false, true]) {
      const big = await postAlone(`${child.url}${BATCH}`, `[${' '.repeat(1.5 * 1024 * 1024)}]`, chunked);
      assert.equal(big.status, 413, `1.5 MiB without an account (${chunked ? 'chunked' : 'Content-Length'})`);
      assert.match(big.type, /^application\/problem\+json/);
    }
    // A form upload past the anonymous byte cap: refused as it streams, nothing left in the temporary folder.
    const csv = Buffer.from(`编号,出生日期\n${'A1,1990-01-01\n'.repeat(120_000)}`);
    const bigForm = await anonymous.post(BATCH, new Uint8Array(asForm(csv, 'big.csv', 'text/csv')), { 'content-type': MULTIPART });
    assertProblem(bigForm, 413, 'a 1.6 MiB form without an account');
    assert.deepEqual(await settledFiles(serverTmp, []), [], 'the refused form left no file');
    const ok = await anonymous.post(
      BATCH,
      Array.from({ length: 200 }, () => row),
    );
    assert.equal(ok.status, 200);
    assert.equal(ok.body.length, 200, 'rows in = rows out (streamed)');
    const member = new Http(child.url);
    await signup(member, 'Bigger batches');
    const more = await member.post(
      BATCH,
      Array.from({ length: 1000 }, () => row),
    );
    assert.equal(more.status, 200, more.text.slice(0, 200));
    assert.equal(more.body.length, 1000);
  });
});

describe('a bomb the ZIP limits let through: the worker heap limit ends it (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hujifen-uploads-heap-'));
  const serverTmp = join(dir, 'tmp');
  let child: Child;
  before(async () => {
    mkdirSync(serverTmp);
    // Limits opened wide, a small heap: what an unforeseen kind of bomb would meet.
    child = await startChild({
      name: 'uploads-heap',
      dataDir: join(dir, 'data'),
      env: {
        TMPDIR: serverTmp,
        XLSX_MAX_RATIO: '1000000',
        XLSX_MAX_SHARED_STRINGS: '1000000000',
        XLSX_MAX_SHARED_STRINGS_BYTES: '1000000000',
        SHEET_WORKER_HEAP_MB: '48',
      },
    });
  });
  after(async () => {
    await child?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('40 million shared strings: the worker runs out of heap → 413; the server lives; no file left', async (t) => {
    const bomb = await sharedStringsBomb(templateXlsx(dir), 40_000_000);
    const r = await postWatched(child, bomb);
    const left = filesUnder(serverTmp);
    t.diagnostic(
      `figures: ${bomb.length} bytes → ${r.reply.status} in ${r.ms} ms; peak server RSS ${r.peakRssMiB} MiB; temp files left ${left.length}`,
    );
    assertProblem(r.reply, 413, 'the heap-limited worker');
    assert.match(r.reply.body.detail, /内存|时间/);
    assert.deepEqual(left, []);
    assert.equal((await fetch(`${child.url}/healthz`)).status, 200);
  });
});

describe('upload corpus (fuzz target `uploads`, bounded)', () => {
  const target = uploadsTarget();
  before(() => target.setup?.());
  after(() => target.teardown?.());
  it('zip and XML bombs, truncated, bit-flipped and wrong-magic uploads: 413/422 problem+json, nothing left behind', async (t) => {
    const tally = await assertTarget(target, 60);
    t.diagnostic(`figures: ${JSON.stringify(Object.fromEntries(tally))}`);
  });
});
