import { monthIndex, monthString } from '../engine/dates.ts';
import type { Confidence } from '../engine/types.ts';
import { wages } from './index.ts';

export type WageSeries = 'talentDomain' | 'socialInsuranceAverage';

export interface MonthlyWage {
  value: number;
  confidence: Confidence;
  source: string[];
  /** True when the month is past the last published period and the latest value is carried forward. */
  carried: boolean;
}

interface Table {
  first: number;
  last: number;
  byMonth: MonthlyWage[];
}

function build(series: WageSeries): Table {
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
  return { first, last, byMonth };
}

const tables: Record<WageSeries, Table> = {
  talentDomain: build('talentDomain'),
  socialInsuranceAverage: build('socialInsuranceAverage'),
};

const carried: Record<WageSeries, MonthlyWage> = {
  talentDomain: carry('talentDomain'),
  socialInsuranceAverage: carry('socialInsuranceAverage'),
};

function carry(series: WageSeries): MonthlyWage {
  const t = tables[series];
  const latest = t.byMonth[t.last - t.first] as MonthlyWage;
  return { ...latest, confidence: wages.carryForwardConfidence, carried: true };
}

/** The reference wage for a month index; undefined before the first published period. */
export function referenceWage(month: number, series: WageSeries = 'talentDomain'): MonthlyWage | undefined {
  const t = tables[series];
  if (month < t.first) return undefined;
  if (month > t.last) return carried[series];
  return t.byMonth[month - t.first];
}

/** The last month with a published value (later months carry it forward). */
export function lastPublishedMonth(series: WageSeries = 'talentDomain'): string {
  return monthString(tables[series].last);
}

export function seriesForReading(r8: string): WageSeries {
  return r8 === 'socialInsuranceAverage' ? 'socialInsuranceAverage' : 'talentDomain';
}
