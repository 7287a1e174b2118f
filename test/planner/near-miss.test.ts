// The near miss: what waiting alone changes in the coming year, said first on every door. Hand-worked from RULES.md
// (§2.3 age, education, SI years; §2.4 row 5 base bands; W1: every count ends the month before the application
// month; R8: reference 11,396 from 2023-07, carried after 2026-06).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NEAR_MISS_MONTHS, nearMiss, plan } from '../../src/planner/index.ts';
import { en, months, NEAR_DATE, nearMissApplicant, person, zh } from './helpers.ts';

describe('near miss: the first change by waiting alone within the coming year', () => {
  const a = person(nearMissApplicant);

  it('dates it, counts its points from the score once eligible, names the items', () => {
    const n = nearMiss(a, { date: NEAR_DATE });
    assert.equal(n?.date, '2027-06-01');
    assert.equal(n?.points, 53);
    assert.equal(n?.scoreIfEligible, 149);
    assert.deepEqual(n?.items, ['siYears', 'siBase']);
    assert.match(zh(n?.text), /^2027-06 起 \+53 分：/);
    assert.match(en(n?.text), /^From 2027-06, \+53 points: /);
  });

  it('is the same as the full plan’s', () => {
    const p = plan(a, { date: NEAR_DATE });
    assert.equal(p.gap.scoreIfEligible, 96);
    assert.deepEqual(p.nearMiss, nearMiss(a, { date: NEAR_DATE }));
  });

  it('is the first change of the year, however small', () => {
    // From 2025-01: 2025-01 … 2026-11 = 23 months → 1 year → 3; the 24th month (2026-12) counts from 2027-01-01:
    // 2 years → 6 (+3). The base band (36 months) waits until 2028-01-01, past the coming year.
    const later = person({ ...nearMissApplicant, socialInsurance: months('2025-01', '2026-12', 12000) });
    const n = nearMiss(later, { date: NEAR_DATE });
    assert.deepEqual([n?.date, n?.points, n?.items], ['2027-01-01', 3, ['siYears']]);
  });

  it('is null when waiting changes nothing within 12 months', () => {
    // No contributions, none coming: age 30 and education 60 stay as they are past 2027-12-06.
    assert.equal(NEAR_MISS_MONTHS, 12);
    const idle = person({ ...nearMissApplicant, employment: { contributingNow: false }, socialInsurance: [] });
    assert.equal(nearMiss(idle, { date: NEAR_DATE }), null);
    assert.equal(plan(idle, { date: NEAR_DATE }).nearMiss, null);
  });
});
