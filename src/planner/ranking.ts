import type { Confidence } from '../engine/types.ts';
import type { Action } from './types.ts';

const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/**
 * Earliest date of reaching the standard score first (never reaching last); ties: fewer assumptions, then higher
 * confidence, then the earlier date the action counts. The sort is stable, so the builders' order breaks the rest.
 */
export function rank(actions: readonly Action[]): Action[] {
  return [...actions].sort(
    (a, b) =>
      compareReach(a, b) ||
      a.assumptions.length - b.assumptions.length ||
      RANK[a.confidence] - RANK[b.confidence] ||
      (a.countsFrom < b.countsFrom ? -1 : a.countsFrom > b.countsFrom ? 1 : 0),
  );
}

function compareReach(a: Action, b: Action): number {
  if (a.reaches && b.reaches) return a.reaches.date < b.reaches.date ? -1 : a.reaches.date > b.reaches.date ? 1 : 0;
  if (a.reaches) return -1;
  if (b.reaches) return 1;
  return 0;
}
