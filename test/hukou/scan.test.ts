// The scan for a route's earliest month (assess.ts earliestMonth) stops early — where nothing changes any more
// (settled.ts), at a standing condition that fails — and shares the common conditions and the title across routes.
// Here it must find exactly the month a plain scan finds: every month from the assessment month to the horizon,
// each route's own and common conditions worked out in full, on the hand-worked cases and a generated set.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Certificate } from '../../src/applicant/index.ts';
import { parseApplicant } from '../../src/applicant/index.ts';
import { monthString } from '../../src/core/calendar.ts';
import { appointedTitle, earliestMonth, prepare } from '../../src/hukou/assess.ts';
import { commonConditions } from '../../src/hukou/common.ts';
import { type Ctx, notes, statusOf } from '../../src/hukou/conditions.ts';
import { routeConditions } from '../../src/hukou/routes.ts';
import { type HukouOptions, ROUTE_IDS, type RouteId } from '../../src/hukou/types.ts';
import { applicantOf, hukouCases } from './case-file.ts';
import { generated } from './generated.ts';

function plainEarliest(base: Omit<Ctx, 'note'>, id: RouteId, extra: Certificate[]): string | null {
  for (let m = base.t.now; m <= base.t.end; m++) {
    const c = { ...base, note: notes() };
    if (statusOf([...routeConditions(c, id, m, extra), ...commonConditions(c, m)]) !== 'failed') return monthString(m);
  }
  return null;
}

const inputs: { name: string; applicant: unknown; options: HukouOptions }[] = [
  ...hukouCases()
    .filter((c) => !c.expectError)
    .map((c) => ({ name: c.name, applicant: applicantOf(c), options: { date: c.date, version: c.version, readings: c.readings } })),
  ...generated(120).map((g, i) => ({ name: `generated #${i}`, ...g })),
];

describe('居转户 earliest-month scan', () => {
  it('finds the month a plain scan of every month to the horizon finds, for every route, with and without a what-if title', () => {
    let found = 0;
    let compared = 0;
    for (const input of inputs) {
      const { base } = prepare(parseApplicant(input.applicant), input.options);
      const title = [appointedTitle(`${monthString(base.t.now + 1)}-01`)];
      for (const id of ROUTE_IDS)
        for (const extra of id === 'basic' ? [[], title] : [[]]) {
          const expected = plainEarliest(base, id, extra);
          assert.equal(
            earliestMonth({ ...base, note: notes() }, id, extra),
            expected,
            `${input.name}: ${id}${extra.length ? ' + title' : ''}`,
          );
          compared++;
          if (expected !== null) found++;
        }
    }
    // Both kinds are compared: routes that open within the horizon and routes that never do.
    assert.ok(compared >= 3000 && found >= 300, `${compared} scans, ${found} with a month`);
  });
});
