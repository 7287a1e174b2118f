import { monthString } from '../../core/calendar.ts';
import { failed, met } from '../../core/condition.ts';
import { lower } from '../../core/confidence.ts';
import { sharedCache } from '../../core/shared-cache.ts';
import type { ParamValue } from '../../policy/index.ts';
import type { Context } from '../context.ts';
import { type HistoryMonth, percentOf } from '../history.ts';
import { item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import { againstReference, reading, windowEnd } from '../readings.ts';
import type { Condition, Confidence, ItemResult, Text } from '../types.ts';

const LABEL = labelOf('siBase');

type Tier = ParamValue<'siBase'>['tiers'][number];

export interface TierCount {
  tier: Tier;
  months: number;
  met: boolean;
}

/** What each tier needs, worked out once per tier of the policy data rather than once per month. */
interface TierKeys {
  minPercent: number;
  /** The band's upper bound as a percentage; Infinity for the open top tier. */
  maxPercent: number;
  factKey: string;
  conditionId: string;
  atLeast: Text;
  band: Text;
}

/** A tier's condition and explanation: fixed text around the applicant's month count. */
interface TierTexts {
  conditionZh: [string, string];
  conditionEn: string;
  explanationZh: [string, string];
  explanationEn: string;
}

const tierKeys = sharedCache<TierKeys>();

function keysOf(t: Tier): TierKeys {
  return tierKeys(t, undefined, () => {
    const atLeast = { zh: `${t.minRatio}倍及以上`, en: `≥ ${t.minRatio}×` };
    return {
      minPercent: percentOf(t.minRatio),
      maxPercent: t.maxRatio === null ? Number.POSITIVE_INFINITY : percentOf(t.maxRatio),
      factKey: `months_${t.id}`,
      conditionId: `tier_${t.id}`,
      atLeast,
      band: t.maxRatio === null ? atLeast : { zh: `${t.minRatio}倍至${t.maxRatio}倍`, en: `${t.minRatio}–${t.maxRatio}×` },
    };
  });
}

/**
 * The tiers in ascending order of their lower bound, with what counting needs, made once per tier list of the policy
 * data. Kept unfrozen (unlike sharedCache values): V8 reads frozen arrays' elements several times slower, and this
 * plan is read for every month of every history.
 */
interface TierPlan {
  order: number[];
  /** By tier, in the policy data's order. */
  factKeys: string[];
  conditionIds: string[];
  minPercent: number[];
  maxPercent: number[];
  windowMonths: number[];
  widestWindow: number;
}

const tierPlans = new WeakMap<readonly Tier[], TierPlan>();

/** The longest window any base band looks back over (policy/indicators/si-base.json: 36 months in 2013, 48 since 2018). */
export function widestBaseWindow(ctx: Context): number {
  return planOf(required(ctx.policy.params.siBase, 'siBase', ctx).value.tiers).widestWindow;
}

function planOf(tiers: readonly Tier[]): TierPlan {
  let plan = tierPlans.get(tiers);
  if (!plan) {
    const order = tiers.map((_, i) => i).sort((a, b) => (tiers[a] as Tier).minRatio - (tiers[b] as Tier).minRatio);
    const sorted = order.map((i) => keysOf(tiers[i] as Tier));
    plan = {
      order,
      factKeys: tiers.map((t) => keysOf(t).factKey),
      conditionIds: tiers.map((t) => keysOf(t).conditionId),
      minPercent: sorted.map((k) => k.minPercent),
      maxPercent: sorted.map((k) => k.maxPercent),
      windowMonths: order.map((i) => (tiers[i] as Tier).windowMonths),
      widestWindow: Math.max(...tiers.map((t) => t.windowMonths)),
    };
    tierPlans.set(tiers, plan);
  }
  return plan;
}

/**
 * Months in each tier's window whose base reaches the tier (R9 default: ≥ its lower bound; the alternative also
 * needs < its upper bound). Back-paid, other-employer and tax-mismatched months never count (Art. 7).
 */
function countTiers(
  ctx: Context,
  tiers: readonly Tier[],
  plan: TierPlan,
): { counts: TierCount[]; excluded: number; confidence: Confidence; unpublished: number | undefined } {
  const history = againstReference(ctx);
  const ownBandOnly = reading(ctx, 'R9') === 'ownBandOnly';
  const end = windowEnd(ctx);
  const n = plan.order.length;
  const months = new Array<number>(n).fill(0);
  const widestFirst = end - plan.widestWindow + 1;
  const { minPercent, maxPercent, windowMonths } = plan;
  let excluded = 0;
  let confidence: Confidence = 'high';
  // The first month of the window with no published reference wage: it cannot be compared, and the line says so.
  let unpublished: number | undefined;
  for (let h = 0; h < history.length; h++) {
    const m = history[h] as HistoryMonth;
    if (m.month < widestFirst || m.month > end) continue;
    if (m.percentOfReference < 0 && unpublished === undefined) unpublished = m.month;
    if (m.backPaid || !m.employerMatchesContract || !m.taxMatches) {
      excluded++;
      continue;
    }
    if (m.referenceConfidence !== 'high') confidence = lower(confidence, m.referenceConfidence);
    const percent = m.percentOfReference;
    const age = end - m.month;
    // Tiers in ascending order of their lower bound: once a month falls short of one, it falls short of the rest.
    for (let j = 0; j < n; j++) {
      if (percent < (minPercent[j] as number)) break;
      if (age >= (windowMonths[j] as number) || (ownBandOnly && percent >= (maxPercent[j] as number))) continue;
      months[j] = (months[j] as number) + 1;
    }
  }
  const counts = new Array<TierCount>(tiers.length);
  for (let j = 0; j < n; j++) {
    const i = plan.order[j] as number;
    const tier = tiers[i] as Tier;
    counts[i] = { tier, months: months[j] as number, met: (months[j] as number) >= tier.months };
  }
  return { counts, excluded, confidence, unpublished };
}

function monthsFacts(plan: TierPlan, counts: TierCount[]): Record<string, number> {
  const facts: Record<string, number> = {};
  for (let i = 0; i < counts.length; i++) facts[plan.factKeys[i] as string] = (counts[i] as TierCount).months;
  return facts;
}

/**
 * Every tier's texts by window end and reading R9, in the policy data's order: one lookup per line. Unlike
 * sharedCache values they stay unfrozen (V8 reads frozen arrays' elements several times slower); they never leave
 * this module, and the texts of an assessment are new strings made from them.
 */
const tierTextCache = new WeakMap<ParamValue<'siBase'>, Map<number, TierTexts[]>>();

function tiersTexts(v: ParamValue<'siBase'>, windowEnd: number, ownBandOnly: boolean): TierTexts[] {
  let byKey = tierTextCache.get(v);
  if (!byKey) {
    byKey = new Map();
    tierTextCache.set(v, byKey);
  }
  const key = windowEnd * 2 + (ownBandOnly ? 1 : 0);
  let texts = byKey.get(key);
  if (!texts) {
    texts = v.tiers.map((t) => tierTexts(t, windowEnd, ownBandOnly, v.cap));
    // Window ends follow assessment dates: a long-running server must not grow without end.
    if (byKey.size >= 500) byKey.clear();
    byKey.set(key, texts);
  }
  return texts;
}

function tierTexts(t: Tier, windowEnd: number, ownBandOnly: boolean, cap: number): TierTexts {
  const keys = keysOf(t);
  // How a tier's months are described: "≥ 1×" under reading R9's default, "1–2×" when months count only in their band.
  const r = ownBandOnly ? keys.band : keys.atLeast;
  const from = monthString(windowEnd - t.windowMonths + 1);
  const to = monthString(windowEnd);
  const points = Math.min(t.points, cap);
  return {
    conditionZh: [`${from}至${to}中基数${r.zh}的月份`, `个，需${t.months}个（${t.points}分档）`],
    conditionEn: ` of the required ${t.months} months at ${r.en} between ${from} and ${to} (${t.points}-point tier)`,
    explanationZh: [`最近${t.windowMonths}个月内有`, `个月缴费基数达到当月参考工资的${r.zh}（需${t.months}个月），积${points}分。`],
    explanationEn: ` of the last ${t.windowMonths} months had a base at ${r.en} that month's reference (${t.months} needed): ${points} points.`,
  };
}

const noTierMetCache = sharedCache<Text>();

function noTierMetText(v: ParamValue<'siBase'>): Text {
  return noTierMetCache(v, undefined, () => {
    const t = v.tiers[0];
    return {
      zh: `没有任何档次的月数达标（最低档需最近${t?.windowMonths}个月内${t?.months}个月基数达到参考工资的${t?.minRatio}倍），本项0分。`,
      en: `No tier's month count is met (the lowest needs ${t?.months} of the last ${t?.windowMonths} months at ≥ ${t?.minRatio}× the reference): 0 points.`,
    };
  });
}

/** 缴纳职工社会保险费基数 — Art. 7: the highest tier whose month count is met, each month against its own reference. */
export function siBase(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.siBase, 'siBase', ctx);
  const v = p.value;
  const plan = planOf(v.tiers);
  const { counts, excluded, confidence, unpublished } = countTiers(ctx, v.tiers, plan);
  const ownBandOnly = reading(ctx, 'R9') === 'ownBandOnly';
  const bestAt = bestTier(counts);
  const best = counts[bestAt];
  const points = Math.min(best?.tier.points ?? 0, v.cap);
  const texts = tiersTexts(v, windowEnd(ctx), ownBandOnly);
  const conditions: Condition[] = counts.map((c, i) => {
    const t = texts[i] as TierTexts;
    const text = { zh: t.conditionZh[0] + c.months + t.conditionZh[1], en: c.months + t.conditionEn };
    const id = plan.conditionIds[i] as string;
    return c.met
      ? { id, status: 'met' as const, text }
      : failed(id, text, {
          zh: `还差${c.tier.months - c.months}个月`,
          en: `${c.tier.months - c.months} more month(s) needed`,
        });
  });
  if (unpublished !== undefined)
    conditions.push(
      failed('referencePublished', {
        zh: `${monthString(unpublished)}没有公布的参考工资，该月无法比较`,
        en: `no published reference wage for ${monthString(unpublished)}: that month cannot be compared`,
      }),
    );
  if (excluded)
    conditions.push(
      met('excludedMonths', {
        zh: `补缴、非合同单位缴费或与个税不能合理对应的${excluded}个月不计`,
        en: `${excluded} back-paid, other-employer or tax-mismatched month(s) not counted`,
      }),
    );
  return item(ctx, {
    id: 'siBase',
    group: 'bonus',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation: best ? bestTierText(best, texts[bestAt] as TierTexts) : noTierMetText(v),
    facts: monthsFacts(plan, counts),
    conditions,
    extraConfidence: [confidence],
    documents: ctx.policy.documents.siBase,
    checks: undefined,
  });
}

/** The position of the met tier with the most points, or −1. */
function bestTier(counts: TierCount[]): number {
  let at = -1;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as TierCount;
    if (c.met && (at < 0 || c.tier.points > (counts[at] as TierCount).tier.points)) at = i;
  }
  return at;
}

/** The line's points alone, without its texts: what an alternative reading or value is tried for (issue 13). */
export function siBasePoints(ctx: Context): number {
  const v = required(ctx.policy.params.siBase, 'siBase', ctx).value;
  const { counts } = countTiers(ctx, v.tiers, planOf(v.tiers));
  return Math.min(counts[bestTier(counts)]?.tier.points ?? 0, v.cap);
}

function bestTierText(best: TierCount, t: TierTexts): Text {
  return { zh: t.explanationZh[0] + best.months + t.explanationZh[1], en: best.months + t.explanationEn };
}
