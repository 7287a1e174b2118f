import type { SiMonth } from '../applicant/applicant.ts';
import { monthIndex } from '../core/calendar.ts';
import { type WageSeries, type WageTable, wageIn, wageTable } from '../policy/wages.ts';
import type { Confidence } from './types.ts';

/** One month of social insurance, prepared once per assessment for every indicator that reads it. */
export interface HistoryMonth {
  month: number;
  base: number;
  backPaid: boolean;
  employerMatchesContract: boolean;
  taxMatches: boolean;
  /** Reference wage in force that month; 0 when none is published for it. */
  reference: number;
  referenceConfidence: Confidence;
  referenceCarried: boolean;
  /** ⌊100 × base / reference⌋, or −1 without a reference: every band test becomes one integer comparison. */
  percentOfReference: number;
}

/** Months in chronological order, only those up to `lastMonth` (later months have not happened yet). */
export function indexHistory(months: readonly SiMonth[], lastMonth: number, series: WageSeries): HistoryMonth[] {
  // Filled by index, not push: the array is sized once (push was a tenth of an assessment's time).
  const out = new Array<HistoryMonth>(months.length);
  const wages = wageTable(series);
  let n = 0;
  let sorted = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < months.length; i++) {
    const m = months[i] as SiMonth;
    const month = monthIndex(m.month);
    if (month > lastMonth) continue;
    if (month < previous) sorted = false;
    previous = month;
    out[n++] = prepared(month, m, wages);
  }
  out.length = n;
  if (!sorted) out.sort((a, b) => a.month - b.month);
  return out;
}

/** The same months compared with another wage table (an alternative reference): the bases are not read again. */
export function withReferences(history: readonly HistoryMonth[], wages: WageTable): HistoryMonth[] {
  const out = new Array<HistoryMonth>(history.length);
  for (let i = 0; i < history.length; i++) {
    const m = history[i] as HistoryMonth;
    out[i] = prepared(m.month, m, wages);
  }
  return out;
}

/** One month with the reference wage in force for it (from `wages`) and its ratio. */
function prepared(month: number, m: SiMonth | HistoryMonth, wages: WageTable): HistoryMonth {
  const ref = wageIn(wages, month);
  return {
    month,
    base: m.base,
    backPaid: m.backPaid,
    employerMatchesContract: m.employerMatchesContract,
    taxMatches: m.taxMatches,
    reference: ref ? ref.value : 0,
    referenceConfidence: ref ? ref.confidence : 'low',
    referenceCarried: ref ? ref.carried : false,
    percentOfReference: ref ? Math.floor((m.base * 100) / ref.value) : -1,
  };
}

/**
 * base ≥ ratio × reference, exactly: ratios in the policy data have at most two decimals, so with r = 100 × ratio
 * (an integer) the test is 100 × base / reference ≥ r, i.e. ⌊100 × base / reference⌋ ≥ r. So 0.8 × 10,338 = 8,270.4
 * puts 8,270 below the 0.8× band and 8,271 in it.
 */
export function percentOf(ratio: number): number {
  return Math.round(ratio * 100);
}

export function atLeast(m: HistoryMonth, ratio: number): boolean {
  return m.percentOfReference >= percentOf(ratio);
}

export function inWindow(m: HistoryMonth, windowEnd: number, windowMonths: number): boolean {
  return m.month <= windowEnd && m.month > windowEnd - windowMonths;
}
