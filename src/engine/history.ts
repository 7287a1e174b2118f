import { referenceWage, type WageSeries } from '../policy/wages.ts';
import type { SiMonth } from '../schema/applicant.ts';
import { monthIndex } from './dates.ts';
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
}

/** Months in chronological order, only those up to `lastMonth` (later months have not happened yet). */
export function indexHistory(months: readonly SiMonth[], lastMonth: number, series: WageSeries): HistoryMonth[] {
  const out: HistoryMonth[] = [];
  for (const m of months) {
    const month = monthIndex(m.month);
    if (month > lastMonth) continue;
    const ref = referenceWage(month, series);
    out.push({
      month,
      base: m.base,
      backPaid: m.backPaid,
      employerMatchesContract: m.employerMatchesContract,
      taxMatches: m.taxMatches,
      reference: ref?.value ?? 0,
      referenceConfidence: ref?.confidence ?? 'low',
      referenceCarried: ref?.carried ?? false,
    });
  }
  out.sort((a, b) => a.month - b.month);
  return out;
}

/** base ≥ ratio × reference, in integer arithmetic so 0.8 × 10,338 = 8,270.4 is compared exactly. */
export function atLeast(m: HistoryMonth, ratio: number): boolean {
  return m.reference > 0 && m.base * 100 >= Math.round(ratio * 100) * m.reference;
}

export function inWindow(m: HistoryMonth, windowEnd: number, windowMonths: number): boolean {
  return m.month <= windowEnd && m.month > windowEnd - windowMonths;
}
