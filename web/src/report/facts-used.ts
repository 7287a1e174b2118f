import { type FactLeaf, factLeaves } from '../state/fact-leaves.ts';
import { shapeOf, UNSHOWN } from '../state/fact-words.ts';

/** One line of the report's "facts used": a fact with a value as entered (a text, number or yes/no). */
export type FactLine = Omit<FactLeaf, 'value'> & { value: string | number | boolean };

/**
 * Facts that identify the applicant or disclose their money and history: listed only when the user asks
 * (the report's "include personal data" box). The reference is the report's own header line.
 */
export const PERSONAL_FACTS: readonly string[] = ['idNumber', 'birthDate', 'marriage', 'records', 'socialInsurance'];

const SUMMARISED = 'socialInsurance';

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
    for (const leaf of factLeaves(value, [key]))
      if (
        !UNSHOWN.has(shapeOf(leaf.path)) &&
        (typeof leaf.value === 'string' || typeof leaf.value === 'number' || typeof leaf.value === 'boolean')
      )
        lines.push({ ...leaf, value: leaf.value });
  }
  return { lines, months };
}
