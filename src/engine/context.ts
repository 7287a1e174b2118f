import type { Applicant } from '../applicant/applicant.ts';
import { monthIndex } from '../core/calendar.ts';
import { type PolicyAt, policyAt } from '../policy/at.ts';
import type { ReadingChoice } from '../policy/readings.ts';
import { seriesForReading, type WageSeries } from '../policy/wages.ts';
import { type HistoryMonth, indexHistory } from './history.ts';
import { NOTHING_READ, type ReadPath } from './read-path.ts';

/** Everything an indicator function may read: the facts, the dates and the readings. */
export interface Context {
  applicant: Applicant;
  /** Assessment (application) date. */
  date: string;
  /** Date at which policy parameters are read: the assessment date, or clamped into a pinned version. */
  lookupDate: string;
  /** Assessment month index. */
  month: number;
  /** Last month of every "last N months" window: read it through windowEnd(ctx), which notes reading W1. */
  lastWindowMonth: number;
  /** The options in force: read them through reading(ctx, id) (engine/readings.ts), which notes each use. */
  readings: ReadingChoice;
  /** Readings the item being built has read so far (engine/readings.ts). */
  read: ReadPath;
  /** Every rule value in force on `lookupDate`. */
  policy: PolicyAt;
  wageSeries: WageSeries;
  /** Months and bases; the fields against the reference wage are read through againstReference(ctx) (reading R8). */
  history: HistoryMonth[];
}

export function buildContext(applicant: Applicant, date: string, lookupDate: string, readings: ReadingChoice): Context {
  const month = monthIndex(date);
  const wageSeries = seriesForReading(readings['R8'] ?? 'talentDomain');
  return {
    applicant,
    date,
    lookupDate,
    month,
    lastWindowMonth: readings['W1'] === 'applicationMonth' ? month : month - 1,
    readings,
    read: NOTHING_READ,
    policy: policyAt(lookupDate),
    wageSeries,
    history: indexHistory(applicant.socialInsurance, month, wageSeries),
  };
}
