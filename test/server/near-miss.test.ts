/** POST /api/v1/assess answers the planner's near miss beside the assessment (test/planner/helpers.ts works it out). */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { createLogger } from '../../src/server/logger.ts';
import { NEAR_DATE, nearMissApplicant } from '../planner/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'hujifen-near-'));
const database = await openDatabase({ dataDir: dir });
after(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});
const app = createApp({ database, logger: createLogger('silent') });

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field, as JSON.
async function post(body: unknown, query = ''): Promise<any> {
  const res = await app.request(`/api/v1/assess${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 200);
  return res.json();
}

describe('POST /assess: the near miss beside the assessment', () => {
  test('dated, with its points and items, in the language asked for', async () => {
    const a = await post({ applicant: nearMissApplicant, date: NEAR_DATE }, '?lang=zh');
    assert.equal(a.scoreIfEligible, 96);
    assert.deepEqual(
      { date: a.nearMiss.date, points: a.nearMiss.points, scoreIfEligible: a.nearMiss.scoreIfEligible, items: a.nearMiss.items },
      { date: '2027-06-01', points: 53, scoreIfEligible: 149, items: ['siYears', 'siBase'] },
    );
    assert.match(a.nearMiss.text.zh, /^2027-06 起 \+53 分：/);
    assert.equal(a.nearMiss.text.en, undefined);
    const all = await post({ applicant: nearMissApplicant, date: NEAR_DATE }, '?lang=all');
    assert.match(all.nearMiss.text.en, /^From 2027-06, \+53 points: /);
  });

  test('null when a version is pinned, and described in the OpenAPI document', async () => {
    const a = await post({ applicant: nearMissApplicant, date: NEAR_DATE, version: '2022' });
    assert.equal(a.nearMiss, null);
    const doc = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, { post: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } }>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const ref = doc.paths['/api/v1/assess']?.post.responses['200']?.content['application/json']?.schema.$ref ?? '';
    const schema = doc.components.schemas[ref.split('/').pop() ?? ''];
    assert.ok(schema?.properties['nearMiss'], ref);
  });
});
