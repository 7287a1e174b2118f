// The gap today and the cases with no plan (veto, outside the scheme) or a plan that starts later (not eligible).
// Reference wage (talent domain, RULES.md §4.2): 11,396 from 2023-07; W1: windows end the month before the plan month.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plan } from '../../src/planner/index.ts';
import { en, months, person, zh } from './helpers.ts';

const DATE = '2025-03-15';

describe('exactly at 120', () => {
  // Age 30 on 2025-03-15 (born 1995-01-01) → 30 (≤ 43). Bachelor's with degree → 90. 8 months of SI
  // (2024-07 → 2025-02) → 0 full years → 0; base 8,000 < 0.8 × 11,396 = 9,116.8 → no base band.
  // Eligible: 8 of the 12 months 2024-03 → 2025-02 (≥ 6). Total 30 + 90 = 120: gap 0, reached today.
  const p = plan(
    person({ birthDate: '1995-01-01', education: [{ level: 'bachelor' }], socialInsurance: months('2024-07', '2025-02', 8000) }),
    { date: DATE },
  );

  it('has a gap of 0, reached on the plan date', () => {
    assert.equal(p.gap.status, 'scored');
    assert.equal(p.gap.total, 120);
    assert.equal(p.gap.points, 0);
    assert.equal(p.gap.reachedToday, true);
    assert.equal(p.gap.version.id, '2022');
    assert.deepEqual(p.projection?.reaches, { date: DATE, offset: 0, total: 120 });
  });

  it('proposes no action once reached, and says so', () => {
    assert.deepEqual(p.actions, []);
    assert.match(en(p.summary), /reached/);
    assert.match(zh(p.summary), /已达到/);
  });
});

describe('vetoed', () => {
  // A serious criminal record is a veto under the 2022 revision (§2.6): no plan whatever the points (here 133).
  const p = plan(
    person({
      birthDate: '1995-01-01',
      education: [{ level: 'master' }],
      socialInsurance: months('2024-01', '2025-02', 12000),
      records: [{ kind: 'seriousCrime', date: '2020-05-01' }],
    }),
    { date: DATE },
  );

  it('makes no plan and gives the reason', () => {
    assert.equal(p.gap.status, 'vetoed');
    assert.equal(p.projection, null);
    assert.deepEqual(p.actions, []);
    assert.deepEqual(
      p.vetoes.map((v) => [v.id, v.date]),
      [['seriousCrime', '2020-05-01']],
    );
    assert.match(en(p.summary), /veto/i);
    assert.match(zh(p.summary), /一票否决/);
  });
});

describe('outside the scheme', () => {
  // Born 1964-01-01: 61 on 2025-03-15, over 60 (R10) → outside the scheme, no plan.
  const p = plan(person({ birthDate: '1964-01-01', socialInsurance: months('2024-01', '2025-02', 12000) }), { date: DATE });

  it('says so and makes no plan', () => {
    assert.equal(p.gap.status, 'outsideScheme');
    assert.equal(p.projection, null);
    assert.match(en(p.outsideScheme), /61/);
    assert.match(zh(p.summary), /不在积分适用范围内/);
  });
});

describe('not eligible yet', () => {
  // 3 months of SI (2024-12 → 2025-02): 3 of 6 needed in the 12 months before the plan month → ineligible.
  // Score once eligible: age 30 + master's 100 = 130. Contributions continue at 12,000: on a day in month M the
  // window is M−12 … M−1, which holds 6 paid months from M = 2025-06 (2024-12 … 2025-05) → eligible from 2025-06-01,
  // and 130 ≥ 120 the same day.
  const p = plan(
    person({
      birthDate: '1995-01-01',
      education: [{ level: 'master' }],
      employment: { contributingNow: true },
      socialInsurance: months('2024-12', '2025-02', 12000),
    }),
    { date: DATE },
  );

  it('names the failed condition and the day it is met', () => {
    assert.equal(p.gap.status, 'ineligible');
    assert.equal(p.gap.total, 0);
    assert.equal(p.gap.scoreIfEligible, 130);
    assert.deepEqual(
      p.eligibility?.failed.map((c) => c.id),
      ['siMonths'],
    );
    assert.equal(p.eligibility?.eligibleFrom, '2025-06-01');
    const change = p.projection?.statusChanges[0];
    assert.deepEqual([change?.date, change?.from, change?.to], ['2025-06-01', 'ineligible', 'scored']);
  });

  it('plans from there: waiting reaches 120 on the eligibility day', () => {
    assert.deepEqual(p.projection?.reaches, { date: '2025-06-01', offset: 3, total: 130 });
    assert.match(en(p.summary), /eligible from 2025-06-01/);
  });
});

describe('options are checked', () => {
  const a = person({ birthDate: '1995-01-01', socialInsurance: months('2024-07', '2025-02', 8000) });
  it('rejects a horizon that is not 1–600 whole months', () => {
    assert.throws(() => plan(a, { date: DATE, horizonMonths: 0 }), RangeError);
    assert.throws(() => plan(a, { date: DATE, horizonMonths: 12.5 }), RangeError);
  });
  it('rejects an assumption dated before the plan month (the past is facts)', () => {
    assert.throws(() => plan(a, { date: DATE, assumptions: { baseChanges: [{ from: '2025-01', base: 12000 }] } }), RangeError);
    assert.throws(() => plan(a, { date: DATE, assumptions: { marriage: { on: '2025-01-01' } } }), RangeError);
  });
});
