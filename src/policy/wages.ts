import { monthIndex, monthString } from '../core/calendar.ts';
import type { Confidence } from '../core/confidence.ts';
import { wages } from './index.ts';

export type WageSeries = 'talentDomain' | 'socialInsuranceAverage';

export interface MonthlyWage {
  value: number;
  confidence: Confidence;
  source: string[];
  /** True when the month is past the last published period and the latest value is carried forward. */
  carried: boolean;
}

/** One series month by month: `byMonth[m - first]` for first ≤ m ≤ last, `carried` after. */
export interface WageTable {
  first: number;
  last: number;
  byMonth: MonthlyWage[];
  carried: MonthlyWage;
}

function build(series: WageSeries): WageTable {
  const periods = wages[series];
  const first = monthIndex(periods[0]?.from ?? '');
  const last = Math.max(...periods.map((p) => monthIndex(p.to)));
  const byMonth: MonthlyWage[] = [];
  for (const p of periods) {
    for (let m = monthIndex(p.from); m <= monthIndex(p.to); m++) {
      byMonth[m - first] = { value: p.value, confidence: p.confidence, source: p.source, carried: false };
    }
  }
  for (let i = 0; i <= last - first; i++) {
    if (!byMonth[i]) throw new Error(`reference wage table ${series} has a gap at ${monthString(first + i)}`);
  }
  const latest = byMonth[last - first] as MonthlyWage;
  return { first, last, byMonth, carried: { ...latest, confidence: wages.carryForwardConfidence, carried: true } };
}

const tables: Record<WageSeries, WageTable> = {
  talentDomain: build('talentDomain'),
  socialInsuranceAverage: build('socialInsuranceAverage'),
};

/**
 * The talent-domain table with the months past its last published period taken from the social-insurance average
 * instead of the carried value: the other value we know of for those months, tried as an alternative (issue 13).
 */
export const carriedAlternative: WageTable = (() => {
  const t = tables.talentDomain;
  const si = tables.socialInsuranceAverage;
  const byMonth = t.byMonth.slice();
  for (let m = t.last + 1; m <= si.last; m++) byMonth[m - t.first] = { ...(wageIn(si, m) as MonthlyWage), carried: true };
  return { first: t.first, last: Math.max(t.last, si.last), byMonth, carried: { ...si.carried, carried: true } };
})();

/** A series' table, for callers that look up many months (a history): one lookup of the series, then arithmetic. */
export function wageTable(series: WageSeries): WageTable {
  return tables[series];
}

/** The reference wage for a month index; undefined before the first published period. */
export function referenceWage(month: number, series: WageSeries = 'talentDomain'): MonthlyWage | undefined {
  return wageIn(tables[series], month);
}

export function wageIn(t: WageTable, month: number): MonthlyWage | undefined {
  if (month < t.first) return undefined;
  if (month > t.last) return t.carried;
  return t.byMonth[month - t.first];
}

/** The last month with a published value (later months carry it forward). */
export function lastPublishedMonth(series: WageSeries = 'talentDomain'): string {
  return monthString(tables[series].last);
}

export function seriesForReading(r8: string): WageSeries {
  return r8 === 'socialInsuranceAverage' ? 'socialInsuranceAverage' : 'talentDomain';
}
