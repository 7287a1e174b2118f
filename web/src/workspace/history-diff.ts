import { pathText } from '../../../src/applicant/errors.ts';
import type { Said } from '../../../src/core/message.ts';
import type { Assessment, IndicatorId } from '../../../src/engine/types.ts';

/** One fact that differs between two stored inputs: its path, its name, and the value on each side (undefined: absent). */
export interface FactChange {
  path: string;
  field: Said;
  before: unknown;
  after: unknown;
}

/** One item whose points moved: what it counted on each side (0 when another item of its choose-one group counted). */
export interface ItemMove {
  id: IndicatorId;
  label: Said;
  before: number;
  after: number;
}

type Leaf = string | number | boolean | null;

/** Every leaf of a JSON value by its path; an empty list or object is a leaf of its own, so that adding one shows. */
function leaves(value: unknown, path: (string | number)[], out: Map<string, { path: (string | number)[]; value: unknown }>): void {
  if (Array.isArray(value) && value.length) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value && typeof value === 'object' && Object.keys(value).length)
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  else if (value !== undefined) out.set(JSON.stringify(path), { path, value });
}

/** The facts that differ, in the order they appear (the older input's first, then what only the newer one has). */
export function factChanges(before: unknown, after: unknown): FactChange[] {
  const a = new Map<string, { path: (string | number)[]; value: unknown }>();
  const b = new Map<string, { path: (string | number)[]; value: unknown }>();
  leaves(before, [], a);
  leaves(after, [], b);
  const changes: FactChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (JSON.stringify(x?.value) === JSON.stringify(y?.value)) continue;
    const named = pathText((x ?? y)?.path ?? []);
    changes.push({ path: named.path, field: named.field, before: x?.value as Leaf | undefined, after: y?.value as Leaf | undefined });
  }
  return changes;
}

const counted = (a: Assessment, id: IndicatorId): number => {
  const item = a.items.find((i) => i.id === id);
  return item?.counted ? item.points : 0;
};

/** The items whose counted points differ, in the newer assessment's order. */
export function itemMoves(before: Assessment, after: Assessment): ItemMove[] {
  const ids = [...new Set([...after.items.map((i) => i.id), ...before.items.map((i) => i.id)])];
  return ids
    .map((id) => {
      const item = after.items.find((i) => i.id === id) ?? before.items.find((i) => i.id === id);
      return { id, label: item?.label ?? { zh: id, en: id }, before: counted(before, id), after: counted(after, id) };
    })
    .filter((m) => m.before !== m.after);
}
