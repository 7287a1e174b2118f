import { createRoute, z } from '@hono/zod-openapi';
import { isoMonth } from '../../applicant/primitives.ts';
import { msg } from '../../core/message.ts';
import { renderAssessment } from '../../explain/render.ts';
import { renderAnswer } from '../../explain/render-answer.ts';
import { text } from '../../messages/catalogue.ts';
import { plan } from '../../planner/index.ts';
import { applicant, isoDate } from '../http/applicant-schema.ts';
import { assessOptionsShape, resolveOptions } from '../http/assess-options.ts';
import { assessmentSchema } from '../http/assessment-schema.ts';
import { JSON_BODY, PUBLIC } from '../http/openapi-access.ts';
import { ProblemError } from '../http/problem.ts';
import { newRouter } from '../http/router.ts';
import { saidSchema } from '../http/said-json.ts';
import { json, jsonBody, problems } from '../http/schemas.ts';

/** The planner's PlanAssumptions (src/planner/types.ts) as a request schema; the planner re-checks them. */
const assumptions = z
  .object({
    baseChanges: z
      .array(z.object({ from: isoMonth, base: z.number().int().nonnegative() }))
      .max(100)
      .optional()
      .describe('the monthly SI base from a month on (whole yuan)'),
    lastContributionMonth: isoMonth.optional().describe('no contribution after this month'),
    remoteArea: z.object({ area: z.enum(['lingang', 'newTown', 'northSouth', 'otherDesignated']), from: isoDate }).optional(),
    marriage: z.object({ on: isoDate }).optional().describe('marries a Shanghai-hukou spouse'),
    degreeMonths: z.number().int().min(0).max(600).optional(),
    skillCertificateMonths: z.number().int().min(0).max(600).optional(),
    qualificationMonths: z.number().int().min(0).max(600).optional(),
  })
  .meta({ id: 'PlanAssumptions' });

/** The plan as the API gives it: the planner's Plan, each message with its text in both languages beside its key. */
const planAnswer = z.looseObject({
  date: z.string(),
  horizonMonths: z.number(),
  today: assessmentSchema,
  summary: saidSchema,
  actions: z.array(z.unknown()),
});

const route = createRoute({
  method: 'post',
  path: '/plan',
  operationId: 'plan',
  tags: ['assessment'],
  security: PUBLIC,
  summary: 'Plan: the gap today, time alone month by month, and each way to add points ranked by when it reaches the standard score',
  request: jsonBody(
    z
      .object({
        applicant,
        date: assessOptionsShape.date,
        readings: assessOptionsShape.readings,
        horizonMonths: z.number().int().min(1).max(600).optional().describe('how far to look, in months (default 120)'),
        assumptions: assumptions.optional(),
      })
      .meta({ id: 'PlanRequest' }),
  ),
  responses: {
    200: json(
      planAnswer,
      'The plan (src/planner/types.ts: Plan): every sentence of the planner in zh and en, with its message `key` and `params` beside them',
    ),
    ...problems(...JSON_BODY),
  },
});
export function planRoutes() {
  return newRouter().openapi(route, (c) => {
    const body = c.req.valid('json');
    const options = resolveOptions(body);
    try {
      const made = plan(body.applicant, {
        date: options.date,
        readings: options.readings,
        horizonMonths: body.horizonMonths,
        assumptions: body.assumptions,
      });
      // Every sentence in zh and en with its key and params: today's assessment through the one render step every
      // door shares, the planner's own sentences (which quote the engine's words as parameters) likewise.
      const rest = renderAnswer({ ...made, today: null }, 'all') as Omit<typeof made, 'today'>;
      return c.json({ ...rest, today: renderAssessment(made.today, 'all') }, 200);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new ProblemError('validation', { detail: text(msg('planner:invalidAssumptions', { reason: error.message })) });
    }
  });
}
