import type { Applicant, SiMonth } from '../applicant/applicant.ts';
import { monthIndex, monthString } from '../core/calendar.ts';
import { checkAssumptions, stateAssumptions } from './assumptions.ts';
import type { PlanAssumptions, StatedAssumption } from './types.ts';

/**
 * The applicant as time passes: the recorded facts, plus projected social-insurance months (paid on time, not
 * back-paid, the flags of the last recorded month) and the dated assumptions (a move, a marriage).
 * Recorded months are facts and are never replaced; projected months only follow them.
 */
export interface Future {
  /** The applicant during the plan date's month: the facts as given (plus dated assumptions). */
  today: Applicant;
  /** The applicant from the next month on, with projected months up to the horizon. */
  future: Applicant;
  /** Months (indices) with a contribution that is not back-paid, in `future`. */
  paid: ReadonlySet<number>;
  /** First projected month (index); null when no month is projected. */
  firstProjected: number | null;
  /** Base of the first projected month; null when none is projected. */
  firstBase: number | null;
  assumptions: StatedAssumption[];
}

function lastRecorded(months: readonly SiMonth[]): { any: number | null; paid: SiMonth | null } {
  let any: number | null = null;
  let paid: SiMonth | null = null;
  for (const m of months) {
    const i = monthIndex(m.month);
    if (any === null || i > any) any = i;
    if (!m.backPaid && (!paid || i > monthIndex(paid.month))) paid = m;
  }
  return { any, paid };
}

/** Builds the projected applicant for a plan date and horizon. */
export function buildFuture(applicant: Applicant, date: string, horizonMonths: number, a: PlanAssumptions = {}): Future {
  checkAssumptions(a, date);
  const current = monthIndex(date);
  const end = current + horizonMonths;
  const { any, paid: last } = lastRecorded(applicant.socialInsurance);
  const now = applicant.employment.contributingNow;
  const continuing = last !== null && (now === true || (now !== false && monthIndex(last.month) >= current - 1));
  const changes = [...(a.baseChanges ?? [])].sort((x, y) => monthIndex(x.from) - monthIndex(y.from));
  const stop = a.lastContributionMonth === undefined ? Number.POSITIVE_INFINITY : monthIndex(a.lastContributionMonth);

  const baseAt = (m: number): number | null => {
    if (m > stop) return null;
    let base: number | null = continuing && last ? last.base : null;
    for (const c of changes) if (monthIndex(c.from) <= m) base = c.base;
    return base;
  };

  const projected: SiMonth[] = [];
  const start = Math.max((any ?? current - 1) + 1, current);
  for (let m = start; m <= end; m++) {
    const base = baseAt(m);
    if (base === null) continue;
    projected.push({
      month: monthString(m),
      base,
      backPaid: false,
      employerMatchesContract: last?.employerMatchesContract ?? true,
      taxMatches: last?.taxMatches ?? true,
    });
  }

  const withDated = (x: Applicant): Applicant => ({
    ...x,
    remoteArea: a.remoteArea ? [...x.remoteArea, { area: a.remoteArea.area, from: a.remoteArea.from }] : x.remoteArea,
    marriage: a.marriage ? { spouseShanghaiHukou: true, marriedOn: a.marriage.on } : x.marriage,
  });
  const today = withDated(applicant);
  const future = { ...today, socialInsurance: [...applicant.socialInsurance, ...projected] };
  const paid = new Set(future.socialInsurance.filter((m) => !m.backPaid).map((m) => monthIndex(m.month)));
  const first = projected[0];
  return {
    today,
    future,
    paid,
    firstProjected: first ? monthIndex(first.month) : null,
    firstBase: first ? first.base : null,
    assumptions: stateAssumptions(a, { continuing, last, start, current }),
  };
}
