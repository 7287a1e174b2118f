import { dateOfDay, dayNumber } from '../core/calendar.ts';

/** Finding the exact day something changes between two monthly projection points, by day numbers (core/calendar). */

/**
 * The first day in (after, upTo] on which `holds` is true, given that it is false on `after` and true on `upTo`
 * and changes once in between (true for everything the engine dates: birthdays, month starts, expiry days).
 * Most changes fall on a month's first day, so that day is tried first; then plain bisection.
 */
export function firstDay(after: string, upTo: string, holds: (date: string) => boolean): string {
  let lo = dayNumber(after);
  let hi = dayNumber(upTo);
  const monthStart = dayNumber(`${upTo.slice(0, 7)}-01`);
  if (monthStart > lo && monthStart < hi) {
    if (holds(dateOfDay(monthStart))) hi = monthStart;
    else lo = monthStart;
  }
  if (hi === monthStart && hi - lo > 1) {
    if (!holds(dateOfDay(hi - 1))) return dateOfDay(hi);
    hi -= 1;
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (holds(dateOfDay(mid))) hi = mid;
    else lo = mid;
  }
  return dateOfDay(hi);
}
