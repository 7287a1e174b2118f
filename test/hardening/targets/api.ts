/**
 * Fuzz target of every API endpoint, against the real server as a child process (SQLite): each operation of
 * its own /openapi.json, with bodies generated from its schemas (mostly valid, some broken), garbage bodies and
 * content types, random path ids (the caller's, another organisation's, junk), random query strings, headers
 * and credentials. Never a 5xx, never a hang or a crash; every 4xx is problem+json with a title a person can
 * read; nothing secured answers 2xx without credentials; nothing ever shows the other organisation's data.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { anyApplicantInput, assessmentDate, garbage, wellFormedApplicant } from '../lib/arbitraries.ts';
import { assertProblem, Http, type Reply, requiresCredentials, signup } from '../lib/http.ts';
import { arbitraryFor, type Schema } from '../lib/schema-arb.ts';
import { type Child, startChild } from '../lib/server-child.ts';
import { csvStyle, scratchDir, sheetSpec, writeCsv, writeXlsx } from '../lib/sheets.ts';
import { count, type FuzzTarget } from '../lib/target.ts';
import { randomCsvBytes } from './batch.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Operation {
  method: string;
  path: string;
  secured: boolean;
  params: string[];
  query: string[];
  body: fc.Arbitrary<unknown> | undefined;
}

interface Fixtures {
  a: Http;
  tokenA: string;
  ids: Record<string, string[]>;
  /** Text only organisation B's records hold: it must never reach organisation A or an anonymous caller. */
  secretB: string;
}

type Identity = 'none' | 'cookieA' | 'cookieA-noCsrf' | 'bearerA' | 'bearerJunk' | 'basic' | 'cookieJunk';

interface ApiCase {
  op: number;
  ids: (string | null)[];
  query: [string, string][];
  identity: Identity;
  contentType: string | null;
  lang: string | null;
  requestId: string | null;
  body:
    | { kind: 'none' }
    | { kind: 'json'; value: unknown }
    | { kind: 'text'; value: string }
    | { kind: 'bytes'; value: Uint8Array }
    | { kind: 'upload'; index: number };
}

const junkId = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '..',
    '%2e%2e',
    '%00',
    'null',
    '0',
    '-1',
    'a'.repeat(5000),
    '%E4%B8%AD',
    "' OR 1=1 --",
    '01900000-0000-7000-8000-000000000000',
  ),
);

const queryValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '2025-01-15',
    '2013-07-01',
    '2012-01-01',
    '2099-12-31',
    '2024-02-30',
    '2022',
    '2013',
    'R1:last6consecutive',
    'R1:nope',
    'xlsx',
    'csv',
    '0',
    '201',
    '-5',
    '1e9',
    '焊工',
    '',
  ),
  assessmentDate,
);

/** Operations of the server's OpenAPI document, with request body generators; applicant bodies get the engine fuzzer's applicants. */
function operations(doc: Schema): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Schema>>)) {
    for (const [method, op] of Object.entries(item)) {
      const params = ((op.parameters ?? []) as Schema[]).filter((p) => p.in === 'path').map((p) => String(p.name));
      const query = ((op.parameters ?? []) as Schema[]).filter((p) => p.in === 'query').map((p) => String(p.name));
      const schema = op.requestBody?.content?.['application/json']?.schema;
      let body = schema ? arbitraryFor(doc, schema) : undefined;
      if (path.endsWith('/assess') || path.endsWith('/plan')) {
        body = fc.record(
          {
            applicant: anyApplicantInput,
            date: fc.option(assessmentDate, { nil: undefined }),
            horizonMonths: fc.option(fc.integer({ min: -1, max: 700 }), { nil: undefined }),
          },
          { requiredKeys: ['applicant'] },
        );
      } else if (path.endsWith('/batch')) {
        body = fc.array(anyApplicantInput, { maxLength: 4 });
      } else if (path === '/api/v1/cases' && method === 'post') {
        body = fc.record({
          label: fc.string({ minLength: 1, maxLength: 20 }),
          reference: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
          facts: fc.oneof(wellFormedApplicant, anyApplicantInput),
        });
      }
      ops.push({
        method: method.toUpperCase(),
        path,
        secured: requiresCredentials(op.security),
        params,
        query,
        body,
      });
    }
  }
  // Outside the document: unknown paths and methods must be plain 404/405 problems too.
  ops.push({ method: 'GET', path: '/api/v1/nope/{id}', secured: false, params: ['id'], query: [], body: undefined });
  ops.push({ method: 'PUT', path: '/api/v1/cases', secured: true, params: [], query: [], body: undefined });
  ops.push({ method: 'POST', path: '/api/v2/assess', secured: false, params: [], query: [], body: undefined });
  return ops;
}

async function makeFixtures(url: string): Promise<Fixtures> {
  const secretB = `SECRET-B-${Math.random().toString(36).slice(2)}`;
  const facts = { birthDate: '1990-01-01', education: [{ level: 'bachelor' }] };
  const a = new Http(url);
  const sa = await signup(a, 'Org A');
  const caseA = (await a.post('/api/v1/cases', { label: 'case of A', facts })).body.id as string;
  const assessA = (await a.post(`/api/v1/cases/${caseA}/assessments`, { date: '2025-01-15' })).body.id as string;
  const noteA = (await a.post(`/api/v1/cases/${caseA}/notes`, { body: 'note of A' })).body.id as string;
  const tokenA = (await a.post('/api/v1/tokens', { name: 'fuzz', role: 'staff' })).body;
  const b = new Http(url);
  const sb = await signup(b, `Org ${secretB}`);
  const caseB = (await b.post('/api/v1/cases', { label: secretB, reference: secretB, facts })).body.id as string;
  const assessB = (await b.post(`/api/v1/cases/${caseB}/assessments`, { date: '2025-01-15' })).body.id as string;
  const noteB = (await b.post(`/api/v1/cases/${caseB}/notes`, { body: secretB })).body.id as string;
  const tokenB = (await b.post('/api/v1/tokens', { name: secretB, role: 'viewer' })).body;
  const invB = (await b.post('/api/v1/invitations', { email: `${secretB.toLowerCase()}@example.test`, role: 'staff' })).body;
  for (const [what, v] of Object.entries({
    caseA,
    assessA,
    noteA,
    caseB,
    assessB,
    noteB,
    tokenA: tokenA?.apiToken?.id,
    tokenB: tokenB?.apiToken?.id,
    invB: invB?.invitation?.id,
  })) {
    assert.ok(typeof v === 'string' && v.length > 0, `fixture ${what}: ${JSON.stringify(v)}`);
  }
  return {
    a,
    tokenA: tokenA.token,
    secretB,
    ids: {
      own: [caseA, assessA, noteA, sa.userId, tokenA.apiToken.id, 'residence_permit'],
      other: [caseB, assessB, noteB, sb.userId, tokenB.apiToken.id, invB.invitation.id],
    },
  };
}

export function apiTarget(): FuzzTarget<ApiCase> {
  const tally = new Map<string, number>();
  let child: Child | undefined;
  let dir = '';
  let ops: Operation[] = [];
  let fx: Fixtures | undefined;
  let ownIds: string[] = [];
  /** What the server printed since the last case (with a little of what came before, for split lines). */
  let freshLog: string[] = [];
  let otherIds: string[] = [];
  let arbitrary: fc.Arbitrary<ApiCase> = fc.constant(undefined as unknown as ApiCase);
  /** Sheets to upload to /batch: CSV in its encodings, XLSX, damaged XLSX (made once: XLSX writing is async). */
  const uploads: { type: string; bytes: Uint8Array }[] = [];

  const target: FuzzTarget<ApiCase> = {
    name: 'api',
    proves:
      'every endpoint of /openapi.json under random bodies, content types, path ids, query strings, headers and credentials: no 5xx, no hang, no crash; every 4xx a problem+json with a title and field paths; no secured endpoint answers 2xx without credentials; no answer ever holds another organisation’s data',
    async: true,
    get arbitrary() {
      return arbitrary;
    },
    tally,
    mustSee: (runs) => [
      '2xx',
      '4xx',
      ...(runs >= 200 ? ['401', '404', '422', 'anonymous-refused', 'other-org-id', 'upload csv', 'upload xlsx'] : []),
      // About 1 case in 200 is an upload that the batch answers with a sheet: 600 runs miss it one time in twenty.
      ...(runs >= 2000 ? ['batch sheet'] : []),
    ],
    async setup() {
      dir = scratchDir('hujifen-fuzz-api-');
      child = await startChild({ name: 'fuzz-api', dataDir: dir });
      const keep = (d: Buffer) => freshLog.push(d.toString());
      child.process.stdout?.on('data', keep);
      child.process.stderr?.on('data', keep);
      const doc = (await new Http(child.url).get('/openapi.json')).body as Schema;
      ops = operations(doc);
      const specs = fc.sample(fc.tuple(sheetSpec, csvStyle), { numRuns: 40, seed: 7 });
      for (const [i, [spec, style]] of specs.entries()) {
        uploads.push({ type: 'text/csv', bytes: new Uint8Array(writeCsv(spec, style).bytes) });
        const xlsx = (await writeXlsx(spec, i % 2 === 0)).bytes;
        uploads.push({ type: XLSX, bytes: new Uint8Array(xlsx) });
        const damaged = Buffer.from(xlsx);
        const at = (i * 7919) % damaged.length;
        damaged[at] = (damaged[at] as number) ^ 0x5a;
        uploads.push({ type: XLSX, bytes: new Uint8Array(i % 3 === 0 ? damaged.subarray(0, damaged.length >> 1) : damaged) });
      }
      fx = await makeFixtures(child.url);
      ownIds = fx.ids.own as string[];
      otherIds = fx.ids.other as string[];
      const id = fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...ownIds) },
        { weight: 3, arbitrary: fc.constantFrom(...otherIds) },
        { weight: 2, arbitrary: junkId },
      );
      arbitrary = fc.nat({ max: ops.length - 1 }).chain((op) => {
        const o = ops[op] as Operation;
        const jsonBody = o.body ?? fc.constant(undefined);
        return fc.record({
          op: fc.constant(op),
          ids: fc.tuple(...o.params.map(() => id), fc.constant(null)),
          query: fc.array(
            fc.tuple(fc.oneof(fc.constantFrom(...(o.query.length ? o.query : ['x'])), fc.string({ maxLength: 8 })), queryValue),
            { maxLength: 4 },
          ),
          identity: fc.constantFrom<Identity>(
            'cookieA',
            'cookieA',
            'cookieA',
            'bearerA',
            'bearerA',
            'none',
            'none',
            'cookieA-noCsrf',
            'bearerJunk',
            'basic',
            'cookieJunk',
          ),
          contentType: fc.oneof(
            { weight: 8, arbitrary: fc.constant('application/json') },
            {
              weight: 1,
              arbitrary: fc.constantFrom(
                null,
                'text/csv',
                XLSX,
                'text/plain',
                'application/json; charset=gbk',
                'multipart/form-data; boundary=x',
                'application/x-www-form-urlencoded',
                'application/json;;;',
                'TEXT/CSV',
              ),
            },
          ),
          lang: fc.constantFrom(null, 'zh', 'en', 'en-US,en;q=0.9', 'fr', '*', 'zh-CN;q=abc', 'x'.repeat(300)),
          requestId: fc.constantFrom(null, 'abc', 'x'.repeat(80), '<script>', '../../etc/passwd'),
          body: fc.oneof(
            {
              weight: 6,
              arbitrary: jsonBody.map((value) => (value === undefined ? { kind: 'none' as const } : { kind: 'json' as const, value })),
            },
            { weight: 2, arbitrary: garbage.map((value) => ({ kind: 'json' as const, value })) },
            {
              weight: 1,
              arbitrary: fc
                .constantFrom('{', '{"a":', '[1,2', 'null', '""', '\ufeff{}', 'NaN', '{"applicant": {"birthDate": "1990-01-01"}}x')
                .map((value) => ({ kind: 'text' as const, value })),
            },
            { weight: 1, arbitrary: randomCsvBytes.map((value) => ({ kind: 'bytes' as const, value: new Uint8Array(value) })) },
            { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
            {
              weight: o.path.endsWith('/batch') ? 8 : 1,
              arbitrary: fc.nat({ max: uploads.length - 1 }).map((index) => ({ kind: 'upload' as const, index })),
            },
          ),
        });
      });
    },
    async teardown() {
      await child?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
    async check(c) {
      if (!child || !fx) throw new Error('setup() not run');
      const op = ops[c.op] as Operation;
      let i = 0;
      const path = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(c.ids[i++] ?? 'x'));
      const qs = c.query.length ? `?${new URLSearchParams(c.query).toString()}` : '';
      const headers: Record<string, string> = {};
      if (c.contentType !== null) headers['content-type'] = c.contentType;
      if (c.lang !== null) headers['accept-language'] = c.lang;
      if (c.requestId !== null) headers['x-request-id'] = c.requestId;
      const http = new Http(child.url);
      if (c.identity === 'cookieA' || c.identity === 'cookieA-noCsrf') {
        for (const [k, v] of fx.a.cookies) http.cookies.set(k, v);
        if (c.identity === 'cookieA-noCsrf') headers['x-csrf-token'] = 'wrong';
      }
      if (c.identity === 'bearerA') http.bearer = fx.tokenA;
      if (c.identity === 'bearerJunk') headers.authorization = `Bearer ${'x'.repeat(43)}`;
      if (c.identity === 'basic') headers.authorization = 'Basic dXNlcjpwYXNz';
      if (c.identity === 'cookieJunk') headers.cookie = 'hjf_session=forged; csrf=forged';
      let payload: string | Uint8Array | undefined;
      if (c.body.kind === 'json') payload = JSON.stringify(c.body.value, (_, v) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null';
      else if (c.body.kind === 'text') payload = c.body.value;
      else if (c.body.kind === 'bytes') payload = c.body.value;
      else if (c.body.kind === 'upload') {
        const upload = uploads[c.body.index] as { type: string; bytes: Uint8Array };
        payload = upload.bytes;
        headers['content-type'] = upload.type;
        count(tally, `upload ${upload.type === XLSX ? 'xlsx' : 'csv'}`);
      }
      const method = op.method;
      if (method === 'GET' || method === 'HEAD') payload = undefined;

      let r: Reply;
      const timer = new AbortController();
      const timeout = setTimeout(() => timer.abort(), 30_000);
      try {
        r = await http.request(method, path + qs, payload, headers);
      } catch (error) {
        // Give the exit event a moment to arrive, then say whether (and how) the server died.
        const ended = await Promise.race([child.exited, new Promise<undefined>((resolve) => setTimeout(resolve, 1000))]);
        const how = ended
          ? `; the server died (exit ${ended.code ?? ended.signal}):\n${child.output().slice(-3000)}`
          : '; the server is running but did not answer';
        throw new Error(
          `${method} ${path}: no answer (${(error as Error).message}, ${String((error as { cause?: unknown }).cause ?? '')})${how}`,
        );
      } finally {
        clearTimeout(timeout);
      }
      const what = `${method} ${op.path} as ${c.identity}`;
      // The server's own log since the last case: no error logged (an unhandled error, a 5xx), no unhandled
      // rejection or exception. Only the new chunks are scanned: re-reading the whole log would cost O(n²).
      const fresh = freshLog.join('');
      freshLog = [fresh.slice(-200)];
      assert.ok(!/"level":(50|60)|Unhandled|uncaught/i.test(fresh), `${what}: the server logged an error: ${fresh.slice(0, 800)}`);
      assert.ok(r.status < 500, `${what}: ${r.status} ${r.text.slice(0, 500)}`);
      const usedOther = c.ids.some((id) => id !== null && otherIds.includes(id));
      if (usedOther) count(tally, 'other-org-id');
      count(tally, `${Math.floor(r.status / 100)}xx`);
      if (op.path.endsWith('/batch') && r.status === 200 && !/json/.test(r.headers.get('content-type') ?? '')) count(tally, 'batch sheet');
      count(tally, String(r.status));
      if (r.status >= 400) {
        assertProblem(r, r.status, what);
        if (r.status === 422) assert.ok(r.body.errors?.length || r.body.detail, `${what}: a 422 says what is wrong`);
      }
      assert.ok(!r.text.includes(fx.secretB), `${what}: the answer holds organisation B's data`);
      const anonymous = c.identity === 'none' || c.identity === 'bearerJunk' || c.identity === 'basic' || c.identity === 'cookieJunk';
      if (op.secured && anonymous) {
        assert.ok(r.status >= 400, `${what}: ${r.status} without valid credentials`);
        count(tally, 'anonymous-refused');
      }
      // A successful write may have removed a fixture (the case, the session, the owner's role): rebuild.
      if (r.status < 300 && method !== 'GET' && method !== 'POST') {
        const me = await fx.a.get('/api/v1/auth/me');
        const own = await fx.a.get(`/api/v1/cases/${ownIds[0]}`);
        if (me.status !== 200 || me.body.role !== 'owner' || own.status !== 200) {
          fx = await makeFixtures(child.url);
          ownIds.splice(0, ownIds.length, ...(fx.ids.own as string[]));
          otherIds.push(...(fx.ids.other as string[]));
        }
      }
    },
  };
  return target;
}
