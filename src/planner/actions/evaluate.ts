import { maxDate, monthIndex } from '../../core/calendar.ts';
import { lowest } from '../../core/confidence.ts';
import { msg, type Said } from '../../core/message.ts';
import type { Assessment, Confidence, ItemResult } from '../../engine/types.ts';
import type { PlanContext } from '../context.ts';
import { firstDay } from '../days.ts';
import { NEAR_MISS_MONTHS } from '../near-miss.ts';
import { firstWhen, reachOn } from '../reach.ts';
import { makeTimeline } from '../timeline.ts';
import type { Action, Reach, SkippedAction } from '../types.ts';
import { withFix } from '../words.ts';
import { costOf } from './cost.ts';
import type { ActionSpec } from './spec.ts';

const addsPoints = (withAction: Assessment, waiting: Assessment) => withAction.scoreIfEligible > waiting.scoreIfEligible;

/**
 * Evaluates an action with the engine alone: the applicant with the action taken (and the projection's months)
 * is assessed from the first date the action could exist, beside waiting alone on the same days.
 * countsFrom — the first day it adds points; reaches — the first day the total reaches 120 (combined with waiting:
 * when waiting gets there first, that date stands).
 */
export function evaluate(spec: ActionSpec, ctx: PlanContext): Action | SkippedAction {
  const last = ctx.grid[ctx.grid.length - 1] as string;
  if (spec.availableFrom > last) return skip(spec, msg('planner:skip.beyondHorizon'));
  const today = spec.apply(ctx.future.today);
  const future = spec.apply(ctx.future.future);
  const paid = new Set(future.socialInsurance.filter((m) => !m.backPaid).map((m) => monthIndex(m.month)));
  const withAction = makeTimeline({ today, future, paid }, ctx.date, ctx.readings);
  const counts = spec.counts ?? addsPoints;
  const holds = (d: string) => counts(withAction.at(d), ctx.waiting.at(d));
  const dates = [spec.availableFrom, ...ctx.grid.filter((d) => d > spec.availableFrom)];

  const why = () => {
    const probe = spec.probe ?? spec.apply;
    const probed = makeTimeline({ today: probe(ctx.future.today), future: probe(ctx.future.future), paid }, ctx.date, ctx.readings);
    // The reason as it stands in the coming year (a year on, or when the action first exists if later): the
    // window a person can act on, not the one at the end of the horizon.
    const yearOn = ctx.grid[Math.min(NEAR_MISS_MONTHS, ctx.grid.length - 1)] as string;
    return skip(spec, reasonFrom(probed.at(maxDate(yearOn, spec.availableFrom)), spec));
  };
  // An action that adds nothing on its first possible day nor at the horizon adds nothing: no full scan.
  if (!holds(spec.availableFrom) && !holds(last)) return why();
  const countsFrom = spec.monotone ? firstByHalving(dates, holds) : firstWhen(dates, holds);
  if (countsFrom === null) return why();

  // Days on which even the most the action could add leaves waiting short of 120 cannot reach: not assessed.
  const mayReach = (d: string) => {
    const w = ctx.waiting.at(d);
    return w.status === 'scored' && w.scoreIfEligible + headroom(spec, w) >= w.standardScore && withAction.at(d).reaches;
  };
  // Past the day waiting alone reaches 120 nothing can be sooner: the scan stops there.
  const w0 = ctx.waitingReach?.date;
  const scan = w0 ? [...dates.filter((d) => d < w0), w0] : dates;
  const reaches = reachWith(ctx, spec.availableFrom, () => {
    const date = firstWhen(scan, mayReach);
    return date === null ? null : reachOn(withAction, date, ctx.grid);
  });
  const a = withAction.at(countsFrom);
  const w = ctx.waiting.at(countsFrom);
  const relied = changedItems(a, w, spec);
  const readings: Record<string, string> = {};
  for (const i of relied) Object.assign(readings, i.readings);
  const confidence: Confidence = lowest(...relied.map((i) => i.confidence));
  const target = a.items.find((i) => i.id === spec.target);
  return {
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    points: a.scoreIfEligible - w.scoreIfEligible,
    availableFrom: spec.availableFrom,
    countsFrom,
    reaches,
    conditions: [...spec.conditions, ...(target?.conditions ?? [])],
    assumptions: spec.assumptions,
    confidence,
    readings,
    cost: costOf(spec, ctx.date, countsFrom),
    facts: spec.facts,
    informationOnly: spec.informationOnly === true,
  };
}

/** The most the action can add on a day: each affected item's room above what waiting scores there. */
function headroom(spec: ActionSpec, w: Assessment): number {
  let room = 0;
  for (const { item, max } of spec.affects) {
    const i = w.items.find((x) => x.id === item);
    const cap = max ?? i?.max ?? null;
    if (cap === null) return Number.POSITIVE_INFINITY;
    room += Math.max(0, cap - (i?.points ?? 0));
  }
  return room;
}

/** First date in `dates` where a monotone predicate holds (it holds on the last one), then its exact day. */
function firstByHalving(dates: readonly string[], holds: (d: string) => boolean): string | null {
  if (holds(dates[0] as string)) return dates[0] as string;
  let lo = 0;
  let hi = dates.length - 1;
  if (!holds(dates[hi] as string)) return null;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (holds(dates[mid] as string)) hi = mid;
    else lo = mid;
  }
  return firstDay(dates[lo] as string, dates[hi] as string, holds);
}

/** When waiting alone reaches 120 before the action could exist, the action cannot make it sooner. */
function reachWith(ctx: PlanContext, availableFrom: string, scan: () => Reach | null): Reach | null {
  const w = ctx.waitingReach;
  if (w && w.date <= availableFrom) return w;
  const r = scan();
  if (w && (!r || w.date < r.date)) return w;
  return r;
}

/** Items whose points or counting differ with the action, and the target: the rules the added points rely on. */
function changedItems(a: Assessment, w: Assessment, spec: ActionSpec): ItemResult[] {
  const out = a.items.filter((i) => {
    const o = w.items.find((x) => x.id === i.id);
    return !o || o.points !== i.points || o.counted !== i.counted;
  });
  const target = a.items.find((i) => i.id === spec.target);
  if (target && !out.includes(target)) out.push(target);
  return out;
}

/** Why an action adds nothing: the target item's first failed (else unconfirmed) condition, as the engine words it. */
function reasonFrom(a: Assessment, spec: ActionSpec): Said {
  const item = a.items.find((i) => i.id === spec.target);
  const c = item?.conditions.find((x) => x.status === 'failed') ?? item?.conditions.find((x) => x.status === 'confirm');
  return c ? withFix(c) : msg('planner:skip.noGain');
}

function skip(spec: ActionSpec, reason: Said): SkippedAction {
  return { id: spec.id, kind: spec.kind, title: spec.title, reason };
}
