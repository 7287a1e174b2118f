import type { SiMonth } from '../applicant/applicant.ts';
import { monthIndex, monthString } from '../core/calendar.ts';
import type { PlanAssumptions, StatedAssumption } from './types.ts';

/** The caller's assumptions about the future: checked, then stated in zh and en beside every projection. */

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

const yuan = (n: number) => n.toLocaleString('en-US');

/** The projection's assumptions in words: what continues, what changes and when. */
export function stateAssumptions(
  a: PlanAssumptions,
  s: { continuing: boolean; last: SiMonth | null; start: number; current: number },
): StatedAssumption[] {
  const out: StatedAssumption[] = [
    {
      id: 'assessmentDays',
      text: {
        zh: '每月在与计划日相同的日期评估（该月没有这一天时取月末）；各项变化的确切日期另行查找。',
        en: "Each month is assessed on the plan date's day of the month (the month's last day when it has none); the exact day of each change is found separately.",
      },
    },
  ];
  if (s.continuing && s.last) {
    const flags =
      s.last.employerMatchesContract && s.last.taxMatches
        ? { zh: '', en: '' }
        : { zh: '，并沿用最近一个月的缴费单位/个税对应情况', en: ', with the last month’s employer and tax-correspondence flags' };
    out.push({
      id: 'continues',
      text: {
        zh: `假设现职及每月缴费基数${yuan(s.last.base)}元自${monthString(s.start)}起继续：按月正常缴纳（非补缴），同一用人单位${flags.zh}。`,
        en: `Assumes the current job and its monthly base of ¥${yuan(s.last.base)} continue from ${monthString(s.start)}: paid each month (not back-paid), same employer${flags.en}.`,
      },
    });
    if (s.start === s.current) {
      out.push({
        id: 'currentMonth',
        text: {
          zh: `本月（${monthString(s.current)}）的缴费尚未记录：自下月1日起计入。`,
          en: `This month's contribution (${monthString(s.current)}) is not recorded yet: it counts from the 1st of next month.`,
        },
      });
    }
  } else if (!a.baseChanges?.length) {
    out.push({
      id: 'noContributions',
      text: {
        zh: '申请人目前未缴纳本市社保：假设今后不再缴纳（可设定新工作的缴费基数）。',
        en: 'The applicant is not contributing now: assumes no further contributions (set a base from a month to model a new job).',
      },
    });
  }
  for (const c of a.baseChanges ?? []) {
    out.push({
      id: `baseFrom:${c.from}`,
      text: { zh: `假设自${c.from}起每月缴费基数为${yuan(c.base)}元。`, en: `Assumes a monthly base of ¥${yuan(c.base)} from ${c.from}.` },
    });
  }
  if (a.lastContributionMonth) {
    out.push({
      id: 'lastContribution',
      text: { zh: `假设${a.lastContributionMonth}之后不再缴纳社保。`, en: `Assumes no contributions after ${a.lastContributionMonth}.` },
    });
  }
  if (a.remoteArea) {
    const name = AREA[a.remoteArea.area];
    out.push({
      id: 'remoteArea',
      text: {
        zh: `假设自${a.remoteArea.from}起在${name.zh}工作并居住。`,
        en: `Assumes working and living in ${name.en} from ${a.remoteArea.from}.`,
      },
    });
  }
  if (a.marriage) {
    out.push({
      id: 'marriage',
      text: {
        zh: `假设于${a.marriage.on}与本市户籍人员结婚（仅作测算）。`,
        en: `Assumes a marriage to a Shanghai-hukou spouse on ${a.marriage.on} (for the figures only).`,
      },
    });
  }
  return out;
}

export const AREA = {
  lingang: { zh: '临港新片区', en: 'Lingang' },
  newTown: { zh: '五个新城', en: 'a new town' },
  northSouth: { zh: '南北转型重点区域', en: 'a north/south transformation area' },
  otherDesignated: { zh: '市政府确定的其他区域', en: 'another designated area' },
} as const;
