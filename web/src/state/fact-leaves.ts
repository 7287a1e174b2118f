import { pathText } from '../../../src/applicant/errors.ts';
import type { Said } from '../../../src/core/message.ts';

/** One leaf of an applicant's facts: its path, its name (as validation errors name fields) and its value. */
export interface FactLeaf {
  path: string;
  /** The path as keys and list indices. */
  keys: (string | number)[];
  field: Said;
  /** A string, number, boolean or null; an empty list or object stands as a leaf of its own. */
  value: unknown;
}

function walk(value: unknown, path: (string | number)[], out: FactLeaf[]): void {
  if (Array.isArray(value) && value.length) {
    for (const [i, v] of value.entries()) walk(v, [...path, i], out);
  } else if (value && typeof value === 'object' && Object.keys(value).length) {
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], out);
  } else if (value !== undefined) {
    const named = pathText(path);
    out.push({ path: named.path, keys: path, field: named.field, value });
  }
}

/** Every leaf of a JSON value (the facts as stored or entered), in order, under `path`. */
export function factLeaves(value: unknown, path: (string | number)[] = []): FactLeaf[] {
  const out: FactLeaf[] = [];
  walk(value, path, out);
  return out;
}
