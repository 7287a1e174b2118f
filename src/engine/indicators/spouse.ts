import { fullYears } from '../../core/calendar.ts';
import { failed, met } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import type { Context } from '../context.ts';
import { item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import type { ItemResult } from '../types.ts';

const LABEL = labelOf('spouse');

/** 配偶为本市户籍人员 — Art. 7: 4 per full year of marriage to a Shanghai-hukou spouse, at most 40. */
export function spouse(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.spouse, 'spouse', ctx);
  const v = p.value;
  const m = ctx.applicant.marriage;
  const applies = m?.spouseShanghaiHukou === true && m.marriedOn <= ctx.date;
  const years = applies ? fullYears(m.marriedOn, ctx.date) : 0;
  const points = Math.min(v.cap, years * v.pointsPerYear);
  return item(ctx, {
    id: 'spouse',
    group: 'bonus',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation: applies
      ? msg('engine:spouse.explanation', { years, perYear: v.pointsPerYear, cap: v.cap, points })
      : msg('engine:spouse.noneScores'),
    facts: { marriedOn: m?.marriedOn ?? null, fullYears: years },
    conditions: [applies ? met('spouseHukou', msg('engine:spouse.married', { years })) : failed('spouseHukou', msg('engine:spouse.none'))],
    extraConfidence: undefined,
    documents: ctx.policy.documents.spouse,
    checks: undefined,
  });
}
