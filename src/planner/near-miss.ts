import type { Applicant } from '../applicant/applicant.ts';
import { addMonthsToDate } from '../core/calendar.ts';
import { msg, type Said } from '../core/message.ts';
import { withoutAlternatives } from '../engine/alternatives.ts';
import { assess } from '../engine/assess.ts';
import type { Assessment } from '../engine/types.ts';
import { datedChanges, historyQuietSteps } from './change-points.ts';
import { buildFuture } from './future.ts';
import { monthlyGrid } from './grid.ts';
import { eventsBetween } from './projection.ts';
import { makeTimeline, type Timeline } from './timeline.ts';
import type { NearMiss, PlanOptions, TimeEvent } from './types.ts';
import { join } from './words.ts';

/** How far ahead a change by waiting alone is put first: the coming year. */
export const NEAR_MISS_MONTHS = 12;

/**
 * What waiting alone changes in the coming year, the first thing to tell an applicant (null when nothing, vetoed
 * or outside the scheme): the same answer as `plan(…).nearMiss`, so every door can show it beside an assessment.
 * Unlike plan() it stops at the first month with a change of the score, and it assesses only the months where the
 * points can change (change-points.ts): the first month, where the projected history begins, and then the months
 * where a dated fact changes or a count of the history can reach its threshold. Between two such months every item
 * keeps its points, so comparing the months on either side of each finds what the month-by-month walk finds.
 * `today` is the assessment of `applicant` on `options.date` under `options.readings`, when the caller has it.
 */
export function nearMiss(
  applicant: Applicant,
  options: Omit<PlanOptions, 'horizonMonths'>,
  today: Assessment = assess(applicant, { date: options.date, readings: options.readings }),
): NearMiss | null {
  if (today.status === 'vetoed' || today.status === 'outsideScheme') return null;
  // Only points, statuses and explanations are compared and reported: the readings tried for confidence are not.
  return withoutAlternatives(() => walk(applicant, options, today));
}

function walk(applicant: Applicant, options: Omit<PlanOptions, 'horizonMonths'>, today: Assessment): NearMiss | null {
  const future = buildFuture(applicant, options.date, NEAR_MISS_MONTHS, options.assumptions ?? {});
  const tl = makeTimeline(future, options.date, options.readings);
  const grid = monthlyGrid(options.date, NEAR_MISS_MONTHS);
  const dated = datedChanges(future.future, grid);
  // Without assumptions the plan date's applicant is the one given: its assessment is `today`.
  let before = options.assumptions ? tl.at(grid[0] as string) : today;
  // The first month is always compared: from it on, the projected applicant replaces the one given.
  let k = 1;
  while (k < grid.length) {
    const after = tl.at(grid[k] as string);
    // The months are apart and in order, so the first change found this way is the first of the year.
    const found = nearMissOf(tl, today, eventsBetween(tl, before, after, grid[k - 1]));
    if (found) return found;
    before = after;
    // The next month where something can change: a dated fact, or a count of the history `after` shows.
    const next = k + historyQuietSteps(after);
    k++;
    while (k < next && k < grid.length && !dated[k]) k++;
  }
  return null;
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
