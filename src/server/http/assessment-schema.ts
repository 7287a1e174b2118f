import { z } from '@hono/zod-openapi';

/**
 * The engine's Assessment (src/engine/types.ts), described for OpenAPI. Responses are not validated
 * against it; it documents the main fields and lets the rest through (`looseObject`).
 */

const text = z.object({ zh: z.string().optional(), en: z.string().optional() }).meta({
  id: 'Text',
  description: 'zh and en; POST /assess gives only the language asked for (`lang`), both with lang=all',
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
  })
  .meta({ id: 'ItemResult' });

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
    confidence,
    readings: z.record(z.string(), z.string()),
  })
  .meta({ id: 'Assessment' });
