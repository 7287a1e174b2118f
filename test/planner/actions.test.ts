// Ways to add points, each worked out by hand from the rules. Reference wage (talent domain): 9,339 (2020-07 →
// 2021-06), 10,338 (2021-07 → 2023-06), 11,396 (2023-07 →); SI upper limits 28,017 / 34,188 (2022-07) / 36,921
// (2024-07) / 37,302 (2025-07). Band months are counted in the window ending the month before the assessment (W1).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plan } from '../../src/planner/index.ts';
import type { Action, Plan } from '../../src/planner/types.ts';
import { en, months, person } from './helpers.ts';

const DATE = '2025-03-15';

function action(p: Plan, id: string): Action {
  const a = [...p.actions, ...p.information].find((x) => x.id === id);
  assert.ok(a, `action ${id}`);
  return a;
}

describe('raising the base to 2× is the fastest path', () => {
  /**
   * Born 1980-01-01 → 45 → 27. No education. SI: 2022-03 → 2024-02 at 25,000 (≥ 2× 10,338 = 20,676 and ≥ 2× 11,396 =
   * 22,792; < 3×), then 2024-03 → 2025-02 at 8,000 (< 0.8×). SI years 3 → 9. Total 36. Every band has 24 months.
   * Waiting never reaches 120: 8,000 fills no band and age falls 2 a year.
   * Raise to 2×: 2 × 11,396 = 22,792 a month from 2025-03 (below the 36,921 limit). The 24 old months stay in the
   * 48-month window while it ends ≤ 2026-02; 12 new months (2025-03 … 2026-02) make 36 → 100 points from 2026-03-01:
   * age 46 → 25, 49 months → 12, 25 + 12 + 100 = 137 ≥ 120.
   * Raise to 3× (34,188) fills the 2× band the same day (≥ 2× months count toward it, R9), so it also reaches
   * 2026-03-01, but its own band (24 of 36 months at 3×) only counts from 2027-03-01: the tie goes to 2×.
   * 0.8× (9,117) and 1× (11,396) bands also fill on 2026-03-01 but give 25 / 50: never 120.
   * Combined, the 1× base (11,396, 3,396 a month more) and a mid-level title in 12 months (2026-03-15): the base
   * opens the title's gate (6 of 12 months at ≥ 1× from 2025-09-01) → 100, and its 12 months with the 24 at 25,000 fill
   * the 1× band → 50: 25 + 100 + 12 + 50 = 187 on 2026-03-15, waiting 37 → +150. Both it and 2× reach within 12
   * months (2026-03 is 12 months after 2025-03); the pair costs 3,396 a month and an exam, 2× 14,792 a month: the
   * cheaper comes first (RANKING_RULE), then 2×, then 3× (26,188 a month).
   */
  const p = plan(
    person({
      birthDate: '1980-01-01',
      employment: { contributingNow: true },
      socialInsurance: [...months('2022-03', '2024-02', 25000), ...months('2024-03', '2025-02', 8000)],
    }),
    { date: DATE },
  );

  it('ranks the 1× base with a mid-level title first (cheaper, same year), then 2× with the yuan amount and the day', () => {
    assert.equal(p.projection?.reaches, null);
    const pair = p.actions[0];
    assert.equal(pair?.id, 'midTitle.title+siBase.x1');
    assert.deepEqual([pair?.countsFrom, pair?.points, pair?.reaches?.total], ['2026-03-15', 150, 187]);
    assert.deepEqual([pair?.cost.extraYuanPerMonth, pair?.cost.exam], [3396, true]);
    const first = p.actions[1];
    assert.equal(first?.id, 'siBase.x2');
    assert.deepEqual([first?.cost.extraYuanPerMonth, first?.cost.exam, first?.cost.monthsUntilCounts], [14792, false, 12]);
    assert.equal(first?.facts['monthlyBase'], 22792);
    assert.equal(first?.countsFrom, '2026-03-01');
    assert.equal(first?.points, 100);
    assert.deepEqual(first?.reaches, { date: '2026-03-01', offset: 12, total: 137 });
    assert.match(en(first?.title), /¥22,792/);
  });

  it('keeps 3× after 2× (same day, more yuan) and the lower bands without a date', () => {
    const x3 = action(p, 'siBase.x3');
    assert.equal(p.actions[2]?.id, 'siBase.x3');
    assert.equal(x3.facts['monthlyBase'], 34188);
    assert.equal(x3.facts['upperLimit'], 36921);
    assert.equal(x3.countsFrom, '2027-03-01');
    assert.equal(x3.reaches?.date, '2026-03-01');
    assert.equal(action(p, 'siBase.x1').facts['monthlyBase'], 11396);
    assert.equal(action(p, 'siBase.x0_8').facts['monthlyBase'], 9117);
    assert.equal(action(p, 'siBase.x1').reaches, null);
  });

  it('carries the readings and the low confidence of the carried reference wage', () => {
    const x2 = action(p, 'siBase.x2');
    assert.deepEqual(Object.keys(x2.readings).sort(), ['R8', 'R9', 'W1']);
    assert.equal(x2.confidence, 'low');
    assert.ok(x2.conditions.some((c) => c.id === 'declaredBase' && c.status === 'confirm'));
  });
});

describe('when age makes waiting useless, the 3× band still works', () => {
  /**
   * Born 1975-01-10, 50 → 17; SI 2019-03 → 2025-02 at 7,460; total 35; waiting never reaches (projection tests).
   * 3× (34,188) from 2025-03: 24 months 2025-03 … 2027-02 → 120 points from 2027-03-01: age 52 → 13, 97 months → 24,
   * 13 + 24 + 120 = 157. 2× (22,792): 36 months → 2028-03-01: age 53 → 11, 109 months → 27, 11 + 27 + 100 = 138.
   * The 1× base (11,396: 3,936 a month more) with a mid-level title on 2026-03-15: age 51 → 15, the gate met (12 of
   * 12 months at 1×) → 100, 84 months → 21, the 1× band only 12 of 36 → 0: 136, within the first 12 months: first.
   */
  const p = plan(
    person({ birthDate: '1975-01-10', employment: { contributingNow: true }, socialInsurance: months('2019-03', '2025-02', 7460) }),
    { date: DATE },
  );

  it('ranks the title with the 1× base, then 3×, then 2×', () => {
    assert.deepEqual(
      p.actions.slice(0, 3).map((a) => [a.id, a.reaches?.date, a.reaches?.total]),
      [
        ['midTitle.title+siBase.x1', '2026-03-15', 136],
        ['siBase.x3', '2027-03-01', 157],
        ['siBase.x2', '2028-03-01', 138],
      ],
    );
  });
});

describe('a skill certificate is the fastest path', () => {
  /**
   * Born 1995-01-01 → 30. Post 焊工; holds 焊工 level 4 (catalogue item 30) → 30 (levels 3–5 are not gated).
   * SI 2021-11 → 2025-02 at 10,000: 40 months → 9; all 40 at 0.8–1× (≥ 8,270 / 9,117) → 25. Total 94.
   * Waiting: 85 + 3 × years ≥ 120 needs 12 years = 144 months, 2021-11 → 2033-10; the SI years count the months
   * before the application month (W1, as the base bands do), so the 144th counts from 2033-11-01 (121).
   * Level 3 in 6 months (2025-09-15, the default lead time): 60 instead of 30 → 30 + 60 + 9 + 25 = 124 → reached
   * that day. Same occupation as the certificate held.
   */
  const p = plan(
    person({
      birthDate: '1995-01-01',
      employment: { contributingNow: true, post: '焊工' },
      certificates: [
        { kind: 'skill', name: '焊工', skillLevel: 4, obtainedOn: '2023-06-01', whileWorkingInShanghai: true, matchesPost: true },
      ],
      socialInsurance: months('2021-11', '2025-02', 10000),
    }),
    { date: DATE },
  );

  it('ranks level 3 first, six months out', () => {
    assert.equal(p.gap.total, 94);
    assert.equal(p.projection?.reaches?.date, '2033-11-01');
    const first = p.actions[0];
    assert.equal(first?.id, 'skill.level3');
    assert.deepEqual(
      [first?.availableFrom, first?.countsFrom, first?.points, first?.reaches?.date],
      ['2025-09-15', '2025-09-15', 30, '2025-09-15'],
    );
    assert.equal(first?.facts['occupation'], '焊工');
    assert.equal(first?.facts['basis'], 'certificate');
  });

  it('states its lead time as an assumption and the appraisal requirements as unchecked', () => {
    const first = p.actions[0];
    assert.match(en(first?.assumptions[0]?.text), /6 months/);
    assert.ok(first?.conditions.some((c) => c.id === 'appraisalRequirements' && c.status === 'confirm'));
  });
});

describe('a mid-level qualification and the 1× gate', () => {
  /**
   * Born 1990-06-01 → 34 → 30. Junior college → 50. Post 会计 → suggested: 会计专业技术资格(中级) (catalogue item 20,
   * 会计师). SI 2023-03 → 2025-02: 24 months → 6; no band yet. Total 86.
   * Base 12,000 (≥ 1× 11,396): in 12 months (2026-03-15) the qualification counts: 100 instead of 50 → +50; the gate
   * (6 of the 12 months 2025-03 → 2026-02 at ≥ 1×) is met. Waiting already reaches 120 on 2026-03-01, when the 1× band
   * fills (2023-03 … 2026-02 = 36 months): 30 + 50 + 9 + 50 = 139 — so the qualification cannot make it sooner.
   * Base 10,000 (< 1×): the gate never opens, the qualification never counts → skipped, with the gate as reason.
   */
  const accountant = (base: number) =>
    person({
      birthDate: '1990-06-01',
      education: [{ level: 'associate' }],
      employment: { contributingNow: true, post: '会计' },
      socialInsurance: months('2023-03', '2025-02', base),
    });

  it('suggests the catalogue qualification matching the post, with the appointment conditions', () => {
    const p = plan(accountant(12000), { date: DATE });
    const q = action(p, 'midTitle.qualification');
    assert.equal(q.facts['qualification'], '会计专业技术资格(中级)');
    assert.deepEqual([q.availableFrom, q.countsFrom, q.points], ['2026-03-15', '2026-03-15', 50]);
    assert.equal(q.reaches?.date, '2026-03-01');
    assert.ok(q.conditions.some((c) => c.id === 'appointment' && c.status === 'confirm'));
    assert.ok(q.conditions.some((c) => c.id === 'baseGate' && c.status === 'met'));
    assert.equal(q.readings['R16'], 'appointedAndSeriesConditions');
  });

  it('skips it, naming the gate, when the base stays under 1×', () => {
    const p = plan(accountant(10000), { date: DATE });
    assert.equal(
      p.actions.find((a) => a.id === 'midTitle.qualification'),
      undefined,
    );
    const s = p.skipped.find((x) => x.id === 'midTitle.qualification');
    assert.match(en(s?.reason), /≥ 1×/);
  });
});

describe('a degree upgrade', () => {
  // The 14-month waiter (projection tests): junior college 50 → part-time bachelor's with degree 90: +40 on the day it
  // is awarded, 30 months out by default (2027-09-15), or as the caller sets it.
  const waiter = person({
    birthDate: '1995-01-01',
    education: [{ level: 'associate' }],
    employment: { contributingNow: true },
    socialInsurance: [...months('2021-06', '2022-10', 7000), ...months('2022-11', '2025-02', 10000)],
  });

  it('defaults to 2.5 years and says so', () => {
    const d = action(plan(waiter, { date: DATE }), 'degree.bachelor');
    assert.deepEqual([d.availableFrom, d.countsFrom, d.points], ['2027-09-15', '2027-09-15', 40]);
    assert.match(en(d.assumptions[0]?.text), /default 2\.5 years/);
    // waiting alone reaches 120 on 2026-06-01 (the SI years count the months before the application month, W1),
    // before the degree: that date stands
    assert.equal(d.reaches?.date, '2026-06-01');
  });

  it('takes the caller’s study time', () => {
    const d = action(plan(waiter, { date: DATE, assumptions: { degreeMonths: 24 } }), 'degree.bachelor');
    assert.equal(d.availableFrom, '2027-03-15');
  });
});

describe('Lingang before and after 2024-08-21', () => {
  // Bachelor's without degree 60 + age 30 = 90, six months of SI at 8,000: not reached, so actions are planned.
  const base = {
    birthDate: '1995-01-01',
    education: [{ level: 'bachelor' as const, degree: false }],
    employment: { contributingNow: true },
  };

  it('a move on 2023-03-01 counts from 2024-08-21, when the 3-year wait is dropped', () => {
    // 1 full year on 2024-03-01, but Lingang points count only after 3 years until 2024-08-20; from 2024-08-21 they
    // count from the first year: 1 year × 2 = 2 points that day. A new town (5 years, then all years, R6): a period counts
    // its last day, so 2023-03-01 → 2028-02-29 is 5 full years → 2028-02-29, 10.
    const p = plan(person({ ...base, socialInsurance: months('2022-09', '2023-02', 8000) }), { date: '2023-03-01' });
    const l = action(p, 'remoteArea.lingang');
    assert.deepEqual([l.countsFrom, l.points], ['2024-08-21', 2]);
    const t = action(p, 'remoteArea.newTown');
    assert.deepEqual([t.countsFrom, t.points], ['2028-02-29', 10]);
    assert.equal(t.readings['R6'], 'allYearsOnceReached');
  });

  it('a move on 2024-09-01 counts after one year', () => {
    // 2024-09-01 → 2025-08-31 is one full year, its last day counted
    const p = plan(person({ ...base, socialInsurance: months('2024-03', '2024-08', 8000) }), { date: '2024-09-01' });
    const l = action(p, 'remoteArea.lingang');
    assert.deepEqual([l.countsFrom, l.points], ['2025-08-31', 2]);
  });

  it('a move on 2021-06-01 counts after three years, all three at once', () => {
    // 3 full years on 2024-05-31, its last day counted (3-year rule still in force) → 3 × 2 = 6.
    const p = plan(person({ ...base, socialInsurance: months('2020-12', '2021-05', 6000) }), { date: '2021-06-01' });
    const l = action(p, 'remoteArea.lingang');
    assert.deepEqual([l.countsFrom, l.points], ['2024-05-31', 6]);
  });
});

describe('the fresh-graduate bonus', () => {
  // Graduated 2025-06-30, full-time, no employment notice yet: the bonus is 0 until the notice is collected.
  // Age 23 → 30, bachelor's without degree 60 → 90 today.
  const graduate = (date: string, to: string) =>
    plan(
      person({
        birthDate: '2002-05-01',
        education: [{ level: 'bachelor', degree: false, obtainedOn: '2025-06-30' }],
        freshGraduate: { graduatedOn: '2025-06-30', fullTime: true, employmentNotice: false },
        employment: { contributingNow: true },
        socialInsurance: months('2025-01', to, 9000),
      }),
      { date },
    );

  it('is an action within the graduation year: +10 at once', () => {
    const f = action(graduate('2025-08-15', '2025-07'), 'freshGraduate.notice');
    assert.deepEqual([f.countsFrom, f.points], ['2025-08-15', 10]);
    assert.equal(f.readings['R11'], 'graduationYearOrNext');
    // in the graduation year both readings of R11 give the +10: certain (issue 13's confidence rule)
    assert.equal(f.confidence, 'high');
  });

  it('is skipped once the window has closed, with the engine’s reason', () => {
    // R11's default: the graduation year or the next, so the window closes at the end of 2026
    const p = graduate('2027-02-01', '2027-01');
    assert.match(en(p.skipped.find((s) => s.id === 'freshGraduate.notice')?.reason), /by 2026-12-31/);
  });
});

describe('marriage is information, never advice', () => {
  it('is listed apart from the ranked actions: 4 points after a full year', () => {
    const p = plan(
      person({
        birthDate: '1995-01-01',
        education: [{ level: 'associate' }],
        employment: { contributingNow: true },
        socialInsurance: months('2024-03', '2025-02', 8000),
      }),
      {
        date: DATE,
      },
    );
    assert.equal(
      p.actions.find((a) => a.kind === 'marriage'),
      undefined,
    );
    const m = action(p, 'marriage.info');
    assert.equal(m.informationOnly, true);
    assert.deepEqual([m.countsFrom, m.points], ['2026-03-15', 4]);
    assert.match(en(m.title), /not advice/);
  });
});

describe('the 3× base under an earlier reference wage', () => {
  it('uses the reference and upper limit of the month the raise starts (2022-08: 31,014 under 34,188)', () => {
    const p = plan(
      person({ birthDate: '1990-01-01', employment: { contributingNow: true }, socialInsurance: months('2021-08', '2022-07', 8000) }),
      { date: '2022-08-15' },
    );
    const x3 = action(p, 'siBase.x3');
    assert.deepEqual([x3.facts['monthlyBase'], x3.facts['referenceWage'], x3.facts['upperLimit']], [31014, 10338, 34188]);
    // 24 months at 3× from 2022-08 → 2024-07 → counts from 2024-08-01
    assert.equal(x3.countsFrom, '2024-08-01');
  });
});
