import { failed, met } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
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
    conditions.push(met('taxYears', msg('engine:investment.tax', { years: v.windowYears, average: Math.round(avg) })));
  } else if (tax) {
    conditions.push(
      failed(
        'taxYears',
        msg('engine:investment.taxYearsShort', { years: v.windowYears, given: tax.length }),
        msg('engine:investment.taxYearsFix', { years: v.windowYears }),
      ),
    );
  }
  if (jobs && jobs.length === v.windowYears) {
    const avg = average(jobs);
    jobsPoints = Math.min(v.cap, Math.floor(avg / v.jobsUnit) * v.pointsPerUnit);
    conditions.push(met('jobsYears', msg('engine:investment.jobs', { years: v.windowYears, average: avg.toFixed(1) })));
  } else if (jobs) {
    conditions.push(failed('jobsYears', msg('engine:investment.jobsYearsShort', { years: v.windowYears, given: jobs.length })));
  }
  if (!inv) conditions.push(failed('investmentGiven', msg('engine:investment.none')));
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
      ? msg('engine:investment.explanation', {
          per:
            via === 'tax'
              ? msg('engine:investment.perTax', { unit: v.taxUnitYuan })
              : msg('engine:investment.perJobs', { unit: v.jobsUnit }),
          perUnit: v.pointsPerUnit,
          taxPoints,
          jobsPoints,
          cap: v.cap,
          points,
        })
      : msg('engine:investment.noneScores'),
    facts: { taxPoints, jobsPoints, via: points ? via : null },
    conditions,
    extraConfidence: undefined,
    documents: ctx.policy.documents.investment,
    checks: undefined,
  });
}
