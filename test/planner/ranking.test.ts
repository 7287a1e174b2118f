// Ranking: earliest day of reaching 120 first; ties broken by fewer assumptions, then higher confidence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rank } from '../../src/planner/ranking.ts';
import type { Action } from '../../src/planner/types.ts';

function a(id: string, reach: string | null, assumptions: number, confidence: Action['confidence']): Action {
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
    cost: { extraYuanPerMonth: 0, monthsUntilCounts: 0, exam: false, text: { zh: '', en: '' } },
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
      // 2026-01 is in the second year after 2025-01, 2027-01 in the third
      ['best', 'lowConf', 'twoAssumptions', 'late', 'never'],
    );
  });
});
