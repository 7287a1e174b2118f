import type { Applicant } from '../applicant/applicant.ts';
import type { Assessment } from '../engine/types.ts';
import { actionsFor } from './actions/index.ts';
import type { PlanContext } from './context.ts';
import { eligibilityPath } from './eligibility-path.ts';
import { limitsOf } from './limits.ts';
import { nearMissOf } from './near-miss.ts';
import { RANKING_RULE, rank } from './ranking.ts';
import { outsideSchemeText, summarize } from './summary.ts';
import { prepare } from './time-alone.ts';
import type { Gap, Plan, PlanOptions, Projection } from './types.ts';

export const DEFAULT_HORIZON_MONTHS = 120;

export function checkHorizon(h: number): void {
  if (!Number.isInteger(h) || h < 1 || h > 600) throw new RangeError(`horizonMonths must be a whole number from 1 to 600 (got ${h})`);
}

function gapOf(a: Assessment): Gap {
  return {
    status: a.status,
    total: a.total,
    scoreIfEligible: a.scoreIfEligible,
    standardScore: a.standardScore,
    points: Math.max(0, a.standardScore - a.scoreIfEligible),
    reachedToday: a.reaches,
    version: a.version,
    confidence: a.confidence,
  };
}

/** Time alone, without the actions: the month-by-month projection (null when vetoed or outside the scheme). */
export function projectWaiting(applicant: Applicant, options: PlanOptions): Projection | null {
  const horizonMonths = options.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  checkHorizon(horizonMonths);
  return prepare(applicant, options, horizonMonths).rest?.projection ?? null;
}

/**
 * The plan for an applicant (validated by parseApplicant) on a date: the gap today, time alone month by month,
 * and each way to add points, ranked by the day it reaches the standard score. Pure, no I/O; built only on
 * `assess`: what anything gives is the engine's answer for the hypothetical applicant on the day it would count.
 */
export function plan(applicant: Applicant, options: PlanOptions): Plan {
  const horizonMonths = options.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  checkHorizon(horizonMonths);
  const { date, readings } = options;
  const { today, rest } = prepare(applicant, options, horizonMonths);
  const gap = gapOf(today);
  const none = { actions: [], information: [], skipped: [] };
  if (!rest) {
    return {
      date,
      horizonMonths,
      gap,
      today,
      summary: summarize(today, gap, null, [], horizonMonths),
      vetoes: today.vetoes,
      outsideScheme: today.status === 'outsideScheme' ? outsideSchemeText(today) : null,
      eligibility: null,
      projection: null,
      nearMiss: null,
      ...none,
      rankingRule: RANKING_RULE,
      limits: limitsOf(today, [], null),
    };
  }
  const { future, grid, waiting, projection } = rest;
  const assumptions = options.assumptions ?? {};
  const ctx: PlanContext = { date, grid, readings, assumptions, future, today, waiting, waitingReach: projection.reaches };
  const found = gap.reachedToday ? none : actionsFor(ctx);
  const actions = rank(found.actions, date);
  const eligibility = today.status === 'ineligible' ? eligibilityPath(today, projection) : null;
  return {
    date,
    horizonMonths,
    gap,
    today,
    summary: summarize(today, gap, projection, actions, horizonMonths, eligibility),
    vetoes: [],
    outsideScheme: null,
    eligibility,
    projection,
    nearMiss: nearMissOf(waiting, today, projection.events),
    actions,
    rankingRule: RANKING_RULE,
    information: found.information,
    skipped: found.skipped,
    limits: limitsOf(today, actions, projection),
  };
}
