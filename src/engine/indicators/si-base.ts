import { monthString } from '../../core/calendar.ts';
import { failed, met } from '../../core/condition.ts';
import { lower } from '../../core/confidence.ts';
import { type Msg, msg } from '../../core/message.ts';
import { deepFreeze } from '../../core/shared-cache.ts';
import type { ParamValue } from '../../policy/index.ts';
import type { Context } from '../context.ts';
import { type HistoryMonth, percentOf } from '../history.ts';
import { item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import { againstReference, reading, windowEnd } from '../readings.ts';
import type { Condition, Confidence, ItemResult } from '../types.ts';
import { type BandIndex, bandIndex, confidenceBetween, firstFrom } from './base-bands.ts';

const LABEL = labelOf('siBase');

type Tier = ParamValue<'siBase'>['tiers'][number];

export interface TierCount {
  tier: Tier;
  months: number;
  met: boolean;
}

/**
 * The tiers in ascending order of their lower bound, with what counting needs, made once per tier list of the policy
 * data. Kept unfrozen: V8 reads frozen arrays' elements several times slower, and this plan is read for every month
 * of every history.
 */
interface TierPlan {
  order: number[];
  /** By tier, in the policy data's order: its fact, its condition, and its band as reading R9 describes it. */
  factKeys: string[];
  /** The facts with every tier's months at 0, in the order of factKeys: copied, then filled (one shape per plan). */
  noMonths: Record<string, number>;
  conditionIds: string[];
  atLeast: Msg[];
  band: Msg[];
  /** By tier in ascending order of the lower bound: what counting compares. */
  minPercent: number[];
  maxPercent: number[];
  windowMonths: number[];
  widestWindow: number;
}

/** The fact holding a tier's months in the window (the near miss reads it back: planner/change-points.ts). */
export function tierMonthsFact(tierId: string): string {
  return `months_${tierId}`;
}

const tierPlans = new WeakMap<readonly Tier[], TierPlan>();

/** The longest window any base band looks back over (policy/indicators/si-base.json: 36 months in 2013, 48 since 2018). */
export function widestBaseWindow(ctx: Context): number {
  return planOf(required(ctx.policy.params.siBase, 'siBase', ctx).value.tiers).widestWindow;
}

/** The tiers planned last, and their plan: every line and alternative of an assessment reads the same tiers. */
let lastTiers: readonly Tier[] | undefined;
let lastPlan: TierPlan | undefined;

function planOf(tiers: readonly Tier[]): TierPlan {
  if (tiers === lastTiers) return lastPlan as TierPlan;
  let plan = tierPlans.get(tiers);
  if (!plan) {
    const order = tiers.map((_, i) => i).sort((a, b) => (tiers[a] as Tier).minRatio - (tiers[b] as Tier).minRatio);
    // The messages are shared by every result, so frozen like every shared value (they are objects, not arrays).
    const atLeast = tiers.map((t) => deepFreeze(msg('engine:siBase.atLeast', { ratio: t.minRatio })));
    const percent = (ratio: number | null) => (ratio === null ? Number.POSITIVE_INFINITY : percentOf(ratio));
    plan = {
      order,
      factKeys: tiers.map((t) => tierMonthsFact(t.id)),
      noMonths: Object.fromEntries(tiers.map((t) => [tierMonthsFact(t.id), 0])),
      conditionIds: tiers.map((t) => `tier_${t.id}`),
      atLeast,
      band: tiers.map((t, i) =>
        t.maxRatio === null ? (atLeast[i] as Msg) : deepFreeze(msg('engine:siBase.band', { min: t.minRatio, max: t.maxRatio })),
      ),
      minPercent: order.map((i) => percentOf((tiers[i] as Tier).minRatio)),
      maxPercent: order.map((i) => percent((tiers[i] as Tier).maxRatio)),
      windowMonths: order.map((i) => (tiers[i] as Tier).windowMonths),
      widestWindow: Math.max(...tiers.map((t) => t.windowMonths)),
    };
    tierPlans.set(tiers, plan);
  }
  lastTiers = tiers;
  lastPlan = plan;
  return plan;
}

/**
 * The band indexes of the histories counted last, by history and tier plan: a few, enough for an assessment's own
 * history and its alternatives' (R8, the carried months) and for the planner's dates. Not a WeakMap: a new key for
 * every applicant cost a first assessment more than the index saved. An index is built only for a history counted
 * more often than one assessment counts it (the line, R9 and W1: three times), so an applicant assessed once walks
 * its months as before and pays for no index (building one cost more than the walks it replaced).
 */
const SLOTS = 4;
const BUILD_AFTER = 3;
interface Slot {
  history: readonly HistoryMonth[] | undefined;
  plan: TierPlan | undefined;
  counted: number;
  index: BandIndex | undefined;
}
const slots: Slot[] = Array.from({ length: SLOTS }, () => ({ history: undefined, plan: undefined, counted: 0, index: undefined }));
let nextSlot = 0;

function indexOf(history: readonly HistoryMonth[], plan: TierPlan): BandIndex | undefined {
  for (let i = 0; i < SLOTS; i++) {
    const s = slots[i] as Slot;
    if (s.history !== history || s.plan !== plan) continue;
    if (s.index === undefined && ++s.counted > BUILD_AFTER) s.index = bandIndex(history, plan.minPercent, plan.maxPercent);
    return s.index;
  }
  const s = slots[nextSlot] as Slot;
  s.history = history;
  s.plan = plan;
  s.counted = 1;
  s.index = undefined;
  nextSlot = (nextSlot + 1) % SLOTS;
  return undefined;
}

type Counted = { counts: TierCount[]; excluded: number; confidence: Confidence; unpublished: number | undefined };

/**
 * Months in each tier's window whose base reaches the tier (R9 default: ≥ its lower bound; the alternative also
 * needs < its upper bound). Back-paid, other-employer and tax-mismatched months never count (Art. 7).
 */
function countTiers(ctx: Context, tiers: readonly Tier[], plan: TierPlan): Counted {
  const history = againstReference(ctx);
  const ownBandOnly = reading(ctx, 'R9') === 'ownBandOnly';
  const end = windowEnd(ctx);
  const index = indexOf(history, plan);
  if (index === undefined) return walkTiers(history, tiers, plan, ownBandOnly, end);
  // The widest window's months: those after the window end (up to the assessment month) are in the history too.
  const from = firstFrom(index, end - plan.widestWindow + 1);
  const to = firstFrom(index, end + 1);
  const totals = ownBandOnly ? index.inBand : index.atLeast;
  const counts = new Array<TierCount>(tiers.length);
  for (let j = 0; j < plan.order.length; j++) {
    const running = totals[j] as number[];
    const months = (running[to] as number) - (running[firstFrom(index, end - (plan.windowMonths[j] as number) + 1)] as number);
    const i = plan.order[j] as number;
    const tier = tiers[i] as Tier;
    counts[i] = { tier, months, met: months >= tier.months };
  }
  // The first month of the window with no published reference wage: it cannot be compared, and the line says so.
  const firstUnpublished = index.nextUnpublished[from] as number;
  return {
    counts,
    excluded: (index.excluded[to] as number) - (index.excluded[from] as number),
    confidence: confidenceBetween(index, from, to),
    unpublished: firstUnpublished < to ? index.months[firstUnpublished] : undefined,
  };
}

/** countTiers by walking the window's months: for a history counted too rarely to pay for its index. */
function walkTiers(history: readonly HistoryMonth[], tiers: readonly Tier[], plan: TierPlan, ownBandOnly: boolean, end: number): Counted {
  const n = plan.order.length;
  const months = new Array<number>(n).fill(0);
  const widestFirst = end - plan.widestWindow + 1;
  const { minPercent, maxPercent, windowMonths } = plan;
  let excluded = 0;
  let confidence: Confidence = 'high';
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
  // Filling a copy stores into the properties it has; adding them to {} one by one cost a tenth of the line.
  const facts = { ...plan.noMonths };
  for (let i = 0; i < counts.length; i++) facts[plan.factKeys[i] as string] = (counts[i] as TierCount).months;
  return facts;
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
  const end = windowEnd(ctx);
  const to = monthString(end);
  const conditions = new Array<Condition>(counts.length);
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as TierCount;
    const t = c.tier;
    const text = msg('engine:siBase.tier', {
      from: monthString(end - t.windowMonths + 1),
      to,
      ratio: described(plan, i, ownBandOnly),
      months: c.months,
      needed: t.months,
      tierPoints: t.points,
    });
    const id = plan.conditionIds[i] as string;
    conditions[i] = c.met ? { id, status: 'met', text } : failed(id, text, msg('engine:siBase.tierFix', { more: t.months - c.months }));
  }
  if (unpublished !== undefined)
    conditions.push(failed('referencePublished', msg('engine:siBase.unpublished', { month: monthString(unpublished) })));
  if (excluded) conditions.push(met('excludedMonths', msg('engine:siBase.excluded', { months: excluded })));
  return item(ctx, {
    id: 'siBase',
    group: 'bonus',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation: best ? bestTierText(best, described(plan, bestAt, ownBandOnly), v.cap) : noTierMetText(v),
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

/** How a tier's months are described: "≥ 1×" under reading R9's default, "1–2×" when months count only in their band. */
function described(plan: TierPlan, tier: number, ownBandOnly: boolean): Msg {
  return (ownBandOnly ? plan.band[tier] : plan.atLeast[tier]) as Msg;
}

function bestTierText(best: TierCount, ratio: Msg, cap: number): Msg {
  const t = best.tier;
  return msg('engine:siBase.explanation', {
    window: t.windowMonths,
    months: best.months,
    ratio,
    needed: t.months,
    points: Math.min(t.points, cap),
  });
}

function noTierMetText(v: ParamValue<'siBase'>): Msg {
  const t = v.tiers[0] as Tier;
  return msg('engine:siBase.noTierMet', { window: t.windowMonths, needed: t.months, ratio: t.minRatio });
}
