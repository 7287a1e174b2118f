import type { Confidence } from '../../core/confidence.ts';
import type { HistoryMonth } from '../history.ts';

/**
 * What the base bands count in a prepared history, as running totals: for each tier, how many of the first i months
 * are regular (not back-paid, paid by the contract employer, tax basis matching) and reach it (at least its lower
 * bound; inside its band for reading R9's alternative). Any window's count is then two binary searches and a
 * subtraction, so the line and each alternative tried on it (R9, W1: the same history; R8 and the carried months:
 * their own) count without walking the months again.
 */
export interface BandIndex {
  /** The months, in order (the history's). */
  months: number[];
  /** The first month when the months follow one another without a gap (most histories): a position is a subtraction. */
  gapless: number | undefined;
  /** By tier in ascending order of the lower bound: running totals of length months + 1. */
  atLeast: number[][];
  inBand: number[][];
  /** Running totals of the months that are not regular, and of the regular ones whose reference is medium or low. */
  excluded: number[];
  medium: number[];
  low: number[];
  /** From each position, the first month without a published reference (the history's length when none). */
  nextUnpublished: number[];
}

/** Builds the index of one history for tiers given by their bounds in percent, in ascending order of the lower one. */
export function bandIndex(history: readonly HistoryMonth[], minPercent: number[], maxPercent: number[]): BandIndex {
  const n = history.length;
  const tiers = minPercent.length;
  const months = new Array<number>(n);
  const atLeast: number[][] = [];
  const inBand: number[][] = [];
  for (let j = 0; j < tiers; j++) {
    atLeast.push(runningTotals(n));
    inBand.push(runningTotals(n));
  }
  const excluded = runningTotals(n);
  const medium = runningTotals(n);
  const low = runningTotals(n);
  const nextUnpublished = new Array<number>(n + 1);
  let gapless = n > 0;
  for (let i = 0; i < n; i++) {
    const m = history[i] as HistoryMonth;
    months[i] = m.month;
    if (i > 0 && m.month !== (months[i - 1] as number) + 1) gapless = false;
    const regular = !m.backPaid && m.employerMatchesContract && m.taxMatches;
    excluded[i + 1] = (excluded[i] as number) + (regular ? 0 : 1);
    medium[i + 1] = (medium[i] as number) + (regular && m.referenceConfidence === 'medium' ? 1 : 0);
    low[i + 1] = (low[i] as number) + (regular && m.referenceConfidence === 'low' ? 1 : 0);
    const percent = m.percentOfReference;
    for (let j = 0; j < tiers; j++) {
      const reaches = regular && percent >= (minPercent[j] as number);
      const a = atLeast[j] as number[];
      const b = inBand[j] as number[];
      a[i + 1] = (a[i] as number) + (reaches ? 1 : 0);
      b[i + 1] = (b[i] as number) + (reaches && percent < (maxPercent[j] as number) ? 1 : 0);
    }
  }
  nextUnpublished[n] = n;
  for (let i = n - 1; i >= 0; i--)
    nextUnpublished[i] = (history[i] as HistoryMonth).percentOfReference < 0 ? i : (nextUnpublished[i + 1] as number);
  return { months, gapless: gapless ? months[0] : undefined, atLeast, inBand, excluded, medium, low, nextUnpublished };
}

/**
 * Plain arrays, not typed ones: V8 allocates a typed array through the runtime; with twelve Int32Arrays an index, an
 * applicant's first assessment measured 394,829 instructions, with plain arrays 228,037 (both building every index).
 */
function runningTotals(n: number): number[] {
  const out = new Array<number>(n + 1);
  out[0] = 0;
  return out;
}

/** The position of the first month at or after `month` (the length when none). */
export function firstFrom(index: BandIndex, month: number): number {
  const months = index.months;
  if (index.gapless !== undefined) {
    const at = month - index.gapless;
    return Math.min(Math.max(at, 0), months.length);
  }
  let lo = 0;
  let hi = months.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((months[mid] as number) < month) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lowest reference confidence of the regular months between two positions. */
export function confidenceBetween(index: BandIndex, from: number, to: number): Confidence {
  if ((index.low[to] as number) > (index.low[from] as number)) return 'low';
  return (index.medium[to] as number) > (index.medium[from] as number) ? 'medium' : 'high';
}
