import { failed, met } from '../../core/condition.ts';
import type { Context } from '../context.ts';
import { item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import { reading } from '../readings.ts';
import type { Condition, ItemResult } from '../types.ts';

const LABEL = labelOf('investment');

function average(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * 投资纳税或带动本市就业 — Art. 7: over the last 3 years, 10 points per ¥100,000 of average annual tax
 * (rounded down) or per 10 Shanghai-hukou employees on average; the two are one choice, so the higher counts.
 */
export function investment(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.investment, 'investment', ctx);
  const v = p.value;
  const inv = ctx.applicant.investment;
  const conditions: Condition[] = [];
  reading(ctx, 'R7'); // the cap of the version in force: the reading's only option, the one v.cap holds
  let taxPoints = 0;
  let jobsPoints = 0;
  const tax = inv?.annualTax;
  const jobs = inv?.hukouEmployees;
  if (tax && tax.length === v.windowYears) {
    const avg = average(tax);
    taxPoints = Math.min(v.cap, Math.floor(avg / v.taxUnitYuan) * v.pointsPerUnit);
    conditions.push(
      met('taxYears', {
        zh: `最近${v.windowYears}年年均纳税${Math.round(avg)}元`,
        en: `average annual tax over ${v.windowYears} years: ¥${Math.round(avg)}`,
      }),
    );
  } else if (tax) {
    conditions.push(
      failed(
        'taxYears',
        {
          zh: `需最近连续${v.windowYears}年的纳税额（只填了${tax.length}年）`,
          en: `tax of the last ${v.windowYears} consecutive years is needed (${tax.length} given)`,
        },
        { zh: `企业连续纳税满${v.windowYears}年后可计分`, en: `counts once the company has ${v.windowYears} years of tax` },
      ),
    );
  }
  if (jobs && jobs.length === v.windowYears) {
    const avg = average(jobs);
    jobsPoints = Math.min(v.cap, Math.floor(avg / v.jobsUnit) * v.pointsPerUnit);
    conditions.push(
      met('jobsYears', {
        zh: `最近${v.windowYears}年年均聘用本市户籍人员${avg.toFixed(1)}人`,
        en: `average Shanghai-hukou staff over ${v.windowYears} years: ${avg.toFixed(1)}`,
      }),
    );
  } else if (jobs) {
    conditions.push(
      failed('jobsYears', {
        zh: `需最近连续${v.windowYears}年的聘用人数（只填了${jobs.length}年）`,
        en: `staff counts of the last ${v.windowYears} consecutive years are needed (${jobs.length} given)`,
      }),
    );
  }
  if (!inv) conditions.push(failed('investmentGiven', { zh: '未申报投资创办企业', en: 'no company investment given' }));
  const points = Math.max(taxPoints, jobsPoints);
  const via = taxPoints >= jobsPoints ? 'tax' : 'jobs';
  return item(ctx, {
    id: 'investment',
    group: 'bonus',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation: points
      ? {
          zh: `${via === 'tax' ? `年均纳税每满${v.taxUnitYuan / 10000}万元` : `年均每聘用本市户籍人员${v.jobsUnit}人`}积${v.pointsPerUnit}分（纳税${taxPoints}分、就业${jobsPoints}分，二者取高），最高${v.cap}分，积${points}分。`,
          en: `${v.pointsPerUnit} points per ${via === 'tax' ? `¥${v.taxUnitYuan} of average annual tax` : `${v.jobsUnit} Shanghai-hukou employees`} (tax ${taxPoints}, jobs ${jobsPoints}: the higher counts), at most ${v.cap}: ${points} points.`,
        }
      : { zh: '没有达到计分标准的投资纳税或带动就业，本项0分。', en: 'No investment tax or local hiring that scores: 0 points.' },
    facts: { taxPoints, jobsPoints, via: points ? via : null },
    conditions,
    extraConfidence: undefined,
    documents: ctx.policy.documents.investment,
    checks: undefined,
  });
}
