import type { Applicant } from '../../applicant/applicant.ts';
import { confirm } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import type { PlanContext } from '../context.ts';
import type { Candidate } from './spec.ts';

/**
 * Marriage to a Shanghai-hukou spouse: shown as information only (what the rule gives, from when), never as
 * advice, and never ranked among actions.
 */
export function marriageInformation(ctx: PlanContext): Candidate[] {
  const m = ctx.future.today.marriage;
  if (m?.spouseShanghaiHukou === true) return [];
  const marry = (x: Applicant): Applicant => ({ ...x, marriage: { spouseShanghaiHukou: true, marriedOn: ctx.date } });
  return [
    {
      id: 'marriage.info',
      kind: 'marriage',
      title: msg('planner:marriage.title'),
      target: 'spouse',
      availableFrom: ctx.date,
      apply: marry,
      affects: [{ item: 'spouse' }],
      monotone: true,
      informationOnly: true,
      facts: {},
      conditions: [confirm('information', msg('planner:marriage.information'), msg('planner:marriage.informationFix'))],
      assumptions: [{ id: 'marriage.info.from', text: msg('planner:assumption.marriageInfo', { date: ctx.date }) }],
    },
  ];
}
