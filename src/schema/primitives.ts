import { z } from 'zod';

/** A calendar date, YYYY-MM-DD, checked for a real day (no time zone ever involved). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  .refine(isRealDate, { message: 'not a real calendar date' });

/** A calendar month, YYYY-MM. */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM (01–12)' });

/** Whole yuan, never negative. */
export const yuan = z.number().int({ message: 'must be whole yuan' }).nonnegative({ message: 'must not be negative' });

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
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
