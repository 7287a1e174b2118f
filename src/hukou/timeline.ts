import type { Applicant, SiMonth } from '../applicant/index.ts';
import { dayNumber, daysInMonth, monthIndex, monthString } from '../core/calendar.ts';
import { type HistoryMonth, indexHistory } from '../engine/history.ts';
import { type HukouReadingChoice, hukouParam } from '../policy/hukou.ts';
import { lastPublishedMonth } from '../policy/wages.ts';

/**
 * One applicant's months, prepared once per answer: which months count as permit months (J1–J3), which SI months
 * exist (the history, then "if nothing changes" the last regular base carried on), and the area and post periods.
 */
export interface Timeline {
  /** The assessment month; months after it are projected. */
  now: number;
  /** The last month looked at. */
  end: number;
  /** permitCounted[k - origin]: month k counts toward the permit years (eligible type, whole month by J3). */
  permitCounted: boolean[];
  /** A permit of a counted type is valid on some day of the month. */
  permitValid: boolean[];
  /** Months from which the count restarts (J1 = resetAfterGrace): the first month after a lapse longer than the grace. */
  resets: number[];
  origin: number;
  firstPermitDate: string | null;
  si: Map<number, HistoryMonth>;
  /** Whole months worked in each area (Lingang, Zhangjiang, new towns) and in listed remote-suburb posts. */
  areas: Map<string, Set<number>>;
  remotePosts: Set<number>;
  outOfTown: Set<number>;
  /** From this month on every month is like the one before: permits, areas, posts, SI base and reference (settled.ts). */
  settledFrom: number;
  /** Whether months after the history are projected at the last base. */
  projected: boolean;
  /** The first month any count looks at (the first permit or SI month), and prefix counts built on demand. */
  lo: number;
  prefixes: Map<string | number, Int32Array>;
}

const PERIOD_END = '9999-12-31';

type Period = { from: string; to?: string | undefined };

/**
 * The months a period covers, as a range of month indexes: wholly (from the 1st to the month's last day), or on
 * some day when `anyDay`; an open period runs to `end`.
 */
function monthRange(p: Period, end: number, anyDay: boolean): [number, number] {
  const first = monthIndex(p.from);
  const last = p.to === undefined ? end : monthIndex(p.to);
  if (anyDay) return [first, last];
  const y = p.to ? Number(p.to.slice(0, 4)) : 0;
  const toMonthEnd = p.to === undefined || Number(p.to.slice(8, 10)) === daysInMonth(y, Number(p.to.slice(5, 7)));
  return [p.from.endsWith('-01') ? first : first + 1, toMonthEnd ? last : last - 1];
}

/** For each month from `origin` to `end`: does one of the periods cover it (wholly, or on some day when `anyDay`)? */
function covered(periods: readonly Period[], origin: number, end: number, anyDay: boolean): boolean[] {
  const out = new Array<boolean>(end - origin + 1).fill(false);
  for (const p of periods) {
    const [first, last] = monthRange(p, end, anyDay);
    for (let k = Math.max(first, origin); k <= Math.min(last, end); k++) out[k - origin] = true;
  }
  return out;
}

/** The months up to `end` that the periods cover wholly. */
function wholeMonths(periods: readonly Period[], end: number): Set<number> {
  const out = new Set<number>();
  for (const p of periods) {
    const [first, last] = monthRange(p, end, false);
    for (let k = first; k <= Math.min(last, end); k++) out.add(k);
  }
  return out;
}

export function buildTimeline(
  a: Applicant,
  date: string,
  readings: HukouReadingChoice,
  horizon: number,
  baseFrom?: { month: string; base: number },
): Timeline {
  const now = monthIndex(date);
  const end = now + horizon;
  const rules = hukouParam('permit', date, readings)?.dated.value ?? { graceDays: 0, countedTypes: [] as string[] };
  const all = a.hukou?.permits ?? [];
  const permits = all
    .filter((p) => readings.J2 === 'allPermits' || rules.countedTypes.includes(p.type))
    .sort((x, y) => (x.from < y.from ? -1 : 1));
  const firstPermitDate = permits[0]?.from ?? null;
  const origin = firstPermitDate ? monthIndex(firstPermitDate) : now;
  const permitCounted = covered(permits, origin, end, readings.J3 === 'anyDay');
  const permitValid = covered(permits, origin, end, true);
  const resets: number[] = [];
  for (let i = 1; i < permits.length; i++) {
    const prevEnd = permits.slice(0, i).reduce((m, p) => (p.to === undefined || p.to > m ? (p.to ?? PERIOD_END) : m), '');
    const cur = permits[i];
    if (!cur || prevEnd === PERIOD_END || cur.from <= prevEnd) continue;
    if (dayNumber(cur.from) - dayNumber(prevEnd) - 1 > rules.graceDays) resets.push(monthIndex(cur.from));
  }
  const lag = hukouParam('processing', date, readings)?.dated.value.recordLagMonths ?? 0;
  const { si, projected } = siMonths(a, now, end, lag, baseFrom);
  return {
    now,
    end,
    permitCounted,
    permitValid,
    resets,
    origin,
    firstPermitDate,
    si,
    areas: new Map(
      (['lingang', 'zhangjiang', 'newTown'] as const).map((area) => [
        area,
        wholeMonths(
          (a.hukou?.areas ?? []).filter((p) => p.area === area),
          end,
        ),
      ]),
    ),
    remotePosts: wholeMonths(a.hukou?.remotePosts ?? [], end),
    outOfTown: new Set((a.hukou?.outOfTownEmployerMonths ?? []).map(monthIndex)),
    settledFrom: settledFrom(a, now, baseFrom),
    projected,
    lo: Math.min(origin, now, si.keys().next().value ?? now),
    prefixes: new Map(),
  };
}

/** The month after the last date of the applicant's periods and months, the history (up to now) and the references. */
function settledFrom(a: Applicant, now: number, baseFrom: { month: string } | undefined): number {
  const h = a.hukou;
  const dates = [...(h?.permits ?? []), ...(h?.areas ?? []), ...(h?.remotePosts ?? [])].flatMap((p) => [p.from, p.to ?? p.from]);
  const months = [...dates, ...(h?.outOfTownEmployerMonths ?? []), lastPublishedMonth('talentDomain'), baseFrom?.month ?? monthString(now)];
  return Math.max(now, ...months.map(monthIndex)) + 1;
}

/**
 * The SI history up to the assessment month, and after it "if nothing changes": while the applicant still
 * contributes (a regular month within the record lag and one more, not marked stopped), the last regular base is
 * carried into every missing month from the lag on — the last `lag` months may simply not be on record yet (J17).
 * A planner's what-if base replaces every month from its first on.
 */
function siMonths(a: Applicant, now: number, end: number, lag: number, baseFrom?: { month: string; base: number }) {
  const byMonth = new Map<number, SiMonth>();
  for (const m of a.socialInsurance) if (monthIndex(m.month) <= now) byMonth.set(monthIndex(m.month), m);
  const regular = [...byMonth.entries()].filter(([, m]) => !m.backPaid).sort((x, y) => x[0] - y[0]);
  const last = regular[regular.length - 1];
  const ongoing = last !== undefined && a.employment.contributingNow !== false && last[0] >= now - lag - 1;
  const carried = (k: number, base: number): SiMonth => ({
    month: monthString(k),
    base,
    backPaid: false,
    employerMatchesContract: true,
    taxMatches: true,
  });
  if (last && ongoing)
    for (let k = Math.min(last[0] + 1, now - lag); k <= end; k++) if (!byMonth.has(k)) byMonth.set(k, carried(k, last[1].base));
  if (baseFrom) for (let k = monthIndex(baseFrom.month); k <= end; k++) byMonth.set(k, carried(k, baseFrom.base));
  const history = indexHistory([...byMonth.values()], end, 'talentDomain');
  return { si: new Map(history.map((h) => [h.month, h])), projected: history.some((h) => h.month > now) };
}
