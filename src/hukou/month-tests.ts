import { atLeast, type HistoryMonth, percentOf } from '../engine/history.ts';
import type { HukouReadingChoice } from '../policy/hukou.ts';
import type { Timeline } from './timeline.ts';

/** The month tests of JUZHUANHU.md §3.3 and §5.3 on a prepared timeline; `m` is the application month (an index). */

/** The first month that still counts for an application in `m`: after the last long lapse under J1 = resetAfterGrace. */
function countFrom(t: Timeline, m: number, readings: HukouReadingChoice): number {
  if (readings.J1 !== 'resetAfterGrace') return t.origin;
  let from = t.origin;
  for (const r of t.resets) if (r < m) from = Math.max(from, r);
  return from;
}

function counted(t: Timeline, k: number): boolean {
  return t.permitCounted[k - t.origin] === true;
}

/**
 * A prefix count of the months passing `test` from t.lo to t.end, built once per timeline and key: the scan for the
 * earliest month asks the same counts for every month of the horizon and every route, each then a subtraction.
 */
function prefix(t: Timeline, key: string | number, test: (k: number) => boolean): Int32Array {
  const p = new Int32Array(t.end - t.lo + 2);
  for (let k = t.lo; k <= t.end; k++) p[k - t.lo + 1] = (p[k - t.lo] as number) + (test(k) ? 1 : 0);
  t.prefixes.set(key, p);
  return p;
}

/** Months of a prefix count in [from, to). */
function countIn(t: Timeline, p: Int32Array, from: number, to: number): number {
  return to > from ? at(t, p, to) - at(t, p, from) : 0;
}

/** The months passing before k (the count is flat outside the timeline). */
function at(t: Timeline, p: Int32Array, k: number): number {
  return p[Math.min(Math.max(k, t.lo), t.end + 1) - t.lo] as number;
}

/** Permit months before the application month (J1, J2, J3). */
export function permitMonthsBefore(t: Timeline, m: number, readings: HukouReadingChoice): number {
  const p = t.prefixes.get('permit') ?? prefix(t, 'permit', (k) => counted(t, k));
  return countIn(t, p, countFrom(t, m, readings), m);
}

export function permitValidIn(t: Timeline, m: number): boolean {
  return t.permitValid[m - t.origin] === true;
}

/**
 * Regular SI months during the permit before the application month: not back-paid, not paid by an employer
 * registered outside Shanghai (J5); low-base and tax-mismatched months count (J4) unless J4 = exclude.
 */
export function siMonthsBefore(t: Timeline, m: number, readings: HukouReadingChoice): number {
  const p = t.prefixes.get('si') ?? prefix(t, 'si', (k) => regular(t, k, readings));
  return countIn(t, p, countFrom(t, m, readings), m);
}

function regular(t: Timeline, k: number, readings: HukouReadingChoice): boolean {
  const h = t.si.get(k);
  if (!h || !counted(t, k) || h.backPaid || t.outOfTown.has(k)) return false;
  return readings.J4 !== 'exclude' || (h.taxMatches && atLeast(h, 1));
}

/** A month usable in a base test: regular (J8), a Shanghai employer (J5), tax matching the base (RULES §2.4). */
function testMonth(t: Timeline, k: number, readings: HukouReadingChoice): HistoryMonth | undefined {
  const h = t.si.get(k);
  if (!h || (h.backPaid && readings.J8 !== 'included') || t.outOfTown.has(k) || !h.taxMatches || h.reference === 0) return undefined;
  return h;
}

/** Months of the window (J7) at ≥ ratio × the reference. */
export function windowCount(t: Timeline, m: number, ratio: number, windowMonths: number, readings: HukouReadingChoice): number {
  const last = readings.J7 === 'including' ? m : m - 1;
  const p = t.prefixes.get(ratio) ?? prefix(t, ratio, (k) => monthAtLeast(t, k, ratio, readings));
  return countIn(t, p, last - windowMonths + 1, last + 1);
}

export function monthAtLeast(t: Timeline, m: number, ratio: number, readings: HukouReadingChoice): boolean {
  const h = testMonth(t, m, readings);
  return h !== undefined && atLeast(h, ratio);
}

/** Consecutive months right before `m` each strictly above ratio × the reference (the Procedures' 2× text, J9). */
export function consecutiveAbove(t: Timeline, m: number, ratio: number, cap: number, readings: HukouReadingChoice): number {
  let n = 0;
  for (let k = m - 1; n < cap; k--) {
    const h = testMonth(t, k, readings);
    if (!h || h.base * 100 <= percentOf(ratio) * h.reference) break;
    n++;
  }
  return n;
}

/** Months before `m` worked in an area (its set of months in the timeline) with a regular SI month (J19). */
export function areaMonthsBefore(t: Timeline, months: ReadonlySet<number>, m: number): number {
  let n = 0;
  for (const k of months) {
    const h = k < m ? t.si.get(k) : undefined;
    if (h && !h.backPaid) n++;
  }
  return n;
}

/** Months of a set before `m`. */
export function monthsBefore(months: ReadonlySet<number>, m: number): number {
  let n = 0;
  for (const k of months) if (k < m) n++;
  return n;
}
