import { firstDay } from './days.ts';
import { offsetOf } from './grid.ts';
import type { Timeline } from './timeline.ts';
import type { Reach } from './types.ts';

/**
 * The first day on which `holds` is true, scanning `dates` in order and then narrowing to the day between the
 * last date where it was false and the first where it is true. Null when it holds on none of them.
 */
export function firstWhen(dates: readonly string[], holds: (date: string) => boolean): string | null {
  let prev: string | undefined;
  for (const d of dates) {
    if (holds(d)) return prev === undefined ? d : firstDay(prev, d, holds);
    prev = d;
  }
  return null;
}

/** The first day a timeline reaches the standard score, scanning `dates`; offsets refer to the projection grid. */
export function firstReach(tl: Timeline, dates: readonly string[], grid: readonly string[]): Reach | null {
  const date = firstWhen(dates, (d) => tl.at(d).reaches);
  return date === null ? null : reachOn(tl, date, grid);
}

export function reachOn(tl: Timeline, date: string, grid: readonly string[]): Reach {
  return { date, offset: offsetOf(grid, date), total: tl.at(date).total };
}
