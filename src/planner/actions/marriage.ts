import type { Applicant } from '../../applicant/applicant.ts';
import { confirm } from '../../core/condition.ts';
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
      title: { zh: '配偶为本市户籍人员（仅供了解，不是建议）', en: 'Spouse with Shanghai hukou (information only, not advice)' },
      target: 'spouse',
      availableFrom: ctx.date,
      apply: marry,
      affects: [{ item: 'spouse' }],
      monotone: true,
      informationOnly: true,
      facts: {},
      conditions: [
        confirm(
          'information',
          {
            zh: '按结婚满整年计分；此处只说明规则，不构成任何建议',
            en: 'Counted per full year of marriage; this states the rule only and is not advice',
          },
          { zh: '需提供结婚证及配偶户口簿', en: "Needs the marriage certificate and the spouse's hukou booklet" },
        ),
      ],
      assumptions: [
        {
          id: 'marriage.info.from',
          text: { zh: `测算时假设自${ctx.date}起已婚。`, en: `For the figures, assumes a marriage on ${ctx.date}.` },
        },
      ],
    },
  ];
}
