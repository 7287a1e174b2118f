/** POST /api/v1/hukou on the test server: the answer in one language or both, and what a stranger may send. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { type Json, sqliteBackend, startTestServer, type TestServer } from './harness.ts';

const engineer = parse(readFileSync(new URL('../../examples/hukou-engineer.yaml', import.meta.url), 'utf8')) as Json;

let server: TestServer;
before(async () => {
  server = await startTestServer(sqliteBackend());
});
after(async () => {
  await server.close();
});

/** Objects holding both languages, anywhere in the value. */
function pairs(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + pairs(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  return ('zh' in value && 'en' in value ? 1 : 0) + Object.values(value).reduce((n: number, v) => n + pairs(v), 0);
}

describe('POST /api/v1/hukou', () => {
  test('worked example W1 in English: the basic route open in 2024-03, every text in English only', async () => {
    const r = await server.client().post('/api/v1/hukou?lang=en', { applicant: engineer, date: '2024-03-10' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.headers.get('content-language'), 'en');
    const basic = r.body.routes.find((x: Json) => x.id === 'basic');
    assert.equal(basic.verdict, 'met');
    assert.equal(basic.earliest, '2024-03');
    assert.deepEqual(basic.name, { en: 'basic route (7 years + mid-level title or technician)' });
    assert.equal(r.body.overall.status, 'open');
    assert.deepEqual(r.body.overall.open, ['basic']);
    assert.deepEqual(r.body.points.source, ['H34', 'H62', 'H63']);
    assert.equal(pairs(r.body), 0);
    assert.equal(JSON.stringify(r.body).includes('"zh"'), false);
  });

  test('a month early, both languages: when it opens and when approval is expected', async () => {
    const r = await server.client().post('/api/v1/hukou?lang=all', { applicant: engineer, date: '2024-02-10' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.overall.earliest, '2024-03');
    assert.deepEqual(r.body.overall.expected, { from: '2024-06', to: '2024-09' });
    assert.deepEqual(r.body.overall.summary, {
      zh: '如情况不变，最早2024-03可以申办；预计2024-06至2024-09获批',
      en: 'if nothing changes, the earliest application month is 2024-03; approval expected 2024-06 to 2024-09',
    });
  });

  test('a reading switches the lapse rule: W2 under J1 = resetAfterGrace opens in 2026-11', async () => {
    const lapsed = {
      ...engineer,
      hukou: {
        ...engineer.hukou,
        permits: [
          { from: '2017-03-01', to: '2019-05-31', type: 'employment' },
          { from: '2019-11-01', type: 'employment' },
        ],
      },
    };
    const byDefault = await server.client().post('/api/v1/hukou', { applicant: lapsed, date: '2024-03-10' });
    assert.equal(byDefault.body.routes.find((x: Json) => x.id === 'basic').earliest, '2024-08');
    const reset = await server
      .client()
      .post('/api/v1/hukou', { applicant: lapsed, date: '2024-03-10', readings: { J1: 'resetAfterGrace' } });
    assert.equal(reset.body.routes.find((x: Json) => x.id === 'basic').earliest, '2026-11');
  });

  test('every bad field in one 422, named, in the caller language', async () => {
    const body = {
      applicant: { birthDate: '1990-01-01', hukou: { permits: [{ from: '2017-03-01', type: 'work' }] } },
      date: '2008-12-31',
      readings: { J1: 'foo', X9: 'bar' },
    };
    const r = await server.client().post('/api/v1/hukou', body, { 'accept-language': 'zh' });
    assert.equal(r.status, 422, r.text);
    assert.deepEqual(
      r.body.errors.map((e: Json) => e.path),
      ['applicant.hukou.permits[0].type', 'readings.J1', 'readings.X9', 'date'],
    );
    assert.equal(r.body.errors[1].message, '解读 J1 没有该选项（可选：cumulative, resetAfterGrace）');
    assert.equal(r.body.errors[3].message, '早于居转户制度施行日（2009-02-12）');
    const en = await server.client().post('/api/v1/hukou', body, { 'accept-language': 'en' });
    assert.equal(en.body.errors[3].message, 'before the scheme began (2009-02-12)');
  });

  test('what a stranger sends: not JSON, not an object, no stack trace back', async () => {
    for (const payload of ['{', '[]', 'null', '"x"']) {
      const r = await server.client().post('/api/v1/hukou', payload, { 'content-type': 'application/json' });
      assert.ok(r.status === 400 || r.status === 422, `${payload}: ${r.status}`);
      assert.doesNotMatch(r.text, /\.ts:\d+|at [A-Za-z]+ \(/);
    }
  });

  test('is in the OpenAPI document', async () => {
    const r = await server.client().get('/openapi.json');
    assert.equal(r.status, 200);
    assert.equal(r.body.paths['/api/v1/hukou'].post.operationId, 'hukou');
    assert.ok(r.body.components.schemas.HukouRequest);
  });
});
