// Every parameter, path and value of every dated policy value has words in both languages: `hujifen policy` and
// `--diff` never show a reader a raw key (before: "outOfTownSkillRule: reevaluatedInShanghai → verifiableNationally").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lookup, say } from '../../src/messages/catalogue.ts';
import { flatten } from '../../src/policy/flat.ts';
import { files, type ParamId } from '../../src/policy/index.ts';
import { paramName, pathWords, valueWords } from '../../src/policy/words.ts';

/** The catalogue keys a message and its nested parameters name. */
function keysOf(s: unknown): string[] {
  if (s === null || typeof s !== 'object') return [];
  const m = s as { key?: string; params?: Record<string, unknown> };
  return m.key === undefined ? [] : [m.key, ...Object.values(m.params ?? {}).flatMap(keysOf)];
}

describe('policy values in words', () => {
  it('every parameter, path and value of every version has a word in zh and en', () => {
    const missing = new Set<string>();
    const check = (said: unknown) => {
      for (const key of keysOf(said)) for (const lang of ['zh', 'en'] as const) if (!lookup(lang, key)) missing.add(`${lang}:${key}`);
    };
    for (const id of Object.keys(files) as ParamId[]) {
      check(paramName(id));
      for (const v of files[id].values as { value: unknown }[])
        for (const [path, value] of flatten(v.value)) {
          check(pathWords(path, v.value));
          check(valueWords(value));
        }
    }
    assert.deepEqual([...missing], []);
  });

  it('a path reads field by field, an SI band by its id, a list item by item', () => {
    const siBase = (files.siBase.values.at(-1) as { value: unknown }).value;
    assert.equal(say('zh', pathWords('tiers[3].windowMonths', siBase)), '档次 · 3倍档 · 统计期（月）');
    assert.equal(say('en', pathWords('tiers[3].windowMonths', siBase)), 'bands · 3× band · window (months)');
    assert.equal(say('zh', valueWords('[familyPlanning, seriousCrime]')), '违反计划生育、严重刑事犯罪');
    assert.equal(say('en', valueWords('verifiableNationally')), 'verifiable in the national database or on the Shanghai HRSS website');
    assert.equal(say('en', valueWords('36')), '36');
    assert.equal(say('zh', valueWords(undefined)), '（无）');
    assert.equal(say('zh', paramName('eligibility')), '申请条件');
  });
});
