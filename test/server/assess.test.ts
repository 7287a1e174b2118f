/** POST /api/v1/assess in process (no socket): the language of the answer, validation done once, content types. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { createLogger } from '../../src/server/logger.ts';
import { bachelor120, DATE } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'hujifen-assess-'));
const database = await openDatabase({ dataDir: dir });
after(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});
const app = createApp({ database, logger: createLogger('silent') });

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field, as JSON.
type Json = Record<string, any>;

async function post(body: unknown, headers: Record<string, string> = {}, query = '') {
  const res = await app.request(`/api/v1/assess${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
}

/** The value with every `other` key of a {zh, en} pair removed: what a one-language answer must be. */
function keepOnly(value: unknown, other: 'zh' | 'en'): unknown {
  if (Array.isArray(value)) return value.map((v) => keepOnly(v, other));
  if (value === null || typeof value !== 'object') return value;
  const pair = 'zh' in value && 'en' in value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !(pair && k === other))
      .map(([k, v]) => [k, keepOnly(v, other)]),
  );
}

/** Objects holding both languages, anywhere in the value. */
function pairs(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + pairs(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  return ('zh' in value && 'en' in value ? 1 : 0) + Object.values(value).reduce((n: number, v) => n + pairs(v), 0);
}

/**
 * Every kind of text an assessment holds: a veto (serious crime), four warnings (2030 is past the 2022 revision's
 * stated validity, 2027-12-31; 2029 has no published reference wage; the title item's rule is low-confidence; R5),
 * conditions with a fix (the skill certificate's unconfirmed post match), a human check (R5: a title, a post and
 * the base gate met), documents.
 */
const months2029 = Array.from({ length: 12 }, (_, i) => ({ month: `2029-${String(i + 1).padStart(2, '0')}`, base: 20000 }));
const rich = {
  birthDate: '1990-01-01',
  employment: { contributingNow: true, post: '软件工程师' },
  education: [{ level: 'bachelor', degree: true }],
  certificates: [
    { kind: 'title', name: '工程师', titleLevel: 'mid', obtainedOn: '2019-11-01', obtainedBy: 'exam', matchesPost: true },
    { kind: 'skill', name: '电工', skillLevel: 3, obtainedOn: '2020-01-01' },
  ],
  socialInsurance: months2029,
  // 10 years in a new town by 2030 → 20; only the years beyond the 5-year wait (R6's alternative) → 10: an uncertain
  // line, so its alternative's text is in the answer too
  remoteArea: [{ area: 'newTown', from: '2020-01-01' }],
  records: [{ kind: 'seriousCrime', date: '2020-01-01' }],
};

describe('the language of the answer', () => {
  test('zh by default; en by Accept-Language; ?lang= wins; lang=all keeps both', async () => {
    const zh = await post({ applicant: bachelor120, date: DATE });
    assert.equal(zh.status, 200);
    assert.equal(zh.headers.get('content-language'), 'zh');
    assert.deepEqual(zh.body.items[0].label, { zh: '年龄' });
    assert.deepEqual(zh.body.version.name, { zh: '《上海市居住证积分管理办法》（2022年修订）' });
    assert.deepEqual(Object.keys(zh.body.documents[0]), ['id', 'zh']);

    const en = await post({ applicant: bachelor120, date: DATE }, { 'accept-language': 'en-GB,en;q=0.9' });
    assert.equal(en.headers.get('content-language'), 'en');
    assert.deepEqual(en.body.items[0].label, { en: 'Age' });
    assert.deepEqual(en.body.version.name, { en: 'Shanghai Residence Permit Points Procedures (2022 revision)' });

    const query = await post({ applicant: bachelor120, date: DATE }, { 'accept-language': 'zh-CN' }, '?lang=en');
    assert.equal(query.headers.get('content-language'), 'en');
    assert.deepEqual(query.body.items[0].label, { en: 'Age' });

    const all = await post({ applicant: bachelor120, date: DATE }, {}, '?lang=all');
    assert.equal(all.headers.get('content-language'), 'zh, en');
    assert.deepEqual(all.body.items[0].label, { zh: '年龄', en: 'Age' });
    for (const one of [zh, en, query]) assert.equal(one.body.total, 120);
    assert.equal(all.body.total, 120);
  });

  test('an answer in one language is the lang=all answer without the other language, every kind of text included', async () => {
    const body = { applicant: rich, date: '2030-01-15' };
    const all = (await post(body, {}, '?lang=all')).body;
    assert.equal(all.status, 'vetoed');
    assert.equal(all.vetoes.length, 1);
    // beyond validity; carried reference wage; the low-confidence remote-area line (uncertain under R6); R5's check
    assert.equal(all.warnings.length, 4);
    assert.deepEqual(
      all.items.filter((i: Json) => i.alternatives.length > 0).map((i: Json) => [i.id, i.alternatives[0].points]),
      [['remoteArea', 10]],
    );
    assert.ok(all.sources.length > 0 && all.sources[0].kindLabel.zh, 'the sources, with their kinds');
    assert.deepEqual(
      all.items.filter((i: Json) => i.checks.length > 0).map((i: Json) => i.id),
      ['titleSkill'],
    );
    assert.ok(
      all.items.some((i: Json) => i.conditions.some((c: Json) => c.fix)),
      'a condition with a fix',
    );
    assert.ok(pairs(all) > 50);
    const zh = (await post(body, {}, '?lang=zh')).body;
    const en = (await post(body, {}, '?lang=en')).body;
    assert.equal(pairs(zh) + pairs(en), 0);
    assert.deepEqual(zh, keepOnly(all, 'en'));
    assert.deepEqual(en, keepOnly(all, 'zh'));
  });

  test('an unknown lang is a 422 naming it, in the language of Accept-Language', async () => {
    const res = await post({ applicant: bachelor120, date: DATE }, { 'accept-language': 'en' }, '?lang=fr');
    assert.equal(res.status, 422);
    assert.equal(res.body.errors.length, 1);
    assert.equal(res.body.errors[0].path, 'lang');
    assert.equal(res.body.errors[0].field, 'lang');
    const zh = await post({ applicant: bachelor120, date: DATE }, {}, '?lang=');
    assert.equal(zh.body.errors[0].field, '语言');
  });

  test('a single-language lang also sets the language of problems', async () => {
    const res = await post({ applicant: {}, date: DATE }, { 'accept-language': 'zh' }, '?lang=en');
    assert.equal(res.status, 422);
    assert.equal(res.body.title, 'The request has invalid fields');
    assert.equal(res.headers.get('content-language'), 'en');
  });
});

describe('validation, once', () => {
  test('the applicant and the options are named as fields of the request, all bad fields at once', async () => {
    const res = await post({ applicant: { birthDate: '1990-02-30' }, date: '2025-13-01', version: '1999' });
    assert.equal(res.status, 422);
    assert.deepEqual(
      res.body.errors.map((e: Json) => [e.path, e.field, e.message]),
      [
        ['applicant.birthDate', '申请人·出生日期', '不是有效的日历日期'],
        ['date', '日期', '不是有效的日历日期'],
        ['version', '版本', '取值无效，可选：2013、2017、2022'],
      ],
    );
  });

  test('a missing applicant is `required`; a body that is no object is one issue at the root', async () => {
    const missing = await post({ date: DATE }, { 'accept-language': 'en' });
    assert.deepEqual(missing.body.errors, [{ path: 'applicant', field: 'applicant', message: 'required' }]);
    const array = await post([bachelor120]);
    assert.equal(array.status, 422);
    assert.deepEqual(
      array.body.errors.map((e: Json) => e.path),
      ['(root)'],
    );
  });

  test('content types as for every JSON route: parameters accepted, others 415, no type and no body 422', async () => {
    const body = JSON.stringify({ applicant: bachelor120, date: DATE });
    assert.equal((await post(body, { 'content-type': 'application/json; charset=utf-8' })).status, 200);
    assert.equal((await post(body, { 'content-type': 'application/json;;;' })).status, 415);
    const raw = (payload: Uint8Array<ArrayBuffer>) => app.request('/api/v1/assess', { method: 'POST', body: payload });
    assert.equal((await raw(new TextEncoder().encode(body))).status, 415);
    const empty = await raw(new Uint8Array());
    assert.equal(empty.status, 422);
    assert.equal(((await empty.json()) as Json).errors[0].path, 'applicant');
  });

  test('OpenAPI documents the lang parameter and the shared request schema', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as Json;
    const op = doc.paths['/api/v1/assess'].post;
    assert.deepEqual(
      op.parameters.map((p: Json) => [p.name, p.in, p.schema.enum]),
      [['lang', 'query', ['zh', 'en', 'all']]],
    );
    assert.equal(op.requestBody.content['application/json'].schema.$ref, '#/components/schemas/AssessRequest');
  });
});
