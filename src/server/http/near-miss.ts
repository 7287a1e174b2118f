import { z } from '@hono/zod-openapi';
import type { Applicant } from '../../applicant/index.ts';
import type { Assessment } from '../../engine/index.ts';
import { type Rendered, renderText } from '../../explain/render.ts';
import { nearMiss } from '../../planner/index.ts';
import type { NearMiss } from '../../planner/types.ts';
import type { ResolvedOptions } from './assess-options.ts';
import { assessmentSchema } from './assessment-schema.ts';
import type { TextLang } from './localise.ts';
import { saidSchema } from './said-json.ts';

const nearMissSchema = z
  .object({
    date: z.string().describe('the first day with the new score (YYYY-MM-DD)'),
    points: z.number().describe('change of the score once eligible (after choose-one): positive when waiting adds points'),
    scoreIfEligible: z.number().describe('the score once eligible on that day'),
    items: z.array(z.string()).describe('ids of the items whose points change that day'),
    text: saidSchema.describe('the headline, dated, in the language asked for, with its message key and parameters'),
  })
  .meta({ id: 'NearMiss' });

export const assessResponseSchema = assessmentSchema
  .extend({
    nearMiss: nearMissSchema
      .nullable()
      .describe(
        "what waiting alone changes in the coming 12 months, from the planner's projection (the same as POST /plan's `nearMiss`): the first day the score changes; null when nothing changes, when vetoed or outside the scheme, or when a version is pinned",
      ),
  })
  .meta({ id: 'AssessResponse' });

/**
 * The near miss beside an assessment: none for a pinned version (the planner follows the version in force). `today`
 * is the assessment just made of `applicant` with `options`: without a version, the one the planner starts from.
 */
export function nearMissFor(applicant: Applicant, options: ResolvedOptions, today: Assessment): NearMiss | null {
  return options.version ? null : nearMiss(applicant, { date: options.date, readings: options.readings }, today);
}

export function localiseNearMiss(n: NearMiss | null, lang: TextLang): (Omit<NearMiss, 'text'> & { text: Rendered }) | null {
  return n && { ...n, text: renderText(n.text, lang) };
}
