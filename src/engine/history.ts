import type { SiMonth } from '../applicant/applicant.ts';
import { monthIndex } from '../core/calendar.ts';
import { type WageSeries, type WageTable, wageIn, wageTable } from '../policy/wages.ts';
import type { Confidence } from './types.ts';

/** One month of social insurance against a reference wage, prepared once per applicant and wage table (indexHistory). */
export interface HistoryMonth {
  month: number;
  base: number;
  backPaid: boolean;
  employerMatchesContract: boolean;
  taxMatches: boolean;
  /** Reference wage in force that month; 0 when none is published for it. */
  reference: number;
  referenceConfidence: Confidence;
  referenceCarried: boolean;
  /** ⌊100 × base / reference⌋, or −1 without a reference: every band test becomes one integer comparison. */
  percentOfReference: number;
  /**
   * Running counts from the first month through this one: the back-paid months, and the others paid by another
   * employer than the contract's. A count over any months up to a date is then a position and a subtraction.
   */
  backPaidThrough: number;
  otherEmployerThrough: number;
}

/**
 * Months in chronological order, only those up to `lastMonth` (later months have not happened yet), each against the
 * reference wages of `series`. An applicant is a value (never changed after validation), so all its months are
 * prepared once per wage table and an assessment takes those up to its own month (most often every one: the same
 * array); the planner's many dates and the alternatives then parse the months and compare the bases once.
 */
export function indexHistory(months: readonly SiMonth[], lastMonth: number, series: WageSeries): HistoryMonth[] {
  return historyAgainst(months, lastMonth, wageTable(series));
}

/** indexHistory against any wage table (an alternative value for some months). */
export function historyAgainst(months: readonly SiMonth[], lastMonth: number, wages: WageTable): HistoryMonth[] {
  const entry = preparedMonths(months, wages);
  const all = entry.all;
  let n = all.length;
  while (n > 0 && (all[n - 1] as HistoryMonth).month > lastMonth) n--;
  if (n === all.length) return all;
  // The same months up to the same month are the same array: what is counted of a history is kept by its array.
  if (entry.cut?.length !== n) entry.cut = all.slice(0, n);
  return entry.cut;
}

/**
 * The months last prepared against each wage table, with the list they came from, and the last of them cut at an
 * assessment month. One per table, not one per applicant (a WeakMap of every applicant's months cost a first
 * assessment more than preparing them did): enough for the planner, which assesses one applicant on many dates, and
 * for an assessment's alternatives.
 */
interface Prepared {
  months: readonly SiMonth[];
  all: HistoryMonth[];
  cut: HistoryMonth[] | undefined;
}

const lastPrepared = new Map<WageTable, Prepared>();

function preparedMonths(months: readonly SiMonth[], wages: WageTable): Prepared {
  const last = lastPrepared.get(wages);
  if (last !== undefined && last.months === months) return last;
  // The same months against another table (an alternative's reference): parsed and sorted already.
  let parsed: HistoryMonth[] | undefined;
  for (const other of lastPrepared.values()) if (other.months === months) parsed = other.all;
  const entry: Prepared = { months, all: parsed ? againstTable(parsed, wages) : allMonths(months, wages), cut: undefined };
  lastPrepared.set(wages, entry);
  return entry;
}

function againstTable(history: readonly HistoryMonth[], wages: WageTable): HistoryMonth[] {
  const out = new Array<HistoryMonth>(history.length);
  for (let i = 0; i < history.length; i++) {
    const m = history[i] as HistoryMonth;
    out[i] = prepared(m.month, m, wages);
  }
  return withRunningCounts(out);
}

function allMonths(months: readonly SiMonth[], wages: WageTable): HistoryMonth[] {
  // Filled by index, not push: the array is sized once (push was a tenth of an assessment's time).
  const out = new Array<HistoryMonth>(months.length);
  let sorted = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < months.length; i++) {
    const m = months[i] as SiMonth;
    const month = monthIndex(m.month);
    if (month < previous) sorted = false;
    previous = month;
    out[i] = prepared(month, m, wages);
  }
  if (!sorted) out.sort((a, b) => a.month - b.month);
  return withRunningCounts(out);
}

/** The months with their running counts filled in, in order. */
function withRunningCounts(months: HistoryMonth[]): HistoryMonth[] {
  let backPaid = 0;
  let otherEmployer = 0;
  for (let i = 0; i < months.length; i++) {
    const m = months[i] as HistoryMonth;
    if (m.backPaid) backPaid++;
    else if (!m.employerMatchesContract) otherEmployer++;
    m.backPaidThrough = backPaid;
    m.otherEmployerThrough = otherEmployer;
  }
  return months;
}

/** How many of the months (in order) are at or before `month`: the position just after it. */
export function monthsThrough(history: readonly HistoryMonth[], month: number): number {
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((history[mid] as HistoryMonth).month <= month) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The back-paid months among the first `n` (a position from monthsThrough). */
export function backPaidIn(history: readonly HistoryMonth[], n: number): number {
  return n === 0 ? 0 : (history[n - 1] as HistoryMonth).backPaidThrough;
}

/** One month with the reference wage in force for it (from `wages`) and its ratio. */
function prepared(month: number, m: SiMonth | HistoryMonth, wages: WageTable): HistoryMonth {
  const ref = wageIn(wages, month);
  return {
    month,
    base: m.base,
    backPaid: m.backPaid,
    employerMatchesContract: m.employerMatchesContract,
    taxMatches: m.taxMatches,
    reference: ref ? ref.value : 0,
    referenceConfidence: ref ? ref.confidence : 'low',
    referenceCarried: ref ? ref.carried : false,
    percentOfReference: ref ? Math.floor((m.base * 100) / ref.value) : -1,
    backPaidThrough: 0,
    otherEmployerThrough: 0,
  };
}

/**
 * base ≥ ratio × reference, exactly: ratios in the policy data have at most two decimals, so with r = 100 × ratio
 * (an integer) the test is 100 × base / reference ≥ r, i.e. ⌊100 × base / reference⌋ ≥ r. So 0.8 × 10,338 = 8,270.4
 * puts 8,270 below the 0.8× band and 8,271 in it.
 */
export function percentOf(ratio: number): number {
  return Math.round(ratio * 100);
}

export function atLeast(m: HistoryMonth, ratio: number): boolean {
  return m.percentOfReference >= percentOf(ratio);
}

export function inWindow(m: HistoryMonth, windowEnd: number, windowMonths: number): boolean {
  return m.month <= windowEnd && m.month > windowEnd - windowMonths;
}
