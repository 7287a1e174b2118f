import { z } from '@hono/zod-openapi';

/**
 * The engine's Assessment (src/engine/types.ts), described for OpenAPI. Responses are not validated
 * against it; it documents the main fields and lets the rest through (`looseObject`).
 */

const text = z
  .object({
    zh: z.string().optional(),
    en: z.string().optional(),
    key: z.string().optional().describe('the message catalogue key (messages/<lang>/<namespace>.json) the text was rendered from'),
    params: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('the facts the message speaks of (numbers, dates, names; a nested message or {zh, en} text)'),
  })
  .meta({
    id: 'Text',
    description:
      'zh and en; POST /assess gives only the language asked for (`lang`), both with lang=all. A text rendered from a message carries its key and params beside it; data that carries both languages itself (articles, document names, assessments stored before messages) has no key',
  });
const condition = z
  .looseObject({ id: z.string(), status: z.enum(['met', 'failed', 'confirm']), text, fix: text.optional() })
  .meta({ id: 'Condition' });
const documentRef = z.object({ id: z.string(), zh: z.string().optional(), en: z.string().optional() }).meta({ id: 'DocumentRef' });
const confidence = z.enum(['high', 'medium', 'low']);

const item = z
  .looseObject({
    id: z.string(),
    group: z.enum(['basic', 'bonus', 'deduction']),
    label: text,
    points: z.number().describe('points of this item on its own (negative for deductions)'),
    counted: z.boolean().describe('false when a choose-one group keeps another item'),
    max: z.number().nullable(),
    explanation: text,
    conditions: z.array(condition),
    source: z.array(z.string()),
    article: text,
    confidence,
    readings: z.record(z.string(), z.string()),
    documents: z.array(documentRef),
    alternatives: z
      .array(z.looseObject({ id: z.string(), option: z.string(), points: z.number(), text }))
      .describe(
        "the points under each alternative reading (id R1 …) or known alternative value (id 'carriedReference') that would change them; empty: the same under every reading we know of, confidence high",
      ),
  })
  .meta({ id: 'ItemResult' });

export const sourceView = z
  .looseObject({
    key: z.string(),
    kind: z.enum(['officialText', 'govNotice', 'press', 'agency', 'peerCalculator']),
    kindLabel: text,
    title: text,
    url: z.string().nullable().describe('the official link when one is known, else the page the fact was read on'),
    official: z.boolean().describe('the link is on an official site'),
  })
  .meta({ id: 'Source' });

export const assessmentSchema = z
  .looseObject({
    date: z.string(),
    version: z.looseObject({
      id: z.string(),
      name: text,
      docNo: z.string(),
      from: z.string(),
      to: z.string(),
      beyondValidity: z.boolean(),
      pinned: z.boolean(),
      lastChecked: z.string().describe("the day this version's rules were last checked against the sources"),
    }),
    status: z.enum(['scored', 'ineligible', 'vetoed', 'outsideScheme']),
    standardScore: z.number(),
    total: z.number().describe("the official total: 0 unless status is 'scored'"),
    scoreIfEligible: z.number(),
    reaches: z.boolean(),
    subtotals: z.object({ basic: z.number(), bonus: z.number(), deductions: z.number() }),
    eligibility: z.array(condition),
    vetoes: z.array(z.looseObject({ id: z.string(), label: text, date: z.string() })),
    items: z.array(item),
    documents: z.array(documentRef),
    warnings: z.array(text),
    confidence: confidence.describe("high unless a counted item's points would change under an alternative (its `alternatives`)"),
    readings: z.record(z.string(), z.string()),
    sources: z.array(sourceView).describe('the sources the version and the scoring lines cite, official texts first'),
    referenceWageChecked: z.string().describe('the day the reference-wage table was last checked against the sources'),
  })
  .meta({ id: 'Assessment' });
