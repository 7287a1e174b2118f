import type { Applicant, Education } from '../../applicant/applicant.ts';
import { addMonthsToDate } from '../../core/calendar.ts';
import { confirm } from '../../core/condition.ts';
import { type Msg, msg } from '../../core/message.ts';
import { param } from '../../policy/index.ts';
import { type PlanContext, titleSkillPoints } from '../context.ts';
import type { Candidate } from './spec.ts';

type Level = Education['level'];

/** The next qualification after the highest recognised one (the education item's own finding). */
type Key = 'associate' | 'bachelor' | 'master' | 'doctor';
const step = (level: Level & Key) => ({ level, key: level, name: msg(`planner:degree.${level}`) as Msg });
const NEXT: Record<string, { level: Level; key: Key; name: Msg }> = {
  none: step('associate'),
  associate: step('bachelor'),
  bachelorNoDegree: step('master'),
  bachelor: step('master'),
  master: step('doctor'),
  // a postgraduate diploma without its degree (reading R17): the degree completes that level
  masterNoDegree: step('master'),
  doctorNoDegree: step('doctor'),
};

/** When the caller does not say: a part-time degree takes two and a half years. */
const DEFAULT_MONTHS = 30;

/**
 * A part-time degree one level up. When it could be awarded is an assumption (default 2.5 years), never a rule:
 * the plan says so. Education and title/skill are one choice (Art. 11), which the engine applies.
 */
export function degreeActions(ctx: PlanContext): Candidate[] {
  const item = ctx.today.items.find((i) => i.id === 'education');
  const current = typeof item?.facts['level'] === 'string' ? item.facts['level'] : 'none';
  const next = NEXT[current];
  const points = param('education', ctx.date)?.value.points;
  if (!next || !points || titleSkillPoints(ctx) >= points[next.key]) return [];
  const months = ctx.assumptions.degreeMonths ?? DEFAULT_MONTHS;
  const availableFrom = addMonthsToDate(ctx.date, months);
  const record: Education = {
    level: next.level,
    degree: true,
    diploma: true,
    fullTime: false,
    obtainedOn: availableFrom,
    foreign: false,
    verified: true,
  };
  const add = (x: Applicant): Applicant => ({ ...x, education: [...x.education, record] });
  const id = `degree.${next.key}`;
  return [
    {
      id,
      kind: 'degree',
      title: msg('planner:degree.title', { degree: next.name }),
      target: 'education',
      availableFrom,
      apply: add,
      affects: [{ item: 'education', max: points[next.key] }],
      monotone: true,
      cost: { exam: true },
      facts: { level: next.level, months },
      conditions: [
        confirm('recognised', msg('planner:degree.recognised'), msg('planner:degree.recognisedFix')),
        confirm('studyRecords', msg('planner:degree.studyRecords'), msg('planner:degree.studyRecordsFix')),
        ...(next.key === 'bachelor' ? [confirm('degreeAwarded', msg('planner:degree.awarded'), msg('planner:degree.awardedFix'))] : []),
      ],
      assumptions: [
        {
          id: `${id}.months`,
          text: msg('planner:degree.assumesMonths', { months, date: availableFrom, degree: next.name, defaultYears: DEFAULT_MONTHS / 12 }),
        },
      ],
    },
  ];
}
