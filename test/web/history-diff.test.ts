// The history diff's two halves, without a browser: which facts differ between two stored inputs, and which
// items' counted points moved between two assessments (worked by hand from the rules, test/web/applicants.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseApplicant } from '../../src/applicant/index.ts';
import { assess } from '../../src/engine/index.ts';
import { factChanges, itemMoves, readingChanges } from '../../web/src/workspace/history-diff.ts';
import { li } from './applicants.ts';

describe('history diff', () => {
  it('names a changed value, an added list entry and a removed field by path', () => {
    const before = { birthDate: '1983-02-14', certificates: [], marriage: { spouseShanghaiHukou: true, marriedOn: '2015-10-01' } };
    const after = { birthDate: '1983-02-14', certificates: [{ kind: 'title', name: '工程师' }] };
    assert.deepEqual(
      factChanges(before, after).map((c) => [c.path, c.before, c.after]),
      [
        ['certificates', [], undefined],
        ['marriage.spouseShanghaiHukou', true, undefined],
        ['marriage.marriedOn', '2015-10-01', undefined],
        ['certificates[0].kind', undefined, 'title'],
        ['certificates[0].name', undefined, '工程师'],
      ],
    );
    assert.deepEqual(factChanges(before, structuredClone(before)), [], 'nothing differs');
  });

  it('moves only the items whose counted points differ: 李女士 married four years later', () => {
    const a = assess(parseApplicant(li.input), { date: li.date });
    const b = assess(parseApplicant({ ...li.input, marriage: { spouseShanghaiHukou: true, marriedOn: '2019-10-01' } }), { date: li.date });
    // 2015-10-01 → 2025-06-15: 9 full years × 4 = 36; 2019-10-01 → 5 full years × 4 = 20
    assert.deepEqual(
      itemMoves(a, b).map((m) => [m.id, m.before, m.after]),
      [['spouse', 36, 20]],
    );
    assert.deepEqual(readingChanges(a, b), []);
    // 本科 with its degree is 90 instead of 60, still below the skill level's 100 it is chosen against (Art. 11):
    // counted in neither, so not a move
    const c = assess(parseApplicant({ ...li.input, education: [{ level: 'bachelor', degree: true, fullTime: true }] }), { date: li.date });
    assert.deepEqual([c.items.find((i) => i.id === 'education')?.points, c.items.find((i) => i.id === 'education')?.counted], [90, false]);
    assert.deepEqual(itemMoves(a, c), []);
  });
});
