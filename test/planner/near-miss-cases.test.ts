// The near miss assesses only the months where the points can change, and stops at the first change (issue 15, speed
// from the design): on every hand-worked case and on the engine's random applicants it must give what the full
// year's projection gives, month by month, as plan() computes it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Applicant, assess } from '../../src/engine/index.ts';
import { NEAR_MISS_MONTHS, nearMiss } from '../../src/planner/index.ts';
import { nearMissOf } from '../../src/planner/near-miss.ts';
import { prepare } from '../../src/planner/time-alone.ts';
import type { NearMiss } from '../../src/planner/types.ts';
import { caseFiles } from '../engine/case-files.ts';
import { scenario, tryParse } from '../engine/scenario-arbitrary.ts';

/** The near miss as plan() finds it: every event of the year's projection, then the first day the score changes. */
function fromTheWholeYear(applicant: Applicant, date: string, readings?: Record<string, string>): NearMiss | null {
  const { today, rest } = prepare(applicant, { date, readings }, NEAR_MISS_MONTHS);
  return rest ? nearMissOf(rest.waiting, today, rest.projection.events) : null;
}

describe('near miss: the same answer as the whole year’s projection', () => {
  it('on every YAML case without a pinned version, with and without the assessment handed over', () => {
    let compared = 0;
    let found = 0;
    for (const { file, cases } of caseFiles())
      for (const c of cases) {
        const applicant = c.version || c.expectError ? undefined : tryParse(c.applicant);
        if (!applicant) continue;
        const expected = fromTheWholeYear(applicant, c.date, c.readings);
        const today = assess(applicant, { date: c.date, readings: c.readings });
        assert.deepEqual(nearMiss(applicant, { date: c.date, readings: c.readings }), expected, `${file}: ${c.name}`);
        assert.deepEqual(nearMiss(applicant, { date: c.date, readings: c.readings }, today), expected, `${file}: ${c.name}`);
        compared++;
        if (expected) found++;
      }
    // Most cases are scored and have something coming within the year: the comparison is not of nulls only.
    assert.ok(compared >= 200, `${compared} cases compared`);
    assert.ok(found >= 100, `${found} with a near miss`);
  });

  it('on the engine’s random applicants (fixed seed): dates, readings, histories, records, periods, awards', () => {
    let compared = 0;
    let found = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const applicant = tryParse(s.raw);
        if (!applicant) return;
        const expected = fromTheWholeYear(applicant, s.date, s.readings);
        assert.deepEqual(nearMiss(applicant, { date: s.date, readings: s.readings }), expected);
        compared++;
        if (expected) found++;
      }),
      { numRuns: 400, seed: 1515 },
    );
    assert.ok(compared >= 300, `${compared} applicants compared`);
    assert.ok(found >= 150, `${found} with a near miss`);
  });
});
