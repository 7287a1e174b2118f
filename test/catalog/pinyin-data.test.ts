import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { computePinyinTable, PINYIN_FILE } from '../../scripts/build-pinyin.ts';

test('policy/catalogs/pinyin.json is up to date with the catalogues (rerun scripts/build-pinyin.ts)', () => {
  assert.deepEqual(JSON.parse(readFileSync(PINYIN_FILE, 'utf8')), computePinyinTable());
});

test('the pinyin table holds full pinyin and initials', () => {
  const table = computePinyinTable();
  assert.deepEqual(table['电工'], ['diangong', 'dg']);
  assert.deepEqual(table['焊工'], ['hangong', 'hg']);
});
