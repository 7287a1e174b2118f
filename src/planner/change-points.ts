import type { Applicant } from '../applicant/applicant.ts';
import { catalogs } from '../catalog/data.ts';
import { DATE_SHAPE, dateOfDay, dayNumber, fullMonthsIn, fullYears } from '../core/calendar.ts';
import type { Assessment, ItemResult } from '../engine/types.ts';
import { files, param, versions } from '../policy/index.ts';

/**
 * Where waiting can change an item's points, so that the near miss assesses only those months (issue 15, speed from
 * the design). Two kinds of change, both found without assessing:
 * - The dated facts: every rule compares the date with a date of the applicant (obtained, received, married, a
 *   record's look-back, a period's full years) or of the policy data (a version, a dated value, a catalogue entry),
 *   or reads its year. `datedClock` turns a date into numbers that never decrease as the date moves on and that stay
 *   the same between two dates exactly when none of those comparisons can change in between.
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
 * Each date with the day before and after it, once each, sorted: a rule may compare with `<` or `<=`, end a period
 * inclusively, or move a look-back with addYears (29 February).
 */
function aroundEach(dates: readonly string[]): string[] {
  const found = new Set<string>();
  for (const date of dates) for (let d = dayNumber(date) - 1; d <= dayNumber(date) + 1; d++) found.add(dateOfDay(d));
  return [...found].sort();
}

let policyDates: string[] | undefined;

/** Every date written in the policy data (versions, dated values, documents, catalogue entries), and around it. */
function policyBoundaries(): string[] {
  policyDates ??= aroundEach(datesIn([files, versions, catalogs]));
  return policyDates;
}

/** Periods whose full months are added up and counted in whole years: each designated area, public service. */
function periodGroups(applicant: Applicant): (readonly { from: string; to?: string | undefined }[])[] {
  const byArea = new Map<string, { from: string; to?: string | undefined }[]>();
  for (const r of applicant.remoteArea) byArea.set(r.area, [...(byArea.get(r.area) ?? []), r]);
  return [...byArea.values(), applicant.publicService];
}

/**
 * The dated facts of `applicant` on each of `dates` (in order) as a clock; `changes[k]` (k ≥ 1) says whether any of
 * them can change after dates[k − 1], up to and including dates[k].
 */
export function datedChanges(applicant: Applicant, dates: readonly string[]): boolean[] {
  const { socialInsurance: _, ...rest } = applicant;
  // Every date of the applicant is compared with the date; full years are counted from these only: the age, the
  // years of marriage, a record's look-back (periods are counted apart, by their full months).
  const compared = aroundEach(datesIn(rest));
  const counted = aroundEach([applicant.birthDate, ...datesIn(applicant.marriage), ...datesIn(applicant.records)]);
  const groups = periodGroups(applicant);
  const boundaries = policyBoundaries();
  const clock = (date: string): string => {
    let passed = 0;
    for (const b of boundaries) if (b <= date) passed++;
    for (const d of compared) if (d <= date) passed++;
    const parts: number[] = [passed, Number(date.slice(0, 4))];
    for (const d of counted) parts.push(d <= date ? fullYears(d, date) : -1);
    for (const g of groups) parts.push(Math.floor(fullMonthsIn(g, date) / 12));
    return parts.join(',');
  };
  const clocks = dates.map(clock);
  return clocks.map((c, k) => k > 0 && c !== clocks[k - 1]);
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
    else for (const t of tiers) steps = Math.min(steps, until(base.facts[`months_${t.id}`], t.months));
  }
  const gateMonths = itemOf(a, 'titleSkill')?.facts['gateMonths'];
  if (gateMonths !== undefined && gateMonths !== null) {
    const gate = param('titleSkill', a.date)?.value.gate;
    steps = Math.min(steps, gate ? until(gateMonths, gate.months) : 1);
  }
  return Math.max(1, steps);
}
