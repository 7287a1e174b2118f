import { z } from 'zod';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date, YYYY-MM-DD, checked for a real day (no time zone ever involved). */
export const isoDate = z
  .string()
  .regex(DATE_SHAPE, { message: 'date must be YYYY-MM-DD' })
  .refine(isRealDate, { message: 'not a real calendar date' });

/** A calendar month, YYYY-MM. */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM (01–12)' });

/**
 * A boolean that is `value` when left out: `z.boolean().default(value)` in effect and in the JSON Schema, but held as
 * a plain value. zod's factories keep a default behind a getter, which its compiled parser calls for each flag left
 * out (a third of the time on a 48-month history); as a prefault (the value is validated: a boolean passes) it is
 * not cloned either.
 */
export function flag(value: boolean): z.ZodPrefault<z.ZodBoolean> {
  // zod types its constructors for the base schema; the inner type is the boolean given here.
  return new z.ZodPrefault({ type: 'prefault', innerType: z.boolean(), defaultValue: value }) as z.ZodPrefault<z.ZodBoolean>;
}

/** Whole yuan, never negative. */
export const yuan = z.number().int({ message: 'must be whole yuan' }).nonnegative({ message: 'must not be negative' });

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

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** Mainland resident ID number: 18 characters, GB 11643 checksum. */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK[sum % 11] === value[17];
}

export const idNumber = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .refine(isValidIdNumber, { message: 'ID number must be 18 characters with a valid checksum' });
