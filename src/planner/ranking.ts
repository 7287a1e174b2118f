import { monthIndex } from '../core/calendar.ts';
import { msg, type Said } from '../core/message.ts';
import type { Confidence } from '../engine/types.ts';
import type { Action } from './types.ts';

const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** The ranking rule, as the plan states it to the applicant (`Plan.rankingRule`). */
export const RANKING_RULE: Said = msg('planner:ranking.rule');

/**
 * How soon and how hard, not the date alone (RANKING_RULE): the year of reaching the standard score after the plan
 * date (never reaching last); within a year, fewer extra yuan a month, then no exam, then the earlier day; then
 * fewer assumptions, higher confidence and the earlier day it counts. The sort is stable, so the builders' order
 * breaks the rest.
 */
export function rank(actions: readonly Action[], planDate: string): Action[] {
  const plan = monthIndex(planDate);
  // 0: within 12 months, 1: within 24, …
  const year = (a: Action) => (a.reaches ? Math.max(0, Math.ceil((monthIndex(a.reaches.date) - plan) / 12) - 1) : Number.POSITIVE_INFINITY);
  return [...actions].sort(
    (a, b) =>
      compare(year(a), year(b)) ||
      a.cost.extraYuanPerMonth - b.cost.extraYuanPerMonth ||
      Number(a.cost.exam) - Number(b.cost.exam) ||
      compareReach(a, b) ||
      a.assumptions.length - b.assumptions.length ||
      RANK[a.confidence] - RANK[b.confidence] ||
      (a.countsFrom < b.countsFrom ? -1 : a.countsFrom > b.countsFrom ? 1 : 0),
  );
}

function compare(x: number, y: number): number {
  return x === y ? 0 : x < y ? -1 : 1;
}

function compareReach(a: Action, b: Action): number {
  if (a.reaches && b.reaches) return a.reaches.date < b.reaches.date ? -1 : a.reaches.date > b.reaches.date ? 1 : 0;
  if (a.reaches) return -1;
  if (b.reaches) return 1;
  return 0;
}
