/**
 * Day arithmetic on YYYY-MM-DD strings, for finding the exact day something changes between two monthly
 * projection points. Integer day numbers (proleptic Gregorian), never a Date: no time zone can shift a day.
 */

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function dayNumber(date: string): number {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number (civil_from_days). */
export function dateOfDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

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
