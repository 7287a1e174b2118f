import type { ParamValue } from '../../policy/index.ts';
import { lower } from '../confidence.ts';
import type { Context } from '../context.ts';
import { monthString } from '../dates.ts';
import { atLeast, inWindow } from '../history.ts';
import { docs, failed, item, met, requireParam } from '../item.ts';
import { labelOf } from '../labels.ts';
import type { Condition, Confidence, ItemResult, Text } from '../types.ts';

type Tier = ParamValue<'siBase'>['tiers'][number];

export interface TierCount {
  tier: Tier;
  months: number;
  met: boolean;
}

/**
 * Months in each tier's window whose base reaches the tier (R9 default: ≥ its lower bound; the alternative also
 * needs < its upper bound). Back-paid, other-employer and tax-mismatched months never count (Art. 7).
 */
export function countTiers(ctx: Context, tiers: readonly Tier[]): { counts: TierCount[]; excluded: number; confidence: Confidence } {
  const ownBandOnly = ctx.readings['R9'] === 'ownBandOnly';
  let excluded = 0;
  let confidence: Confidence = 'high';
  let widest = 0;
  for (const t of tiers) widest = Math.max(widest, t.windowMonths);
  const months = new Array<number>(tiers.length).fill(0);
  for (const m of ctx.history) {
    if (!inWindow(m, ctx.windowEnd, widest)) continue;
    if (m.backPaid || !m.employerMatchesContract || !m.taxMatches) {
      excluded++;
      continue;
    }
    confidence = lower(confidence, m.referenceConfidence);
    for (let i = 0; i < tiers.length; i++) {
      const t = tiers[i] as Tier;
      if (!inWindow(m, ctx.windowEnd, t.windowMonths) || !atLeast(m, t.minRatio)) continue;
      if (ownBandOnly && t.maxRatio !== null && atLeast(m, t.maxRatio)) continue;
      months[i] = (months[i] as number) + 1;
    }
  }
  return {
    counts: tiers.map((tier, i) => ({ tier, months: months[i] as number, met: (months[i] as number) >= tier.months })),
    excluded,
    confidence,
  };
}

function monthsFacts(counts: TierCount[]): Record<string, number> {
  const facts: Record<string, number> = {};
  for (const c of counts) facts[`months_${c.tier.id}`] = c.months;
  return facts;
}

const ratioTexts = new WeakMap<Tier, { atLeast: Text; band: Text }>();

/** How a tier's months are described: "≥ 1×" under reading R9's default, "1–2×" when months count only in their own band. */
function ratioText(t: Tier, ownBandOnly: boolean): Text {
  let texts = ratioTexts.get(t);
  if (!texts) {
    const atLeast = { zh: `${t.minRatio}倍及以上`, en: `≥ ${t.minRatio}×` };
    texts = {
      atLeast,
      band: t.maxRatio === null ? atLeast : { zh: `${t.minRatio}倍至${t.maxRatio}倍`, en: `${t.minRatio}–${t.maxRatio}×` },
    };
    ratioTexts.set(t, texts);
  }
  return ownBandOnly ? texts.band : texts.atLeast;
}

/** 缴纳职工社会保险费基数 — Art. 7: the highest tier whose month count is met, each month against its own reference. */
export function siBase(ctx: Context): ItemResult {
  const p = requireParam('siBase', ctx);
  const v = p.value;
  const { counts, excluded, confidence } = countTiers(ctx, v.tiers);
  const ownBandOnly = ctx.readings['R9'] === 'ownBandOnly';
  const to = monthString(ctx.windowEnd);
  let best: TierCount | undefined;
  for (const c of counts) if (c.met && (!best || c.tier.points > best.tier.points)) best = c;
  const points = Math.min(best?.tier.points ?? 0, v.cap);
  const conditions: Condition[] = counts.map((c) => {
    const r = ratioText(c.tier, ownBandOnly);
    const from = monthString(ctx.windowEnd - c.tier.windowMonths + 1);
    const text = {
      zh: `${from}至${to}中基数${r.zh}的月份${c.months}个，需${c.tier.months}个（${c.tier.points}分档）`,
      en: `${c.months} of the required ${c.tier.months} months at ${r.en} between ${from} and ${to} (${c.tier.points}-point tier)`,
    };
    return c.met
      ? { id: `tier_${c.tier.id}`, status: 'met' as const, text }
      : failed(`tier_${c.tier.id}`, text, {
          zh: `还差${c.tier.months - c.months}个月`,
          en: `${c.tier.months - c.months} more month(s) needed`,
        });
  });
  const widest = Math.max(...v.tiers.map((t) => t.windowMonths));
  const first = ctx.history.find((m) => m.reference === 0 && inWindow(m, ctx.windowEnd, widest));
  if (first)
    conditions.push(
      failed('referencePublished', {
        zh: `${monthString(first.month)}没有公布的参考工资，该月无法比较`,
        en: `no published reference wage for ${monthString(first.month)}: that month cannot be compared`,
      }),
    );
  if (excluded)
    conditions.push(
      met(
        'excludedMonths',
        `补缴、非合同单位缴费或与个税不能合理对应的${excluded}个月不计`,
        `${excluded} back-paid, other-employer or tax-mismatched month(s) not counted`,
      ),
    );
  return item(ctx, {
    id: 'siBase',
    group: 'bonus',
    label: labelOf('siBase'),
    points,
    max: v.cap,
    param: p,
    readings: ['R8', 'R9', 'W1'],
    extraConfidence: [confidence],
    conditions,
    facts: monthsFacts(counts),
    explanation: best
      ? {
          zh: `最近${best.tier.windowMonths}个月内有${best.months}个月缴费基数达到当月参考工资的${ratioText(best.tier, ownBandOnly).zh}（需${best.tier.months}个月），积${points}分。`,
          en: `${best.months} of the last ${best.tier.windowMonths} months had a base at ${ratioText(best.tier, ownBandOnly).en} that month's reference (${best.tier.months} needed): ${points} points.`,
        }
      : {
          zh: `没有任何档次的月数达标（最低档需最近${v.tiers[0]?.windowMonths}个月内${v.tiers[0]?.months}个月基数达到参考工资的${v.tiers[0]?.minRatio}倍），本项0分。`,
          en: `No tier's month count is met (the lowest needs ${v.tiers[0]?.months} of the last ${v.tiers[0]?.windowMonths} months at ≥ ${v.tiers[0]?.minRatio}× the reference): 0 points.`,
        },
    documents: docs('siBase', ctx),
  });
}
