import type { Context } from '../context.ts';
import { fullYears } from '../dates.ts';
import { docs, failed, item, met, requireParam } from '../item.ts';
import { labelOf } from '../labels.ts';
import type { ItemResult } from '../types.ts';

/** 配偶为本市户籍人员 — Art. 7: 4 per full year of marriage to a Shanghai-hukou spouse, at most 40. */
export function spouse(ctx: Context): ItemResult {
  const p = requireParam('spouse', ctx);
  const v = p.value;
  const m = ctx.applicant.marriage;
  const applies = m?.spouseShanghaiHukou === true && m.marriedOn <= ctx.date;
  const years = applies ? fullYears(m.marriedOn, ctx.date) : 0;
  const points = Math.min(v.cap, years * v.pointsPerYear);
  return item(ctx, {
    id: 'spouse',
    group: 'bonus',
    label: labelOf('spouse'),
    points,
    max: v.cap,
    param: p,
    facts: { marriedOn: m?.marriedOn ?? null, fullYears: years },
    conditions: [
      applies
        ? met('spouseHukou', `配偶为本市户籍，结婚满${years}年`, `spouse has Shanghai hukou; married ${years} full year(s)`)
        : failed('spouseHukou', { zh: '配偶不是本市户籍人员', en: 'spouse does not hold Shanghai hukou' }),
    ],
    explanation: applies
      ? {
          zh: `配偶为本市户籍，结婚满${years}年，每满1年积${v.pointsPerYear}分，最高${v.cap}分，积${points}分。`,
          en: `Spouse with Shanghai hukou, married ${years} full year(s): ${v.pointsPerYear} per year, at most ${v.cap}, ${points} points.`,
        }
      : { zh: '配偶不是本市户籍人员，本项0分。', en: 'No spouse with Shanghai hukou: 0 points.' },
    documents: docs('spouse', ctx),
  });
}
