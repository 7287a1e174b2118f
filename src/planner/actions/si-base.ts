import type { Applicant } from '../../applicant/applicant.ts';
import { maxDate, monthIndex, monthString } from '../../core/calendar.ts';
import { confirm } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import { param } from '../../policy/index.ts';
import { lastPublishedMonth, seriesForReading } from '../../policy/wages.ts';
import { baseAtRatio, baseLimits } from '../base-limits.ts';
import type { PlanContext } from '../context.ts';
import type { Candidate } from './spec.ts';

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
    const title = msg('planner:siBase.title', { ratio: tier.minRatio, base: need.base });
    if (limits.upper !== null && need.base > limits.upper) {
      out.push({
        id,
        kind: 'siBase',
        title,
        reason: msg('planner:siBase.aboveLimit', { ratio: tier.minRatio, base: need.base, upper: limits.upper, period: limits.period }),
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
      clause: msg('planner:siBase.clause', { ratio: tier.minRatio, base: need.base }),
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
          msg('planner:siBase.declared', { from, base: need.base, reference: need.reference, ratio: tier.minRatio }),
          msg('planner:siBase.declaredFix'),
        ),
        confirm(
          'bandMonths',
          limits.upper === null
            ? msg('planner:siBase.bandMonthsNoLimit', { window: tier.windowMonths, months: tier.months })
            : msg('planner:siBase.bandMonths', { window: tier.windowMonths, months: tier.months, upper: limits.upper }),
          msg('planner:siBase.bandMonthsFix', { month: lastPublished }),
        ),
      ],
      assumptions: [{ id: `${id}.from`, text: msg('planner:siBase.assumes', { from, ratio: tier.minRatio }) }],
    });
  }
  return out;
}

function tierMet(a: { items: { id: string; conditions: { id: string; status: string }[] }[] }, tierId: string): boolean {
  const item = a.items.find((i) => i.id === 'siBase');
  return item?.conditions.some((c) => c.id === `tier_${tierId}` && c.status === 'met') ?? false;
}
