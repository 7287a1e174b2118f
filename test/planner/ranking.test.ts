// Ranking: how soon (the year of reaching 120), then how hard (yuan a month, an exam), then the day; ties broken by
// fewer assumptions, then higher confidence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rank } from '../../src/planner/ranking.ts';
import type { Action } from '../../src/planner/types.ts';

function a(id: string, reach: string | null, assumptions: number, confidence: Action['confidence'], yuan = 0, exam = false): Action {
  return {
    id,
    kind: 'siBase',
    title: { zh: id, en: id },
    points: 10,
    availableFrom: '2025-01-01',
    countsFrom: '2025-06-01',
    reaches: reach ? { date: reach, offset: 0, total: 120 } : null,
    conditions: [],
    assumptions: Array.from({ length: assumptions }, (_, i) => ({ id: `${id}${i}`, text: { zh: '', en: '' } })),
    confidence,
    readings: {},
    cost: { extraYuanPerMonth: yuan, monthsUntilCounts: 0, exam, text: { zh: '', en: '' } },
    facts: {},
    informationOnly: false,
  };
}

describe('rank', () => {
  it('orders by reach date, then assumptions, then confidence; never-reaching last', () => {
    const ranked = rank(
      [
        a('never', null, 0, 'high'),
        a('late', '2027-01-01', 0, 'high'),
        a('lowConf', '2026-01-01', 1, 'low'),
        a('twoAssumptions', '2026-01-01', 2, 'high'),
        a('best', '2026-01-01', 1, 'medium'),
      ],
      '2025-01-01',
    );
    assert.deepEqual(
      ranked.map((x) => x.id),
      // 2026-01 is within 12 months of 2025-01, 2027-01 within 24: the date decides
      ['best', 'lowConf', 'twoAssumptions', 'late', 'never'],
    );
  });
});

describe('rank: how soon, then how hard', () => {
  it('within the same 12 months the cheaper first; a later year after; never last', () => {
    const ranked = rank(
      [
        a('never', null, 0, 'high'),
        a('dear', '2025-03-01', 0, 'high', 26000, false), // 2 months after the plan month
        a('exam', '2025-12-01', 0, 'high', 0, true), // 11 months
        a('cheap', '2026-01-01', 0, 'high', 2000, false), // 12 months: still the first year
        a('free', '2026-01-01', 0, 'high', 0, false),
        a('nextYear', '2026-02-01', 0, 'high', 0, false), // 13 months: the second year
      ],
      '2025-01-15',
    );
    assert.deepEqual(
      ranked.map((x) => x.id),
      ['free', 'exam', 'cheap', 'dear', 'nextYear', 'never'],
    );
  });
});
