import type { Applicant } from '../applicant/applicant.ts';
import { addMonthsToDate } from '../core/calendar.ts';
import { msg, type Said } from '../core/message.ts';
import type { Assessment } from '../engine/types.ts';
import { prepare } from './time-alone.ts';
import type { Timeline } from './timeline.ts';
import type { NearMiss, PlanOptions, TimeEvent } from './types.ts';
import { join } from './words.ts';

/** How far ahead a change by waiting alone is put first: the coming year. */
export const NEAR_MISS_MONTHS = 12;

/**
 * What waiting alone changes in the coming year, the first thing to tell an applicant (null when nothing, vetoed
 * or outside the scheme): the same answer as `plan(…).nearMiss`, from a projection of that year only, so every
 * door can show it beside an assessment. Kept apart from plan() so a page can show it without the actions.
 */
export function nearMiss(applicant: Applicant, options: Omit<PlanOptions, 'horizonMonths'>): NearMiss | null {
  const { today, rest } = prepare(applicant, options, NEAR_MISS_MONTHS);
  return rest ? nearMissOf(rest.waiting, today, rest.projection.events) : null;
}

/**
 * The first day within the coming year on which waiting alone changes the score (what the items give once
 * eligible, after choose-one), with the items whose points change that day and the engine's explanation of each.
 * Null when time alone changes nothing in that year. Every figure is the engine's, on the day.
 */
export function nearMissOf(tl: Timeline, today: Assessment, events: readonly TimeEvent[]): NearMiss | null {
  const end = addMonthsToDate(today.date, NEAR_MISS_MONTHS);
  const days = [...new Set(events.filter((e) => e.date <= end).map((e) => e.date))].sort();
  for (const date of days) {
    const then = tl.at(date);
    const points = then.scoreIfEligible - today.scoreIfEligible;
    if (points === 0) continue;
    const changes = events.filter((e) => e.date === date);
    return {
      date,
      points,
      scoreIfEligible: then.scoreIfEligible,
      items: changes.map((e) => e.item),
      text: headline(date, points, changes),
    };
  }
  return null;
}

/** "2027-01 起 +50 分：…": the month alone when the change falls on its first day. */
function headline(date: string, points: number, changes: readonly TimeEvent[]): Said {
  const when = date.endsWith('-01') ? date.slice(0, 7) : date;
  // The engine's explanations are sentences, each with its own stop: they follow the headline as they are.
  const why = join(
    changes.map((e) => e.explanation),
    'sentences',
  );
  return msg('planner:nearMiss', { when, sign: points > 0 ? 'plus' : 'minus', points: Math.abs(points), why });
}
