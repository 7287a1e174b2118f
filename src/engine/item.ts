import { type DatedParam, type ParamId, param } from '../policy/index.ts';
import { lower } from './confidence.ts';
import type { Context } from './context.ts';
import type { Condition, Confidence, DocumentRef, Fact, IndicatorId, ItemGroup, ItemResult, Text } from './types.ts';

/** The parameter in force, or an error naming it: the engine never guesses a missing rule. */
export function requireParam<K extends ParamId>(id: K, ctx: Context): DatedParam<K> {
  const p = ctx.policy.params[id] as DatedParam<K> | undefined;
  if (!p) throw new RangeError(`no value of "${id}" is in force on ${ctx.lookupDate}`);
  return p;
}

/**
 * Documents of a parameter file in force on the lookup date; tagged ones only when `when` accepts their tag.
 * The entries are shared and frozen, like the policy they come from.
 */
export function docs(id: ParamId, ctx: Context, when?: (tag: string | undefined) => boolean): DocumentRef[] {
  const out: DocumentRef[] = [];
  for (const d of ctx.policy.docs[id]) {
    if (when ? when(d.when) : d.when === undefined) out.push(d.ref);
  }
  return out;
}

export interface ItemInput {
  id: IndicatorId;
  group: ItemGroup;
  label: Text;
  points: number;
  max: number | null;
  explanation: Text;
  facts?: Record<string, Fact>;
  conditions?: Condition[];
  param: { source: string[]; article: Text; confidence: Confidence };
  /** Reading ids this item relied on; their options come from the context. */
  readings?: string[];
  extraConfidence?: Confidence[];
  documents?: DocumentRef[];
  checks?: Text[];
}

export function item(ctx: Context, input: ItemInput): ItemResult {
  const readings: Record<string, string> = {};
  const byReading = ctx.readingConfidence;
  let confidence = input.param.confidence;
  if (input.extraConfidence) for (const c of input.extraConfidence) confidence = lower(confidence, c);
  if (input.readings) {
    for (const id of input.readings) {
      readings[id] = ctx.readings[id] as string;
      confidence = lower(confidence, byReading[id] ?? 'low');
    }
  }
  return {
    id: input.id,
    group: input.group,
    label: input.label,
    points: input.points,
    counted: true,
    max: input.max,
    explanation: input.explanation,
    facts: input.facts ?? {},
    conditions: input.conditions ?? [],
    source: input.param.source,
    article: input.param.article,
    confidence,
    readings,
    documents: input.points !== 0 ? (input.documents ?? []) : [],
    checks: input.checks ?? [],
  };
}

export function met(id: string, zh: string, en: string): Condition {
  return { id, status: 'met', text: { zh, en } };
}

export function failed(id: string, text: Text, fix?: Text): Condition {
  return fix ? { id, status: 'failed', text, fix } : { id, status: 'failed', text };
}

export function toConfirm(id: string, text: Text, fix: Text): Condition {
  return { id, status: 'confirm', text, fix };
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
    conditions: [
      failed('inForce', {
        zh: `该指标在${ctx.lookupDate}适用的版本中不存在`,
        en: `this indicator is not part of the version in force on ${ctx.lookupDate}`,
      }),
    ],
    explanation: { zh: '该指标不属于所适用的积分版本，本项0分。', en: 'Not part of the version in force: 0 points.' },
  });
}
