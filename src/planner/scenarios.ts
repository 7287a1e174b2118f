import { assess } from '../engine/assess.ts';
import { buildFuture } from './future.ts';
import { monthlyGrid } from './grid.ts';
import { checkHorizon, DEFAULT_HORIZON_MONTHS } from './plan.ts';
import { firstReach } from './reach.ts';
import { makeTimeline } from './timeline.ts';
import type { PlanOptions, Scenario, ScenarioComparison, ScenarioResult } from './types.ts';

/**
 * Side-by-side assessments of several applicants (what-ifs of one person) on one date, with the day each reaches
 * the standard score by waiting under the same assumptions.
 */
export function compareScenarios(scenarios: readonly Scenario[], options: PlanOptions): ScenarioComparison {
  const horizonMonths = options.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  checkHorizon(horizonMonths);
  const grid = monthlyGrid(options.date, horizonMonths);
  const results = scenarios.map(({ label, applicant }): ScenarioResult => {
    const assessment = assess(applicant, { date: options.date, readings: options.readings });
    const future = buildFuture(applicant, options.date, horizonMonths, options.assumptions);
    if (assessment.status === 'vetoed' || assessment.status === 'outsideScheme')
      return { label, assessment, reaches: null, assumptions: future.assumptions };
    const tl = makeTimeline(future, options.date, options.readings);
    return { label, assessment, reaches: firstReach(tl, grid, grid), assumptions: future.assumptions };
  });
  let earliest: number | null = null;
  results.forEach((r, i) => {
    const best = earliest === null ? undefined : results[earliest]?.reaches;
    if (r.reaches && (!best || r.reaches.date < best.date)) earliest = i;
  });
  return { date: options.date, horizonMonths, scenarios: results, earliest };
}
