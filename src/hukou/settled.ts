import type { Certificate } from '../applicant/index.ts';
import { monthIndex } from '../core/calendar.ts';
import { hukouRules } from '../policy/hukou.ts';
import type { Ctx } from './conditions.ts';

/**
 * Where the scan for the earliest month may stop. From `t.settledFrom` on, every month of the timeline is like the
 * one before (permits, areas, SI base and reference carried); after the last date of the rules the same rules are in
 * force; after the last title appointed or award received nothing more is. From that month S on, each count a route
 * tests grows by one a month or not at all, and each window and run of months looks only at months like S once it
 * is that long past S: so from S plus the longest count any rule asks for, no condition changes any more, and a
 * route that still fails then fails for ever. The scan stops there instead of at the horizon.
 */

function latestMonthOf(dates: Iterable<string | undefined>): number {
  let last = Number.NEGATIVE_INFINITY;
  for (const d of dates) if (d !== undefined) last = Math.max(last, monthIndex(d));
  return last;
}

function* ruleDates(): Generator<string | undefined> {
  for (const v of hukouRules.versions) yield* [v.from, v.to, v.statedTo];
  for (const values of Object.values(hukouRules.params)) for (const v of values) yield* [v.from, v.to, v.statedTo];
}

/** The longest count of months any rule asks for (permit and SI months, windows, runs, area and post months). */
function longestCount(): number {
  let longest = 0;
  for (const values of Object.values(hukouRules.params))
    for (const v of values)
      for (const [key, x] of Object.entries(v.value as object))
        if (/^months$|Months$/.test(key) && typeof x === 'number') longest = Math.max(longest, x);
  return longest;
}

const RULES_SETTLED = latestMonthOf(ruleDates()) + 1;
const LONGEST = longestCount();

/** The last month the scan for one route needs to look at (`extra`: the scan's what-if certificates). */
export function lastMonthToScan(c: Ctx, extra: readonly Certificate[]): number {
  const certificates = [...c.a.certificates, ...extra].flatMap((x) => [x.obtainedOn, x.appointedOn]);
  const settled = Math.max(
    c.t.settledFrom,
    RULES_SETTLED,
    latestMonthOf(certificates) + 1,
    latestMonthOf(c.a.awards.map((w) => w.receivedOn)) + 1,
  );
  return Math.min(c.t.end, settled + LONGEST);
}
