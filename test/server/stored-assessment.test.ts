// Stored assessments keep showing what they showed (issue 15). A result stored before messages holds Texts: rendering
// passes them through, so the API shows it exactly as the old code did (the fixture is the old code's own output:
// the stored JSON and its zh and en answers). A result stored now holds messages and is rendered on read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { assess, parseApplicant } from '../../src/engine/index.ts';
import type { Assessment } from '../../src/engine/types.ts';
import { renderAssessment } from '../../src/explain/render.ts';
import { renderStored, sameResult } from '../../src/server/http/localise.ts';
import { caseFiles } from '../engine/case-files.ts';

interface Stored {
  name: string;
  stored: Assessment;
  zh: unknown;
  en: unknown;
}

const fixture = JSON.parse(readFileSync(new URL('fixtures/stored-before-messages.json', import.meta.url), 'utf8')) as Stored[];
const json = (x: unknown) => JSON.parse(JSON.stringify(x));

function assessedNow(name: string): Assessment {
  for (const { file, cases } of caseFiles())
    for (const c of cases)
      if (`${file}: ${c.name}` === name)
        return assess(parseApplicant(c.applicant), { date: c.date, version: c.version, readings: c.readings });
  throw new Error(`no case ${name}`);
}

/** The words of a rendered result, without the keys and parameters beside them. */
function words(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(words);
  if (x === null || typeof x !== 'object') return x;
  const text = 'zh' in x || 'en' in x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) if (!(text && (k === 'key' || k === 'params'))) out[k] = words(v);
  return out;
}

describe('stored assessments', () => {
  it('the fixture covers a score with deductions, an ineligible and a vetoed result, and one with alternatives', () => {
    assert.deepEqual(
      fixture.map((f) => f.stored.status),
      ['scored', 'ineligible', 'vetoed', 'scored'],
    );
  });

  for (const f of fixture) {
    it(`stored before messages, shown as before: ${f.name}`, () => {
      assert.deepEqual(json(renderAssessment(f.stored, 'zh')), f.zh);
      assert.deepEqual(json(renderAssessment(f.stored, 'en')), f.en);
      assert.deepEqual(json(renderStored({ id: 'a', result: f.stored }).result), json(f.stored));
    });

    it(`stored now as messages, rendered on read to the same words: ${f.name}`, () => {
      const now = json(assessedNow(f.name)) as Assessment;
      assert.ok(JSON.stringify(now).includes('"key":"engine:'), 'the stored form holds messages');
      const zh = json(renderAssessment(now, 'zh'));
      assert.deepEqual(words(zh), f.zh);
      assert.ok(zh.items[0].explanation.key.startsWith('engine:age.'), 'the key is beside the text');
      const en = words(json(renderAssessment(now, 'en')));
      // The one intended change in English: a deduction's restoration names its look-back (zh and en take the same facts).
      const restored = /^no longer deducted after (\d{4}-\d{2}-\d{2}), \d+ years on$/;
      const fix = (x: unknown): unknown =>
        JSON.parse(JSON.stringify(x), (k, v) =>
          k === 'en' && typeof v === 'string' && restored.test(v) ? v.replace(restored, 'no longer deducted after $1') : v,
        );
      assert.deepEqual(fix(en), f.en);
      assert.equal(sameResult(now, f.stored), JSON.stringify(en) === JSON.stringify(f.en));
    });
  }
});
