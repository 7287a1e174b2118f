/**
 * Calendar arithmetic on plain strings: dates are YYYY-MM-DD, months YYYY-MM.
 * Never a Date object, whose time zone can shift a day.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Digit arithmetic rather than slicing and Number(): dates are validated YYYY-MM-DD before they get here. */
export function parseDate(date: string): Ymd {
  const c = (i: number) => date.charCodeAt(i) - 48;
  return { y: c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3), m: c(5) * 10 + c(6), d: c(8) * 10 + c(9) };
}

export function formatDate({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Months since year 0: 'YYYY-MM' (or a date) → an integer that orders and subtracts. */
export function monthIndex(monthOrDate: string): number {
  // Digit arithmetic: called for every month of every history, so no slicing or parsing.
  const s = monthOrDate;
  const year = s.charCodeAt(0) * 1000 + s.charCodeAt(1) * 100 + s.charCodeAt(2) * 10 + s.charCodeAt(3) - 53328;
  return year * 12 + s.charCodeAt(5) * 10 + s.charCodeAt(6) - 529;
}

function formatMonth(index: number): string {
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Histories and windows name the same months again and again: those of 1900–2199 are made once. */
const FIRST_TABLED = 1900 * 12;
const TABLED = Array.from({ length: 300 * 12 }, (_, i) => formatMonth(FIRST_TABLED + i));

export function monthString(index: number): string {
  return TABLED[index - FIRST_TABLED] ?? formatMonth(index);
}

/** Full years from `from` to `to` (周岁 when `from` is a birth date). A 29 February anniversary falls on 1 March. */
export function fullYears(from: string, to: string): number {
  if (to < from) return -fullYears(to, from);
  const a = parseDate(from);
  const b = parseDate(to);
  let years = b.y - a.y;
  if (b.m < a.m || (b.m === a.m && b.d < a.d)) years -= 1;
  return years;
}

/** The date `years` years after `date`; 29 February moves to 28 February in common years. */
export function addYears(date: string, years: number): string {
  const { y, m, d } = parseDate(date);
  const ny = y + years;
  return formatDate({ y: ny, m, d: m === 2 && d === 29 && !isLeapYear(ny) ? 28 : d });
}

/** YYYY-MM-DD in shape; isRealDate also checks the day exists. */
export const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDate(value: string): boolean {
  // YYYY-MM-DD is read digit by digit (split and Number cost 10× more). Other strings are refined too (zod runs this
  // after a failed format check): they keep split's reading, so the errors stay the same.
  if (DATE_SHAPE.test(value)) return isRealDay(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return isRealDay(y, m, d);
}

/** The number written by the ASCII digits value[from…to). */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + value.charCodeAt(i) - 48;
  return n;
}

function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function addMonthsToDate(date: string, months: number): string {
  const { d } = parseDate(date);
  const target = monthString(monthIndex(date) + months);
  return `${target}-${String(Math.min(d, daysInMonth(Number(target.slice(0, 4)), Number(target.slice(5, 7))))).padStart(2, '0')}`;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** Full calendar months from `from` to `to` (a month is full on the same day-of-month). */
export function fullMonths(from: string, to: string): number {
  if (to < from) return 0;
  return monthsBetween(parseDate(from), parseDate(to));
}

/** fullMonths on parsed dates, `to` not before `from`. */
function monthsBetween(a: Ymd, b: Ymd): number {
  let months = (b.y - a.y) * 12 + (b.m - a.m);
  // Full on the same day-of-month, like fullYears: whole years (what the indicators count) are never cut short,
  // since the same calendar month always has the day — except 29 February, which like a birthday waits for 1 March.
  if (b.d < a.d) months -= 1;
  return Math.max(0, months);
}

/** The day after `date`. */
export function nextDay(date: string): string {
  return formatDate(dayAfter(parseDate(date)));
}

function dayAfter({ y, m, d }: Ymd): Ymd {
  if (d < daysInMonth(y, m)) return { y, m, d: d + 1 };
  return m < 12 ? { y, m: m + 1, d: 1 } : { y: y + 1, m: 1, d: 1 };
}

/**
 * Full months spent in a set of periods up to `asOf`. A period counts its last day, as a person means it: "from
 * 2021-06-01 to 2026-05-31" is 60 full months. An open period (or one ending later) runs through `asOf`.
 * On parsed dates: the day after a period's end is never written out (this runs for every period of every line).
 */
export function fullMonthsIn(periods: readonly { from: string; to?: string | undefined }[], asOf: string): number {
  let total = 0;
  for (const p of periods) {
    if (p.from > asOf) continue;
    const a = parseDate(p.from);
    const b = dayAfter(parseDate(p.to && p.to < asOf ? p.to : asOf));
    // fullMonths' `to < from`, on the parsed dates
    if (b.y < a.y || (b.y === a.y && (b.m < a.m || (b.m === a.m && b.d < a.d)))) continue;
    total += monthsBetween(a, b);
  }
  return total;
}

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
