import { z } from '@hono/zod-openapi';

/**
 * The 居转户 answer as the API shows it (src/hukou/types.ts: HukouAssessment, every message rendered): the answer of
 * POST /hukou and the one stored with each case assessment.
 */
const localText = z.object({ zh: z.string().optional(), en: z.string().optional() });
const conditionSchema = z.object({
  id: z.string(),
  status: z.enum(['met', 'failed', 'confirm']),
  text: localText,
  fix: localText.optional(),
});
export const hukouAssessmentSchema = z
  .looseObject({
    date: z.string(),
    month: z.string(),
    versions: z.array(z.string()),
    routes: z.array(
      z.looseObject({
        id: z.string(),
        kind: z.enum(['years', 'title', 'direct']),
        name: localText,
        verdict: z.enum(['met', 'notMet', 'confirm']),
        conditions: z.array(conditionSchema),
        earliest: z.string().nullable(),
        documents: z.array(localText),
        warnings: z.array(localText),
        source: z.array(z.string()),
        confidence: z.enum(['high', 'medium', 'low']),
        readings: z.array(z.string()),
      }),
    ),
    overall: z.looseObject({
      status: z.enum(['open', 'confirm', 'later', 'none']),
      summary: localText,
      earliest: z.string().nullable(),
      expected: z.object({ from: z.string(), to: z.string() }).nullable(),
    }),
    points: z.object({ text: localText, source: z.array(z.string()), confidence: z.enum(['high', 'medium', 'low']) }),
    plan: z.array(localText),
    warnings: z.array(localText),
    sources: z.array(z.object({ key: z.string(), kind: z.string(), title: localText, url: z.string().nullable() })),
  })
  .meta({ id: 'HukouAssessment' });
