import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { entries, namesOf, type SearchResult, search } from '../../src/catalog/index.ts';

// Characters of the catalogues themselves, so generated queries often match something (and sometimes typo-match).
const catalogueChars = [
  ...new Set(
    (['skillOccupations', 'qualifications', 'shortageMajors'] as const).flatMap((c) =>
      entries(c).flatMap((e) => [...namesOf(e), ...e.aliases].join('').split('')),
    ),
  ),
];

function wellFormed(r: SearchResult, limit: number): void {
  assert.ok(r.hits.length <= limit);
  for (let i = 1; i < r.hits.length; i++) assert.ok(r.hits[i - 1]!.rank <= r.hits[i]!.rank, 'sorted by rank');
  assert.equal(new Set(r.hits.map((h) => h.entry.id)).size, r.hits.length, 'each entry at most once');
  // `found` looks at every match, the hits only at the first `limit`
  if (r.hits.some((h) => h.match !== 'typo')) assert.equal(r.found, true);
  if (!r.found) assert.ok(r.hits.every((h) => h.match === 'typo'));
  if (r.found) assert.equal(r.notFound, null);
}

describe('search properties', () => {
  it('never throws on arbitrary strings and returns hits sorted by rank', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.integer({ min: 0, max: 20 }), (q, limit) => {
        wellFormed(search(q, { limit }), limit);
      }),
      { numRuns: 500 },
    );
  });

  it('the same holds for queries made of catalogue characters and pinyin letters', () => {
    const unit = fc.constantFrom(...catalogueChars, ...'abcdefghijklmnopqrstuvwxyz（）() ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (q) => {
        wellFormed(search(q), 10);
      }),
      { numRuns: 1000 },
    );
  });

  it('a name with one character changed still finds the entry (typo) or something better', () => {
    const names = entries('skillOccupations').map((e) => e.name);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), fc.constantFrom(...'甲乙丙丁'), (name, at, ch) => {
        const i = at % name.length;
        const typo = name.slice(0, i) + ch + name.slice(i + 1);
        assert.ok(
          search(typo, { limit: 200 }).hits.some((h) => h.entry.name === name),
          `${typo} → ${name}`,
        );
      }),
      { numRuns: 300 },
    );
  });
});
