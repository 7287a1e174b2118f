import type { Applicant } from '../applicant/applicant.ts';
import { catalogs } from '../catalog/data.ts';
import { DATE_SHAPE, dateOfDay, dayNumber, fullMonthsIn, isLeapYear } from '../core/calendar.ts';
import { agePoints } from '../engine/indicators/age.ts';
import { tierMonthsFact } from '../engine/indicators/si-base.ts';
import type { Assessment, ItemResult } from '../engine/types.ts';
import { files, param, versions } from '../policy/index.ts';

/**
 * Where waiting can change an item's points, so that the near miss assesses only those months (issue 15, speed from
 * the design). Two kinds of change, both found without assessing:
 * - The dated facts: every rule compares the date with a date of the applicant (obtained, received, married, a
 *   record's look-back, a period's full years) or of the policy data (a version, a dated value, a catalogue entry),
 *   or reads its year. `datedChanges` lists the days where one of those comparisons turns, and marks the months
 *   they fall in.
 * - The monthly history (SI years, the base bands, the title/skill 1× gate): each month moves its windows by one
 *   month, so each count moves by one at most. `historyQuietSteps` reads the counts from an assessment's facts and
 *   says how many months must pass before one of them can cross its threshold.
 * Both err on the side of a change: assessing a month that changes nothing costs time, never a wrong answer; a
 * property test compares the result with the month-by-month walk.
 */

/** Every YYYY-MM-DD string in a value (objects and arrays walked through). */
function datesIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (DATE_SHAPE.test(value)) out.push(value);
  } else if (Array.isArray(value)) for (const x of value) datesIn(x, out);
  else if (value && typeof value === 'object') for (const x of Object.values(value)) datesIn(x, out);
  return out;
}

/**
 * The date with the day before and after it: a rule may compare with `<` or `<=`, end a period inclusively, or move
 * a look-back with addYears (29 February).
 */
function around(date: string): string[] {
  const day = dayNumber(date);
  return [dateOfDay(day - 1), date, dateOfDay(day + 1)];
}

let policyDates: string[] | undefined;

/** Every date written in the policy data (versions, dated values, documents, catalogue entries), and around it. */
function policyBoundaries(): string[] {
  policyDates ??= [...new Set(datesIn([files, versions, catalogs]).flatMap(around))].sort();
  return policyDates;
}

/** The day in year `y` on which full years counted from `date` go up by one (a 29 February's is 1 March). */
function anniversary(date: string, y: number): string {
  const monthDay = date.slice(4);
  return monthDay === '-02-29' && !isLeapYear(y) ? `${y}-03-01` : `${y}${monthDay}`;
}

/** The age line's points at an age in full years, under the rule in force on `on` (NaN when none: a change). */
function agePointsAt(years: number, on: string): number {
  const v = param('age', on)?.value;
  if (!v) return Number.NaN;
  return years >= v.minAge && years <= v.maxAge ? agePoints(years, v) : 0;
}

/** The marriage line's points after full years of marriage to a Shanghai-hukou spouse (NaN when no rule). */
function spousePointsAt(years: number, on: string): number {
  const v = param('spouse', on)?.value;
  return v ? Math.min(v.cap, Math.max(0, years) * v.pointsPerYear) : Number.NaN;
}

/** Periods whose full months are added up and counted in whole years: each designated area, public service. */
function periodGroups(applicant: Applicant): (readonly { from: string; to?: string | undefined }[])[] {
  const byArea = new Map<string, { from: string; to?: string | undefined }[]>();
  for (const r of applicant.remoteArea) byArea.set(r.area, [...(byArea.get(r.area) ?? []), r]);
  return [...byArea.values(), applicant.publicService];
}

/**
 * Whether a dated fact of `applicant` can change after dates[k − 1] and up to dates[k] (`changes[k]`, k ≥ 1; the
 * dates in order): a date of the policy data or of the applicant passed, a new year, a full year counted from the
 * birth, the marriage or a record, a full year in a designated area or in public service.
 */
export function datedChanges(applicant: Applicant, dates: readonly string[]): boolean[] {
  const changes = dates.map(() => false);
  const first = dates[0] as string;
  const last = dates[dates.length - 1] as string;
  const mark = (day: string): void => {
    if (day <= first || day > last) return;
    let k = 1;
    while ((dates[k] as string) < day) k++;
    changes[k] = true;
  };
  const { socialInsurance: _, ...rest } = applicant;
  for (const date of policyBoundaries()) mark(date);
  for (const date of datesIn(rest)) for (const d of around(date)) mark(d);
  const firstYear = Number(first.slice(0, 4));
  const lastYear = Number(last.slice(0, 4));
  for (let y = firstYear + 1; y <= lastYear; y++) mark(`${y}-01-01`);
  // Full years are counted from these only: the age and the years of marriage exactly from their date, a record's
  // look-back by addYears (so from the days around it too). Every other date of the applicant is only compared with
  // the date, and periods are counted by their full months below. A birthday or a wedding anniversary that cannot
  // change the points (the age's at their cap or out of range, the marriage's at its cap or not counted) is no change.
  const yearly = (from: string, matters: (years: number, on: string) => boolean): void => {
    for (let y = firstYear; y <= lastYear; y++) {
      const on = anniversary(from, y);
      if (matters(y - Number(from.slice(0, 4)), on)) mark(on);
    }
  };
  yearly(applicant.birthDate, (years, on) => agePointsAt(years, on) !== agePointsAt(years - 1, on));
  const marriage = applicant.marriage;
  if (marriage?.spouseShanghaiHukou) yearly(marriage.marriedOn, (years, on) => spousePointsAt(years, on) !== spousePointsAt(years - 1, on));
  for (const r of applicant.records) for (const d of around(r.date)) yearly(d, () => true);
  for (const group of periodGroups(applicant)) {
    // Full years in the periods never go down as the date moves on: where both ends of a stretch agree, nothing in
    // it changes, so halving the stretches that differ finds each month with a change.
    const years = (k: number) => Math.floor(fullMonthsIn(group, dates[k] as string) / 12);
    const split = (lo: number, hi: number, atLo: number, atHi: number): void => {
      if (atLo === atHi) return;
      if (hi - lo === 1) changes[hi] = true;
      else {
        const mid = (lo + hi) >> 1;
        const atMid = years(mid);
        split(lo, mid, atLo, atMid);
        split(mid, hi, atMid, atHi);
      }
    };
    if (group.length) split(0, dates.length - 1, years(0), years(dates.length - 1));
  }
  return changes;
}

function itemOf(a: Assessment, id: ItemResult['id']): ItemResult | undefined {
  return a.items.find((i) => i.id === id);
}

/**
 * How many months after `a` (an assessment of the projected applicant, whose history no longer changes) the items
 * read from the monthly history keep their points at least: each count moves by one month at most a month.
 */
export function historyQuietSteps(a: Assessment): number {
  let steps = Number.POSITIVE_INFINITY;
  // Months until `count`, moving by one a month at most, can cross `needed` (either way); unknown counts: next month.
  const until = (count: unknown, needed: number): number =>
    typeof count !== 'number' ? 1 : count >= needed ? count - needed + 1 : needed - count;
  const years = itemOf(a, 'siYears');
  if (years) {
    const rule = param('siYears', a.date)?.value;
    // Counted months only grow: the points change once they reach the next whole year, never past the cap.
    if (!rule) steps = 1;
    else if (rule.cap === null || years.points < rule.cap)
      steps = Math.min(steps, until(years.facts['countedMonths'], ((years.facts['fullYears'] as number) + 1) * rule.monthsPerYear));
  }
  const base = itemOf(a, 'siBase');
  if (base) {
    const tiers = param('siBase', a.date)?.value.tiers;
    if (!tiers) steps = 1;
    else for (const t of tiers) steps = Math.min(steps, until(base.facts[tierMonthsFact(t.id)], t.months));
  }
  const gateMonths = itemOf(a, 'titleSkill')?.facts['gateMonths'];
  if (gateMonths !== undefined && gateMonths !== null) {
    const gate = param('titleSkill', a.date)?.value.gate;
    steps = Math.min(steps, gate ? until(gateMonths, gate.months) : 1);
  }
  return Math.max(1, steps);
}
