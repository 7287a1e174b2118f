import { pathText } from '../../../src/applicant/errors.ts';
import type { Said } from '../../../src/core/message.ts';

/** One line of the report's "facts used": a field's name and its value as entered. */
export interface FactLine {
  path: string;
  field: Said;
  value: string | number | boolean;
}

/**
 * Facts that identify the applicant or disclose their money and history: listed only when the user asks
 * (the report's "include personal data" box). The reference is the report's own header line.
 */
export const PERSONAL_FACTS: readonly string[] = ['idNumber', 'birthDate', 'marriage', 'records', 'socialInsurance'];

const SUMMARISED = 'socialInsurance';

function walk(value: unknown, path: (string | number)[], out: FactLine[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], out);
  else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const named = pathText(path);
    out.push({ path: named.path, field: named.field, value });
  }
}

/**
 * The applicant's facts as lines, in the order of the input. The monthly social-insurance history is not listed
 * month by month: `months` says how many months and from when to when (the caller words it).
 */
export function factsUsed(
  input: Readonly<Record<string, unknown>>,
  personal: boolean,
): { lines: FactLine[]; months: { count: number; first: string; last: string } | null } {
  const lines: FactLine[] = [];
  let months = null;
  for (const [key, value] of Object.entries(input)) {
    if (key === 'reference' || (!personal && PERSONAL_FACTS.includes(key))) continue;
    if (key === SUMMARISED && Array.isArray(value)) {
      const list = (value as { month: string }[]).map((m) => m.month).sort();
      if (list.length) months = { count: list.length, first: list[0] as string, last: list[list.length - 1] as string };
      continue;
    }
    walk(value, [key], lines);
  }
  return { lines, months };
}
