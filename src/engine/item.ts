import { failed } from '../core/condition.ts';
import { lower } from '../core/confidence.ts';
import { msg } from '../core/message.ts';
import type { DocumentAt } from '../policy/at.ts';
import { type ParamId, param } from '../policy/index.ts';
import type { ReadingId } from '../policy/readings.ts';
import type { Context } from './context.ts';
import { noteReadings, takeReadings } from './readings.ts';
import type { Condition, Confidence, DocumentRef, Fact, IndicatorId, ItemGroup, ItemResult, Said, Text } from './types.ts';

/**
 * The parameter in force, or an error naming it: the engine never guesses a missing rule. Callers read the value
 * by name (`ctx.policy.params.siBase`): a lookup by a key that varies from call to call is much slower in V8.
 */
export function required<T>(value: T | undefined, id: ParamId, ctx: Context): T {
  if (value === undefined) throw new RangeError(`no value of "${id}" is in force on ${ctx.lookupDate}`);
  return value;
}

/**
 * Documents of a parameter file in force on the lookup date whose tag `when` accepts (untagged ones are in
 * `ctx.policy.documents`). The entries are shared and frozen, like the policy they come from.
 */
export function docs(list: readonly DocumentAt[], when: (tag: string | undefined) => boolean): DocumentRef[] {
  const out: DocumentRef[] = [];
  for (const d of list) if (when(d.when)) out.push(d.ref);
  return out;
}

/**
 * What an indicator says of its line. Every key is required and every call site lists them in this order (absent ones
 * as undefined): objects of one shape are read several times faster by V8 than objects of many, and this is read
 * for every line of every assessment.
 */
export interface ItemInput {
  id: IndicatorId;
  group: ItemGroup;
  label: Text;
  points: number;
  max: number | null;
  /** The rule value: its sources, article and confidence, and the readings it was set under (noted as read). */
  param: { source: string[]; article: Text; confidence: Confidence; readings?: readonly string[] | undefined };
  explanation: Said;
  facts: Record<string, Fact> | undefined;
  conditions: Condition[] | undefined;
  extraConfidence: Confidence[] | undefined;
  documents: DocumentRef[] | undefined;
  checks: Said[] | undefined;
}

/** The empty list every line without documents or checks shares (frozen, like every shared value). */
const NONE: never[] = Object.freeze([]) as unknown as never[];
/** The readings record of every line that relied on none (shared and frozen). */
const NO_READINGS: Record<string, string> = Object.freeze({});

/** The item's line; its readings are those it read through the accessors of readings.ts since the last item. */
export function item(ctx: Context, input: ItemInput): ItemResult {
  const { param: rule, points, extraConfidence } = input;
  let confidence = rule.confidence;
  if (extraConfidence) for (const c of extraConfidence) confidence = lower(confidence, c);
  if (rule.readings) noteReadings(ctx, rule.readings as readonly ReadingId[]);
  const used = takeReadings(ctx);
  if (used) confidence = lower(confidence, used.confidence);
  return {
    id: input.id,
    group: input.group,
    label: input.label,
    points,
    counted: true,
    max: input.max,
    explanation: input.explanation,
    facts: input.facts ?? {},
    conditions: input.conditions ?? [],
    source: rule.source,
    article: rule.article,
    confidence,
    readings: used ? used.values : NO_READINGS,
    documents: points !== 0 && input.documents ? input.documents : NONE,
    checks: input.checks ?? NONE,
    alternatives: NONE,
  };
}

/** An item whose rule is not part of the version in force: 0 points, saying so. */
export function notInForce(ctx: Context, id: IndicatorId & ParamId, group: ItemGroup, label: Text): ItemResult {
  const first = param(id, '9999-12-31') ?? param(id, ctx.date);
  return item(ctx, {
    id,
    group,
    label,
    points: 0,
    max: null,
    param: { source: first?.source ?? [], article: first?.article ?? label, confidence: first?.confidence ?? 'medium' },
    explanation: msg('engine:item.notInForce'),
    facts: undefined,
    conditions: [failed('inForce', msg('engine:item.notInForceOn', { date: ctx.lookupDate }))],
    extraConfidence: undefined,
    documents: undefined,
    checks: undefined,
  });
}
