import type { Assessment } from '../engine/types.ts';
import { param } from '../policy/index.ts';
import type { Future } from './future.ts';
import type { Timeline } from './timeline.ts';
import type { PlanAssumptions, Reach } from './types.ts';

/** What every action builder and the evaluator read: the plan date, the grid, and waiting alone. */
export interface PlanContext {
  date: string;
  grid: readonly string[];
  /** The caller's reading switches, passed to every assessment. */
  readings: Record<string, string> | undefined;
  assumptions: PlanAssumptions;
  future: Future;
  /** The engine's assessment on the plan date. */
  today: Assessment;
  waiting: Timeline;
  waitingReach: Reach | null;
}

/** Points of the title/skill item on the plan date, as the engine scored it. */
export function titleSkillPoints(ctx: PlanContext): number {
  return ctx.today.items.find((i) => i.id === 'titleSkill')?.points ?? 0;
}

/** Whether a title or skill level is behind the base gate on a date (policy data: `gatedLevels`). */
export function gatedLevel(date: string, level: string): boolean {
  return param('titleSkill', date)?.value.gatedLevels.includes(level as never) === true;
}

/** The base gate's multiple of the reference wage on a date, or null when there is none. */
export function gateRatio(date: string): number | null {
  return param('titleSkill', date)?.value.gate?.minRatio ?? null;
}
