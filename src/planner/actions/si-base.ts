import type { Applicant } from '../../applicant/applicant.ts';
import { maxDate, monthIndex, monthString } from '../../core/calendar.ts';
import { confirm } from '../../core/condition.ts';
import { param } from '../../policy/index.ts';
import { lastPublishedMonth, seriesForReading } from '../../policy/wages.ts';
import { baseAtRatio, baseLimits } from '../base-limits.ts';
import type { PlanContext } from '../context.ts';
import type { Candidate } from './spec.ts';

const yuan = (n: number) => n.toLocaleString('en-US');

/**
 * Raise the SI base to a higher band (Art. 7): one action per band above the current base. The yuan needed is
 * the band's multiple of the reference wage of the first projected month; each projected month is then kept at
 * that multiple of its own month's reference, never above the SI upper limit of its period. When the band's
 * month count is met is the engine's answer (the band's condition turning "met").
 */
export function siBaseActions(ctx: PlanContext): Candidate[] {
  const { firstProjected: start, firstBase: current } = ctx.future;
  const p = param('siBase', ctx.date);
  if (start === null || current === null || !p) return [];
  const r8 = ctx.today.readings['R8'] ?? 'talentDomain';
  const out: Candidate[] = [];
  for (const tier of [...p.value.tiers].sort((a, b) => a.minRatio - b.minRatio)) {
    const need = baseAtRatio(tier.minRatio, start, r8);
    if (!need || current >= need.base) continue;
    const limits = baseLimits(start);
    const id = `siBase.${tier.id}`;
    const title = {
      zh: `将每月社保缴费基数提高到参考工资的${tier.minRatio}倍（${yuan(need.base)}元）`,
      en: `Raise the monthly SI base to ${tier.minRatio}× the reference wage (¥${yuan(need.base)})`,
    };
    if (limits.upper !== null && need.base > limits.upper) {
      out.push({
        id,
        kind: 'siBase',
        title,
        reason: {
          zh: `${tier.minRatio}倍参考工资${yuan(need.base)}元高于该期（${limits.period}）社保缴费基数上限${yuan(limits.upper)}元，无法达到`,
          en: `${tier.minRatio}× the reference is ¥${yuan(need.base)}, above the SI base upper limit of ¥${yuan(limits.upper)} for ${limits.period}: not reachable`,
        },
      });
      continue;
    }
    const from = monthString(start);
    const availableFrom = maxDate(ctx.date, `${from}-01`);
    const raise = (a: Applicant): Applicant => ({
      ...a,
      socialInsurance: a.socialInsurance.map((m) => {
        const i = monthIndex(m.month);
        if (i < start) return m;
        const target = baseAtRatio(tier.minRatio, i, r8)?.base ?? need.base;
        const upper = baseLimits(i).upper ?? Number.POSITIVE_INFINITY;
        return { ...m, base: Math.max(m.base, Math.min(target, upper)) };
      }),
    });
    const lastPublished = lastPublishedMonth(seriesForReading(r8));
    out.push({
      id,
      kind: 'siBase',
      title,
      target: 'siBase',
      availableFrom,
      apply: raise,
      counts: (a, w) => tierMet(a, tier.id) && !tierMet(w, tier.id),
      // the raised months also open the 1× gate of a title or skill certificate held
      affects: [{ item: 'siBase', max: tier.points }, ...(ctx.future.today.certificates.length ? [{ item: 'titleSkill' as const }] : [])],
      // each new month at the band replaces an older one in the window: the count never falls while months are paid
      monotone: ctx.assumptions.lastContributionMonth === undefined,
      cost: { extraYuanPerMonth: need.base - current },
      facts: {
        monthlyBase: need.base,
        ratio: tier.minRatio,
        referenceWage: need.reference,
        referenceCarried: need.carried,
        upperLimit: limits.upper,
        fromMonth: from,
        bandPoints: tier.points,
        monthsNeeded: tier.months,
        windowMonths: tier.windowMonths,
      },
      conditions: [
        confirm(
          'declaredBase',
          {
            zh: `用人单位自${from}起按每月${yuan(need.base)}元（当月参考工资${yuan(need.reference)}元的${tier.minRatio}倍）申报缴费基数，且个人所得税与之合理对应`,
            en: `The employer declares a base of ¥${yuan(need.base)} a month from ${from} (${tier.minRatio}× that month's reference of ¥${yuan(need.reference)}), with income tax that reasonably corresponds`,
          },
          {
            zh: '基数与个税不能合理对应、补缴或非合同单位缴费的月份不计入（第七条）',
            en: 'Months whose base and income tax do not correspond, back-paid months and months paid by another employer do not count (Art. 7)',
          },
        ),
        confirm(
          'bandMonths',
          {
            zh: `需最近${tier.windowMonths}个月内累计${tier.months}个月达到该倍数；参考工资调整时基数须随之调整（不超过当期上限${limits.upper === null ? '' : `${yuan(limits.upper)}元`}）`,
            en: `${tier.months} of the last ${tier.windowMonths} months must reach that multiple; when the reference wage changes the base must follow (up to the period's upper limit${limits.upper === null ? '' : ` of ¥${yuan(limits.upper)}`})`,
          },
          {
            zh: `参考工资只公布到${lastPublished}，之后按沿用值测算（低可信度）`,
            en: `The reference wage is published up to ${lastPublished}; later months use the carried value (low confidence)`,
          },
        ),
      ],
      assumptions: [
        {
          id: `${id}.from`,
          text: {
            zh: `假设自${from}起每月缴费基数不低于参考工资的${tier.minRatio}倍。`,
            en: `Assumes a monthly base of at least ${tier.minRatio}× the reference wage from ${from}.`,
          },
        },
      ],
    });
  }
  return out;
}

function tierMet(a: { items: { id: string; conditions: { id: string; status: string }[] }[] }, tierId: string): boolean {
  const item = a.items.find((i) => i.id === 'siBase');
  return item?.conditions.some((c) => c.id === `tier_${tierId}` && c.status === 'met') ?? false;
}
