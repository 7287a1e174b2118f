import type { SiMonth } from '../applicant/applicant.ts';
import { monthIndex, monthString } from '../core/calendar.ts';
import { type Msg, msg } from '../core/message.ts';
import type { PlanAssumptions, RemoteAreaKind, StatedAssumption } from './types.ts';

/** The caller's assumptions about the future: checked, then stated beside every projection. */

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}

/** Assumptions must be well formed and lie on or after the plan date: the past is the applicant's facts. */
export function checkAssumptions(a: PlanAssumptions, date: string): void {
  const current = monthIndex(date);
  for (const c of a.baseChanges ?? []) {
    check(MONTH.test(c.from), `assumption baseChanges.from "${c.from}" must be YYYY-MM`);
    check(monthIndex(c.from) >= current, `assumption baseChanges.from ${c.from} is before the plan month`);
    check(Number.isInteger(c.base) && c.base >= 0, `assumption base ${c.base} must be whole yuan, not negative`);
  }
  if (a.lastContributionMonth !== undefined) {
    check(MONTH.test(a.lastContributionMonth), `assumption lastContributionMonth "${a.lastContributionMonth}" must be YYYY-MM`);
  }
  if (a.remoteArea)
    check(DATE.test(a.remoteArea.from) && a.remoteArea.from >= date, 'assumption remoteArea.from must be a date on or after the plan date');
  if (a.marriage)
    check(DATE.test(a.marriage.on) && a.marriage.on >= date, 'assumption marriage.on must be a date on or after the plan date');
  for (const k of ['degreeMonths', 'skillCertificateMonths', 'qualificationMonths'] as const) {
    const v = a[k];
    if (v !== undefined) check(Number.isInteger(v) && v >= 0 && v <= 600, `assumption ${k} must be a whole number of months (0–600)`);
  }
}

/** The projection's assumptions as messages: what continues, what changes and when. */
export function stateAssumptions(
  a: PlanAssumptions,
  s: { continuing: boolean; last: SiMonth | null; start: number; current: number },
): StatedAssumption[] {
  const out: StatedAssumption[] = [{ id: 'assessmentDays', text: msg('planner:assumption.assessmentDays') }];
  if (s.continuing && s.last) {
    const flags = s.last.employerMatchesContract && s.last.taxMatches ? 'none' : 'last';
    out.push({ id: 'continues', text: msg('planner:assumption.continues', { base: s.last.base, from: monthString(s.start), flags }) });
    if (s.start === s.current)
      out.push({ id: 'currentMonth', text: msg('planner:assumption.currentMonth', { month: monthString(s.current) }) });
  } else if (!a.baseChanges?.length) {
    out.push({ id: 'noContributions', text: msg('planner:assumption.noContributions') });
  }
  for (const c of a.baseChanges ?? [])
    out.push({ id: `baseFrom:${c.from}`, text: msg('planner:assumption.baseFrom', { from: c.from, base: c.base }) });
  if (a.lastContributionMonth)
    out.push({ id: 'lastContribution', text: msg('planner:assumption.lastContribution', { month: a.lastContributionMonth }) });
  if (a.remoteArea) {
    const text = msg('planner:assumption.remoteArea', { area: areaName(a.remoteArea.area), date: a.remoteArea.from });
    out.push({ id: 'remoteArea', text });
  }
  if (a.marriage) out.push({ id: 'marriage', text: msg('planner:assumption.marriage', { date: a.marriage.on }) });
  return out;
}

/** The name of a remote key area, inside a sentence. */
export function areaName(area: RemoteAreaKind): Msg {
  return msg(`planner:area.${area}`);
}
