import { createRoute } from '@hono/zod-openapi';
import { assessRequestSchema, resolveOptions } from '../http/assess-options.ts';
import { assessmentSchema } from '../http/assessment-schema.ts';
import { newRouter } from '../http/router.ts';
import { runAssess } from '../http/run-assess.ts';
import { json, jsonBody, problems } from '../http/schemas.ts';

const route = createRoute({
  method: 'post',
  path: '/assess',
  tags: ['assessment'],
  summary: 'Score an applicant on a date',
  description:
    'Stateless: nothing is stored. The applicant is validated with the same schema as everywhere else; each bad field is named in the 422 problem.',
  request: jsonBody(assessRequestSchema),
  responses: {
    200: json(assessmentSchema, 'The assessment, item by item, with its conditions, sources and confidence'),
    ...problems('validation', 'malformed', 'tooLarge', 'unsupportedMediaType'),
  },
});

export function assessRoutes() {
  return newRouter().openapi(route, (c) => {
    const body = c.req.valid('json');
    return c.json(runAssess(body.applicant, resolveOptions(body)), 200);
  });
}
