// Time alone: hand-worked projections. Assessments fall on the plan date's day of each month; the exact day of each
// change is then found. Reference wage 10,338 (2022-07 → 2023-06) and 11,396 (2023-07 →, carried after 2026-06).
// A month's contribution counts toward SI years and base windows from the 1st of the next month: every count ends the
// month before the application month (W1).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plan, projectWaiting } from '../../src/planner/index.ts';
import { en, months, person, zh } from './helpers.ts';

const DATE = '2025-03-15';

/**
 * Reaches 120 by waiting 14 months. Born 1995-01-01 → age 30 → 30 points throughout (still 31 in 2026).
 * Junior-college diploma → 50. SI: 2021-06 → 2022-10 at 7,000 (below 0.8 × 9,339 = 7,471 and 0.8 × 10,338 = 8,270),
 * then 2022-11 → 2025-02 at 10,000 (0.8–1× of both 10,338 and 11,396), continuing at 10,000.
 * Today: 45 months → 3 years → 9; months ≥ 0.8× in 2021-03 → 2025-02: 2022-11 … 2025-02 = 28 < 36 → 0. Total 89.
 * - 2025-06-01: the 48th month (2021-06 + 47 = 2025-05) counts → 4 years → 12. Total 92.
 * - 2025-11-01: window 2021-11 → 2025-10 holds 2022-11 … 2025-10 = 36 months at 0.8–1× → +25. Total 117.
 * - 2026-06-01: the 60th month (2026-05) counts → 5 years → 15. Total 30 + 50 + 15 + 25 = 120: reached, 15 months
 *   after the plan date (first projection point 2026-06-15, offset 15). The point before, 2026-05-15, has 117.
 */
const waiter = person({
  birthDate: '1995-01-01',
  education: [{ level: 'associate' }],
  employment: { contributingNow: true },
  socialInsurance: [...months('2021-06', '2022-10', 7000), ...months('2022-11', '2025-02', 10000)],
});

describe('reaches 120 by waiting 14 months', () => {
  const p = projectWaiting(waiter, { date: DATE });

  it('reaches it on the day the 5th SI year completes', () => {
    assert.deepEqual(p?.reaches, { date: '2026-06-01', offset: 15, total: 120 });
    assert.equal(p?.points[14]?.total, 117);
    assert.equal(p?.points[15]?.total, 120);
  });

  it('dates each gain to its day', () => {
    const gains = p?.events.filter((e) => e.date <= '2026-06-01').map((e) => [e.date, e.item, e.from, e.to]);
    assert.deepEqual(gains, [
      ['2025-06-01', 'siYears', 9, 12],
      ['2025-11-01', 'siBase', 0, 25],
      ['2026-06-01', 'siYears', 12, 15],
    ]);
  });

  it('states the assumption it rests on, in both languages', () => {
    const a = p?.assumptions.find((x) => x.id === 'continues');
    assert.match(en(a?.text), /10,000 continue from 2025-03/);
    assert.match(zh(a?.text), /10,000元/);
  });

  it('says the later months rely on the carried-forward reference wage', () => {
    // published to 2026-06; the first assessment holding 2026-07 is 2026-07-15
    assert.equal(p?.carriedReferenceFrom, '2026-07-15');
    assert.equal(p?.points.find((x) => x.date === '2026-06-15')?.carriedReference, false);
    assert.match(en(p?.notes[0]), /carry ¥11,396 forward/);
    // the 2022 revision's stated validity ends 2027-12-31
    assert.equal(p?.beyondValidityFrom, '2028-01-15');
  });
});

describe('assumptions change the projection', () => {
  it('no contributions after 2025-06: not eligible from 2025-07-01, never reaches 120', () => {
    // July 2025 is not paid, so "employed and contributing in the application month" fails from 2025-07-01.
    const p = projectWaiting(waiter, { date: DATE, assumptions: { lastContributionMonth: '2025-06' } });
    assert.deepEqual(
      p?.statusChanges.map((c) => [c.date, c.from, c.to]),
      [['2025-07-01', 'scored', 'ineligible']],
    );
    assert.equal(p?.reaches, null);
  });

  it('a base cut to 7,000 from 2025-03 leaves the band unfilled: 119 at the horizon, never 120', () => {
    // Months ≥ 0.8× stay 2022-11 … 2025-02 = 28 < 36 → no band ever. SI years: 2021-06 … 2035-03 = 166 months →
    // 13 years → 39. Total at the horizon (2035-03-15): 30 + 50 + 39 = 119.
    const p = projectWaiting(waiter, { date: DATE, assumptions: { baseChanges: [{ from: '2025-03', base: 7000 }] } });
    assert.equal(p?.reaches, null);
    assert.equal(p?.points.at(-1)?.total, 119);
  });

  it('a marriage to a Shanghai-hukou spouse on 2025-04-01 reaches it a month sooner', () => {
    // 2026-04-01: one full year of marriage → +4; 30 + 50 + 12 + 25 + 4 = 121.
    const p = projectWaiting(waiter, { date: DATE, assumptions: { marriage: { on: '2025-04-01' } } });
    assert.deepEqual(p?.reaches, { date: '2026-04-01', offset: 13, total: 121 });
  });
});

describe('age makes waiting useless', () => {
  /**
   * Born 1975-01-10: 50 on the plan date → 17. No education. SI 2019-03 → 2025-02 at 7,460 (below 0.8× of every
   * reference from 2020-07: 7,471 / 8,270 / 9,117; the earlier qualifying months are out of the 48-month window)
   * → no band, ever. 72 months → 6 years → 18. Total 35.
   * Each year: the birthday (10 January) takes 2 points until 56 (2031-01-10: 7 → 5), and the 1 February after it
   * adds 3 SI-year points (84th month = 2026-02). From 56 to 60 age stays at 5.
   * Best total within the horizon is at its end (2035-03-15): age 60 → 5; 193 months → 16 years → 48; 53 < 120.
   */
  const p = projectWaiting(
    person({ birthDate: '1975-01-10', employment: { contributingNow: true }, socialInsurance: months('2019-03', '2025-02', 7460) }),
    {
      date: DATE,
    },
  );

  it('never reaches 120 within 120 months', () => {
    assert.equal(p?.reaches, null);
    assert.equal(p?.points[0]?.total, 35);
    assert.equal(p?.points.at(-1)?.total, 53);
    assert.ok(p?.points.every((x) => x.total < 120));
  });

  it('names each birthday on which age points fall, until 56', () => {
    const losses = p?.events.filter((e) => e.item === 'age').map((e) => [e.date, e.from, e.to]);
    assert.deepEqual(losses, [
      ['2026-01-10', 17, 15],
      ['2027-01-10', 15, 13],
      ['2028-01-10', 13, 11],
      ['2029-01-10', 11, 9],
      ['2030-01-10', 9, 7],
      ['2031-01-10', 7, 5],
    ]);
    assert.ok(p?.events.filter((e) => e.item === 'age').every((e) => e.kind === 'loss'));
  });
});

describe('a deduction expires', () => {
  /**
   * Administrative detention on 2022-05-10: −50 while within 5 years, i.e. until 2027-05-09; restored on 2027-05-10.
   * Age 30 → 30; bachelor's with degree → 90; SI 2022-03 → 2025-02 at 8,000 (below 0.8× throughout) → 9; total 79.
   * SI years: 48th month 2026-02 → 12; 60th month 2027-02 → 15. On 2027-05-10: 30 + 90 + 15 = 135 ≥ 120
   * (the day before: 85). First projection point after it: 2027-05-15, offset 26.
   */
  const p = plan(
    person({
      birthDate: '1995-01-01',
      education: [{ level: 'bachelor' }],
      employment: { contributingNow: true },
      socialInsurance: months('2022-03', '2025-02', 8000),
      records: [{ kind: 'adminDetention', date: '2022-05-10' }],
    }),
    { date: DATE },
  );

  it('restores the points on the day the look-back window ends', () => {
    const restored = p.projection?.events.find((e) => e.item === 'adminDetention');
    assert.deepEqual([restored?.date, restored?.kind, restored?.from, restored?.to], ['2027-05-10', 'restored', -50, 0]);
  });

  it('reaches 120 that day by waiting', () => {
    assert.equal(p.gap.total, 79);
    assert.deepEqual(p.projection?.reaches, { date: '2027-05-10', offset: 26, total: 135 });
  });
});

describe('a fresh-graduate bonus lapses', () => {
  /**
   * Graduated 2025-06-30, full-time, with the employment notice: +10 in the graduation year or the next (R11 default).
   * Age 23 → 30; bachelor's with degree → 90; 7 months of SI → 0. Total 130 today; from 2027-01-01 the bonus lapses
   * (120 still reached).
   */
  const p = plan(
    person({
      birthDate: '2002-05-01',
      education: [{ level: 'bachelor', obtainedOn: '2025-06-30' }],
      freshGraduate: { graduatedOn: '2025-06-30', fullTime: true, employmentNotice: true },
      socialInsurance: months('2025-01', '2025-07', 9000),
    }),
    { date: '2025-08-15' },
  );

  it('reports the lapse as a loss on 1 January and warns in the summary', () => {
    const lapse = p.projection?.events.find((e) => e.item === 'freshGraduate');
    assert.deepEqual([lapse?.date, lapse?.kind, lapse?.from, lapse?.to], ['2027-01-01', 'loss', 10, 0]);
    assert.equal(p.gap.total, 130);
    assert.match(en(p.summary), /Note: From 2027-01-01/);
  });
});
