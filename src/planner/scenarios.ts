import type { Said } from '../core/message.ts';
import { assess } from '../engine/assess.ts';
import type { Assessment } from '../engine/types.ts';
import { buildFuture } from './future.ts';
import { monthlyGrid } from './grid.ts';
import { checkHorizon, DEFAULT_HORIZON_MONTHS } from './plan.ts';
import { firstReach } from './reach.ts';
import { makeTimeline } from './timeline.ts';
import type { PlanOptions, Scenario, ScenarioComparison, ScenarioResult } from './types.ts';
import { withFix } from './words.ts';

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
  const [first] = scenarios;
  const base = results[0]?.assessment;
  if (first && base)
    results.forEach((r, i) => {
      if (i > 0) r.unchanged = unchangedWhy(scenarios[i] as Scenario, r.assessment, first, base, options);
    });
  let earliest: number | null = null;
  results.forEach((r, i) => {
    const best = earliest === null ? undefined : results[earliest]?.reaches;
    if (r.reaches && (!best || r.reaches.date < best.date)) earliest = i;
  });
  return { date: options.date, horizonMonths, scenarios: results, earliest };
}

/**
 * Why a what-if scores the same as the first scenario, as the engine words it on the plan date (the coming year's
 * window): the first failed (else unconfirmed) condition of an item whose conditions it changed. The engine shows
 * the conditions of the certificate that counts, so certificates the what-if adds are probed alone, as the
 * planner's actions are. Null when the score differs, or when nothing explains it.
 */
function unchangedWhy(scenario: Scenario, a: Assessment, first: Scenario, base: Assessment, options: PlanOptions): Said | null {
  if (a.scoreIfEligible !== base.scoreIfEligible) return null;
  const held = new Set(first.applicant.certificates.map((c) => JSON.stringify(c)));
  const added = scenario.applicant.certificates.filter((c) => !held.has(JSON.stringify(c)));
  const probed = added.length
    ? assess({ ...scenario.applicant, certificates: added }, { date: options.date, readings: options.readings })
    : a;
  for (const item of probed.items) {
    const before = base.items.find((i) => i.id === item.id);
    if (before && JSON.stringify(before.conditions) === JSON.stringify(item.conditions)) continue;
    const c = item.conditions.find((x) => x.status === 'failed') ?? item.conditions.find((x) => x.status === 'confirm');
    if (c) return withFix(c);
  }
  return null;
}
