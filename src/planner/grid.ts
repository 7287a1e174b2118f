import { addMonthsToDate } from '../core/calendar.ts';

/** The projection's dates: the plan date and the same day of each following month (clamped to the month's end). */
export function monthlyGrid(date: string, horizonMonths: number): string[] {
  const out: string[] = [];
  for (let k = 0; k <= horizonMonths; k++) out.push(addMonthsToDate(date, k));
  return out;
}

/** Index of the first grid date on or after `date` (the grid's last index when past it). */
export function offsetOf(grid: readonly string[], date: string): number {
  const i = grid.findIndex((d) => d >= date);
  return i === -1 ? grid.length - 1 : i;
}
