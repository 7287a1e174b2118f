import type { Applicant } from '../applicant/index.ts';
import { monthString } from '../core/calendar.ts';
import { type Confidence, lower } from '../core/confidence.ts';
import { type Msg, msg } from '../core/message.ts';
import { type HukouDated, type HukouReadingChoice, hukouParam } from '../policy/hukou.ts';
import type { HukouParamId, HukouValue } from '../policy/hukou-schema.ts';
import type { Timeline } from './timeline.ts';
import type { HukouCondition, HukouStatus, TitleResult } from './types.ts';

/** What every route test reads, and what it notes on the way: sources, readings, confidence, warnings. */
export interface Ctx {
  a: Applicant;
  t: Timeline;
  readings: HukouReadingChoice;
  /** The date the rules are read on for month m (the assessment date itself for its own month; a pinned version's range). */
  ruleDate: (m: number) => string;
  note: Notes;
  /** Scanning for the earliest month: only whether some condition fails matters, not the full list. */
  scan?: boolean;
  /** The scan's answers that do not depend on the route, worked out once per month (see `monthMemo`). */
  memo?: MonthMemo;
}

/**
 * What every route of a scan shares, by month from t.now: the common conditions and the best title option (with
 * the scan's what-if certificate). Seventeen routes ask them for the same months; each is worked out once.
 */
export interface MonthMemo {
  common: (HukouCondition[] | undefined)[];
  title: (TitleResult | undefined)[];
}

export function monthMemo(): MonthMemo {
  return { common: [], title: [] };
}

export interface Notes {
  sources: Set<string>;
  readings: Set<string>;
  confidence: Confidence;
  warnings: Map<string, Msg>;
  article?: { zh: string; en: string };
}

export function notes(): Notes {
  return { sources: new Set(), readings: new Set(), confidence: 'high', warnings: new Map() };
}

/** The value of `id` in force for an application in month `m`, noted with its sources, readings and any expiry flag. */
export function rule<K extends HukouParamId>(c: Ctx, id: K, m: number): HukouValue<K> | undefined {
  const found = hukouParam(id, c.ruleDate(m), c.readings);
  if (!found) return undefined;
  // A scan's notes are dropped: nothing to note.
  if (c.scan) return found.dated.value;
  record(c.note, found.dated);
  if (found.beyondStated)
    c.note.warnings.set(
      `beyond:${found.beyondStated}`,
      msg('hukou:warn.beyondStated', { reading: found.beyondStated, date: found.dated.statedTo ?? '' }),
    );
  return found.dated.value;
}

function record(n: Notes, d: HukouDated<HukouParamId>): void {
  for (const s of d.source) n.sources.add(s);
  for (const r of d.readings ?? []) n.readings.add(r);
  if (d.expiryReading) n.readings.add(d.expiryReading);
  n.confidence = lower(n.confidence, d.confidence);
  n.article ??= d.article;
}

/** true → met, false → failed (with its fix), undefined → the question to confirm. */
export function cond(id: string, ok: boolean | undefined, text: Msg, fix?: Msg): HukouCondition {
  const status: HukouStatus = ok === true ? 'met' : ok === false ? 'failed' : 'confirm';
  return status === 'met' || !fix ? { id, status, text } : { id, status, text, fix };
}

const STANDING = new WeakSet<HukouCondition>();

/**
 * Marks a condition whose status is the same in every month its route is in force (a route not in force fails too):
 * once it fails, the route fails in every month and the scan for its earliest month can stop. `when`: only then.
 * Never inside one of several ways to meet a condition (the title options): another way may hold in a later month.
 */
export function standing(condition: HukouCondition, when = true): HukouCondition {
  // Only a failure is asked about: marking the others would cost more than the scans it saves.
  if (when && condition.status === 'failed') STANDING.add(condition);
  return condition;
}

/** Does a standing condition fail (so every month fails)? */
export function failsForGood(conditions: readonly HukouCondition[]): boolean {
  return conditions.some((x) => x.status === 'failed' && STANDING.has(x));
}

/** failed beats confirm beats met. */
export function statusOf(conditions: readonly HukouCondition[]): HukouStatus {
  if (conditions.some((c) => c.status === 'failed')) return 'failed';
  return conditions.some((c) => c.status === 'confirm') ? 'confirm' : 'met';
}

const RANK = { met: 0, confirm: 1, failed: 2 } as const;

/** The best of several ways to meet one condition: met, then to confirm; among equals the most met, then the fewest failed. */
export function best<T extends { conditions: HukouCondition[] }>(options: readonly T[]): T {
  const key = (o: T) => {
    const cs = o.conditions;
    return [RANK[statusOf(cs)], -cs.filter((c) => c.status === 'met').length, cs.filter((c) => c.status === 'failed').length];
  };
  return options.reduce((b, o) => {
    const [x, y] = [key(o), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] as number) < (y[i] as number) ? o : b;
    return b;
  });
}

export function month(m: number): string {
  return monthString(m);
}
