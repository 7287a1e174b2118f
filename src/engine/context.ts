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
  history: readonly HistoryMonth[];
}

export function buildContext(applicant: Applicant, date: string, lookupDate: string, readings: ReadingChoice): Context {
  const month = monthIndex(date);
  const wageSeries = seriesForReading(readings['R8'] ?? 'talentDomain');
  return contextOf(
    applicant,
    date,
    lookupDate,
    month,
    readings,
    policyAt(lookupDate),
    wageSeries,
    indexHistory(applicant.socialInsurance, month, wageSeries),
  );
}

/**
 * The context of an alternative that leaves the history as it is (a reading other than R8), or replaces it. Built by
 * the same literal as every context: objects of one shape keep the indicators' property reads fast in V8.
 */
export function alternativeContext(
  ctx: Context,
  readings: ReadingChoice,
  history: readonly HistoryMonth[] = ctx.history,
  wageSeries: WageSeries = ctx.wageSeries,
): Context {
  return contextOf(ctx.applicant, ctx.date, ctx.lookupDate, ctx.month, readings, ctx.policy, wageSeries, history);
}

function contextOf(
  applicant: Applicant,
  date: string,
  lookupDate: string,
  month: number,
  readings: ReadingChoice,
  policy: PolicyAt,
  wageSeries: WageSeries,
  history: readonly HistoryMonth[],
): Context {
  return {
    applicant,
    date,
    lookupDate,
    month,
    lastWindowMonth: windowEndOf(month, readings),
    readings,
    read: NOTHING_READ,
    policy,
    wageSeries,
    history,
  };
}

/** The last month of every "last N months" window, and of the SI years (reading W1). */
export function windowEndOf(month: number, readings: ReadingChoice): number {
  return readings['W1'] === 'applicationMonth' ? month : month - 1;
}
