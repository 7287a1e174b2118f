import { pathText } from '../../../src/applicant/errors.ts';
import type { Said } from '../../../src/core/message.ts';

/** A scalar of the facts, or absent (the other version has it, this one does not). */
export type FactValue = string | number | boolean | null | undefined;

export interface FactChange {
  /** Machine path, e.g. `education[0].level`. */
  path: string;
  /** The field named for people (the applicant's field names, in both languages). */
  field: Said;
  theirs: FactValue;
  yours: FactValue;
}

type Part = string | number;

/** Every scalar of a JSON value under its path; an empty object or array is no fact at all. */
function leaves(value: unknown, path: Part[], out: Map<string, { parts: Part[]; value: FactValue }>): void {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) leaves(v, [...path, i], out);
  } else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  else if (value !== undefined) out.set(pathText(path).path, { parts: path, value: value as FactValue });
}

function flatten(value: unknown) {
  const out = new Map<string, { parts: Part[]; value: FactValue }>();
  leaves(value, [], out);
  return out;
}

/**
 * The facts that differ between two versions of a case, in the order they appear (theirs first, then what only
 * yours has). `false` and an absent flag are told apart: the form writes one where the stored case had the other
 * only when the user touched it.
 */
export function diffFacts(theirs: unknown, yours: unknown): FactChange[] {
  const a = flatten(theirs);
  const b = flatten(yours);
  const changes: FactChange[] = [];
  for (const [path, { parts }] of new Map([...a, ...b])) {
    const before = a.get(path)?.value;
    const after = b.get(path)?.value;
    if (before !== after) changes.push({ path, field: pathText(parts).field, theirs: before, yours: after });
  }
  return changes;
}

/** Two versions hold the same facts (key order aside). */
export function sameFacts(a: unknown, b: unknown): boolean {
  return diffFacts(a, b).length === 0;
}
