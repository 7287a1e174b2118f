import type { Applicant } from '../applicant/applicant.ts';
import { assess } from '../engine/assess.ts';
import type { Assessment } from '../engine/types.ts';
import { buildFuture, type Future } from './future.ts';
import { monthlyGrid } from './grid.ts';
import { project } from './projection.ts';
import { makeTimeline, type Timeline } from './timeline.ts';
import type { PlanOptions, Projection } from './types.ts';

/** Time alone, and what the actions are evaluated against. */
export interface TimeAlone {
  future: Future;
  grid: string[];
  waiting: Timeline;
  projection: Projection;
}

/** Today's assessment and, unless vetoed or outside the scheme, time alone. */
export function prepare(applicant: Applicant, options: PlanOptions, horizonMonths: number): { today: Assessment; rest: TimeAlone | null } {
  const { date, readings } = options;
  const today = assess(applicant, { date, readings });
  if (today.status === 'vetoed' || today.status === 'outsideScheme') return { today, rest: null };
  const future = buildFuture(applicant, date, horizonMonths, options.assumptions ?? {});
  const grid = monthlyGrid(date, horizonMonths);
  const waiting = makeTimeline(future, date, readings);
  return { today, rest: { future, grid, waiting, projection: project(waiting, grid, future, today.readings) } };
}
