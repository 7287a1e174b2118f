import type { Said } from '../../../src/core/message.ts';
import type { Assessment, IndicatorId } from '../../../src/engine/types.ts';
import { factLeaves } from '../state/fact-leaves.ts';

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

/** The facts that differ, in the order they appear (the older input's first, then what only the newer one has). */
export function factChanges(before: unknown, after: unknown): FactChange[] {
  const a = new Map(factLeaves(before).map((l) => [l.path, l]));
  const b = new Map(factLeaves(after).map((l) => [l.path, l]));
  const changes: FactChange[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(path);
    const y = b.get(path);
    const named = x ?? y;
    if (!named || JSON.stringify(x?.value) === JSON.stringify(y?.value)) continue;
    changes.push({ path, field: named.field, before: x?.value, after: y?.value });
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

/** The readings (by id) whose option differs between the two assessments, with the option on each side. */
export function readingChanges(before: Assessment, after: Assessment): { id: string; before?: string; after?: string }[] {
  const ids = [...new Set([...Object.keys(before.readings), ...Object.keys(after.readings)])].sort();
  return ids
    .filter((id) => before.readings[id] !== after.readings[id])
    .map((id) => ({ id, before: before.readings[id], after: after.readings[id] }));
}
