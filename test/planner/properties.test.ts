// Properties of time alone over random applicants (fast-check, few runs: each projection is dozens of assessments).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { projectWaiting } from '../../src/planner/index.ts';
import { months, person } from './helpers.ts';

const monthOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** An applicant paying one constant base, from 6 to 120 months up to the month before a plan date in 2023–2026. */
const arbitraryCase = fc
  .record({
    birthYear: fc.integer({ min: 1966, max: 2004 }),
    birthMonth: fc.integer({ min: 1, max: 12 }),
    planMonth: fc.integer({ min: 2023 * 12, max: 2026 * 12 + 11 }),
    planDay: fc.integer({ min: 1, max: 28 }),
    paidMonths: fc.integer({ min: 6, max: 120 }),
    base: fc.integer({ min: 4000, max: 40000 }),
    education: fc.constantFrom(undefined, 'associate', 'bachelor', 'master'),
    horizonMonths: fc.integer({ min: 12, max: 48 }),
  })
  .map((c) => ({
    applicant: person({
      birthDate: `${c.birthYear}-${String(c.birthMonth).padStart(2, '0')}-15`,
      employment: { contributingNow: true },
      education: c.education ? [{ level: c.education as 'associate' | 'bachelor' | 'master' }] : [],
      socialInsurance: months(monthOf(c.planMonth - c.paidMonths), monthOf(c.planMonth - 1), c.base),
    }),
    options: { date: `${monthOf(c.planMonth)}-${String(c.planDay).padStart(2, '0')}`, horizonMonths: c.horizonMonths },
  }));

describe('time alone, for any applicant', () => {
  it('with a constant base, SI-years points never fall month over month', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ applicant, options }) => {
        const points = projectWaiting(applicant, options)?.points ?? [];
        for (let k = 1; k < points.length; k++)
          assert.ok((points[k]?.items.siYears ?? 0) >= (points[k - 1]?.items.siYears ?? 0), `offset ${k}`);
      }),
      { numRuns: 40 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ applicant, options }) => {
        assert.deepStrictEqual(projectWaiting(applicant, options), projectWaiting(applicant, options));
      }),
      { numRuns: 25 },
    );
  });

  it('reports as "reaches 120" the first month whose total is at least 120, and a day within it', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ applicant, options }) => {
        const p = projectWaiting(applicant, options);
        if (!p) return;
        const first = p.points.findIndex((x) => x.total >= 120);
        assert.equal(p.reaches?.offset ?? -1, first);
        if (!p.reaches || first < 0) return;
        assert.ok(p.reaches.date <= (p.points[first]?.date as string));
        if (first > 0) assert.ok(p.reaches.date > (p.points[first - 1]?.date as string));
        assert.ok(p.reaches.total >= 120);
      }),
      { numRuns: 40 },
    );
  });
});
