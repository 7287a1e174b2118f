import { fullYears } from '../../core/calendar.ts';
import { failed, met } from '../../core/condition.ts';
import { sharedCache } from '../../core/shared-cache.ts';
import type { ParamValue } from '../../policy/index.ts';
import type { Context } from '../context.ts';
import { item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import type { Condition, ItemResult, Text } from '../types.ts';

const LABEL = labelOf('spouse');

/** The condition and explanation for a number of years of marriage: the same for every applicant married as long. */
const marriedCache = sharedCache<{ condition: Condition; explanation: Text }>();

function marriedTexts(v: ParamValue<'spouse'>, years: number, points: number) {
  return marriedCache(v, years, () => ({
    condition: met('spouseHukou', {
      zh: `配偶为本市户籍，结婚满${years}年`,
      en: `spouse has Shanghai hukou; married ${years} full year(s)`,
    }),
    explanation: {
      zh: `配偶为本市户籍，结婚满${years}年，每满1年积${v.pointsPerYear}分，最高${v.cap}分，积${points}分。`,
      en: `Spouse with Shanghai hukou, married ${years} full year(s): ${v.pointsPerYear} per year, at most ${v.cap}, ${points} points.`,
    },
  }));
}

/** 配偶为本市户籍人员 — Art. 7: 4 per full year of marriage to a Shanghai-hukou spouse, at most 40. */
export function spouse(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.spouse, 'spouse', ctx);
  const v = p.value;
  const m = ctx.applicant.marriage;
  const applies = m?.spouseShanghaiHukou === true && m.marriedOn <= ctx.date;
  const years = applies ? fullYears(m.marriedOn, ctx.date) : 0;
  const points = Math.min(v.cap, years * v.pointsPerYear);
  const texts = applies ? marriedTexts(v, years, points) : undefined;
  return item(ctx, {
    id: 'spouse',
    group: 'bonus',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation: texts ? texts.explanation : { zh: '配偶不是本市户籍人员，本项0分。', en: 'No spouse with Shanghai hukou: 0 points.' },
    facts: { marriedOn: m?.marriedOn ?? null, fullYears: years },
    conditions: [
      texts ? texts.condition : failed('spouseHukou', { zh: '配偶不是本市户籍人员', en: 'spouse does not hold Shanghai hukou' }),
    ],
    extraConfidence: undefined,
    documents: ctx.policy.documents.spouse,
    checks: undefined,
  });
}
