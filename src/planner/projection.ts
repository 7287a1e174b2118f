import { monthIndex } from '../core/calendar.ts';
import { msg, type Said } from '../core/message.ts';
import type { Assessment, IndicatorId, ItemResult } from '../engine/types.ts';
import { lastPublishedMonth, referenceWage, seriesForReading } from '../policy/wages.ts';
import { firstDay } from './days.ts';
import type { Future } from './future.ts';
import { firstReach } from './reach.ts';
import type { Timeline } from './timeline.ts';
import type { Projection, ProjectionPoint, StatusChange, TimeEvent } from './types.ts';

/**
 * Time alone: the projected applicant assessed on each grid date. Every change of an item's points between two
 * grid dates becomes an event dated to the exact day (a birthday, a month start, a look-back window's end), found
 * by asking the engine, never by re-deriving the rule.
 */
export function project(tl: Timeline, grid: readonly string[], future: Future, readings: Record<string, string>): Projection {
  const carried = carriedFrom(future, grid[0] as string, readings);
  const assessed = grid.map((d) => tl.at(d));
  const points = assessed.map(
    (a, k): ProjectionPoint => ({
      offset: k,
      date: a.date,
      status: a.status,
      total: a.total,
      scoreIfEligible: a.scoreIfEligible,
      reaches: a.reaches,
      items: itemPoints(a),
      confidence: a.confidence,
      carriedReference: carried(a.date),
      beyondValidity: a.version.beyondValidity,
    }),
  );
  const events: TimeEvent[] = [];
  const statusChanges: StatusChange[] = [];
  for (let k = 1; k < grid.length; k++) {
    const before = assessed[k - 1] as Assessment;
    const after = assessed[k] as Assessment;
    events.push(...eventsBetween(tl, before, after));
    if (before.status !== after.status) {
      const day = firstDay(before.date, after.date, (d) => tl.at(d).status !== before.status);
      statusChanges.push(statusChange(before.status, tl.at(day).status, day));
    }
  }
  const carriedReferenceFrom = points.find((p) => p.carriedReference)?.date ?? null;
  const beyond = assessed.find((a) => a.version.beyondValidity);
  const beyondValidityFrom = beyond?.date ?? null;
  return {
    assumptions: future.assumptions,
    points,
    reaches: firstReach(tl, grid, grid),
    events,
    statusChanges,
    carriedReferenceFrom,
    beyondValidityFrom,
    notes: notes(carriedReferenceFrom, beyond, readings),
  };
}

/**
 * The changes of an item's points between two consecutive grid points, each dated to the exact day, in the order of
 * the earlier point's items. `from` is the earlier grid date when `before` was assessed earlier still, its items'
 * points known to hold up to `from` (the near miss skips the months where nothing can change).
 */
export function eventsBetween(tl: Timeline, before: Assessment, after: Assessment, from = before.date): TimeEvent[] {
  const out: TimeEvent[] = [];
  for (const item of before.items) {
    const points = lastPointsOf(after, item.id);
    if (points === undefined || points === item.points) continue;
    const day = firstDay(from, after.date, (d) => pointsOf(tl.at(d), item.id) !== item.points);
    out.push(event(item, tl.at(day), day));
  }
  return out;
}

/** The points of the last item with this id (as in itemPoints, where a later entry replaces an earlier one). */
function lastPointsOf(a: Assessment, id: IndicatorId): number | undefined {
  for (let i = a.items.length - 1; i >= 0; i--) if ((a.items[i] as ItemResult).id === id) return (a.items[i] as ItemResult).points;
  return undefined;
}

function itemPoints(a: Assessment): Record<IndicatorId, number> {
  return Object.fromEntries(a.items.map((i) => [i.id, i.points])) as Record<IndicatorId, number>;
}

function pointsOf(a: Assessment, id: IndicatorId): number | undefined {
  return a.items.find((i) => i.id === id)?.points;
}

function event(before: ItemResult, a: Assessment, day: string): TimeEvent {
  const after = a.items.find((i) => i.id === before.id) as ItemResult;
  const from = before.points;
  const to = after.points;
  const kind = before.group === 'deduction' && to > from ? 'restored' : to < from ? 'loss' : 'gain';
  const text = msg(`planner:event.${kind}`, { date: day, item: before.label, from, to });
  return { date: day, item: before.id, kind, from, to, text, explanation: after.explanation };
}

function statusChange(from: Assessment['status'], to: Assessment['status'], day: string): StatusChange {
  const text = msg('planner:statusChange', { date: day, from: msg(`planner:status.${from}`), to: msg(`planner:status.${to}`) });
  return { date: day, from, to, text };
}

/**
 * Whether an assessment on a date reads a month after the last published reference wage (the engine then
 * carries the latest value forward, low confidence): the applicant has such a month up to that date.
 */
function carriedFrom(future: Future, planDate: string, readings: Record<string, string>): (date: string) => boolean {
  const series = seriesForReading(readings['R8'] ?? 'talentDomain');
  const first = monthIndex(lastPublishedMonth(series)) + 1;
  const earliest = (months: { month: string }[]) =>
    months.reduce((min, m) => {
      const i = monthIndex(m.month);
      return i >= first && i < min ? i : min;
    }, Number.POSITIVE_INFINITY);
  const today = earliest(future.today.socialInsurance);
  const later = earliest(future.future.socialInsurance);
  const planMonth = monthIndex(planDate);
  return (date) => {
    const m = monthIndex(date);
    return (m <= planMonth ? today : later) <= m;
  };
}

function notes(carried: string | null, beyond: Assessment | undefined, readings: Record<string, string>): Said[] {
  const out: Said[] = [];
  if (carried) {
    const series = seriesForReading(readings['R8'] ?? 'talentDomain');
    const last = lastPublishedMonth(series);
    const value = referenceWage(monthIndex(last), series)?.value ?? 0;
    out.push(msg('planner:limits.carried', { month: last, value, from: carried }));
  }
  if (beyond) {
    const { name, to } = beyond.version;
    out.push(msg('planner:limits.beyondValidity', { date: beyond.date, version: name, to: to ?? '' }));
  }
  return out;
}
