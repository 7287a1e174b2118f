import type { Applicant } from '../../applicant/applicant.ts';
import { maxDate } from '../../core/calendar.ts';
import { confirm } from '../../core/condition.ts';
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
      title: {
        zh: '领取《高等学校毕业生进沪就业通知单》，在有效期内申请应届毕业生加分',
        en: 'Collect the employment notice for graduates and apply for the fresh-graduate bonus in time',
      },
      target: 'freshGraduate',
      availableFrom: maxDate(ctx.date, g.graduatedOn),
      apply: withNotice,
      affects: [{ item: 'freshGraduate' }],
      // the bonus lapses when the window closes
      monotone: false,
      facts: { graduatedOn: g.graduatedOn },
      conditions: [
        confirm(
          'employmentNotice',
          { zh: `《就业通知单》可领取至${year}年12月31日`, en: `The employment notice can be collected until ${year}-12-31` },
          { zh: '向学校或上海市学生事务中心领取', en: 'Collect it from the university or the Shanghai student affairs centre' },
        ),
        confirm(
          'window',
          {
            zh: '须在毕业当年或次年申请（解读R11，低可信度；备选：仅限毕业当年）',
            en: 'Apply within the graduation year or the next (reading R11, low confidence; alternative: the graduation year only)',
          },
          { zh: '尽早申请', en: 'Apply early' },
        ),
      ],
      assumptions: [],
    },
  ];
}
