import type { Applicant } from '../../applicant/applicant.ts';
import { maxDate } from '../../core/calendar.ts';
import { confirm } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import type { PlanContext } from '../context.ts';
import type { Candidate } from './spec.ts';

/**
 * The full-time fresh-graduate bonus, when the applicant has graduated (or will) but lacks the employment notice.
 * Whether the window is still open on a date is the engine's (reading R11); a closed window is a skip.
 */
export function freshGraduateActions(ctx: PlanContext): Candidate[] {
  const g = ctx.future.today.freshGraduate;
  if (!g || g.employmentNotice) return [];
  const withNotice = (x: Applicant): Applicant =>
    x.freshGraduate ? { ...x, freshGraduate: { ...x.freshGraduate, employmentNotice: true } } : x;
  const year = g.graduatedOn.slice(0, 4);
  return [
    {
      id: 'freshGraduate.notice',
      kind: 'freshGraduate',
      title: msg('planner:freshGraduate.title'),
      target: 'freshGraduate',
      availableFrom: maxDate(ctx.date, g.graduatedOn),
      apply: withNotice,
      affects: [{ item: 'freshGraduate' }],
      // the bonus lapses when the window closes
      monotone: false,
      facts: { graduatedOn: g.graduatedOn },
      conditions: [
        confirm('employmentNotice', msg('planner:freshGraduate.notice', { year }), msg('planner:freshGraduate.noticeFix')),
        confirm('window', msg('planner:freshGraduate.window'), msg('planner:freshGraduate.windowFix')),
      ],
      assumptions: [],
    },
  ];
}
