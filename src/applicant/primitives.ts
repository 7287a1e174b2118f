import { z } from 'zod';
import { DATE_SHAPE, isRealDate } from '../core/calendar.ts';

/** A calendar date, YYYY-MM-DD, checked for a real day (no time zone ever involved). */
export const isoDate = z
  .string()
  .regex(DATE_SHAPE, { message: 'applicant:errors.dateFormat' })
  .refine(isRealDate, { message: 'applicant:errors.notADay' });

/** A calendar month, YYYY-MM. */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'applicant:errors.monthFormat' });

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
export const yuan = z.number().int({ message: 'applicant:errors.wholeYuan' }).nonnegative({ message: 'applicant:errors.negative' });

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
  .refine(isValidIdNumber, { message: 'applicant:errors.idNumber' });
