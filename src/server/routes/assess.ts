import { createRoute } from '@hono/zod-openapi';
import { assessRequestSchema, parseAssessRequest, resolveOptions } from '../http/assess-options.ts';
import { readJsonBody } from '../http/json-body.ts';
import { contentLanguage, langQuery, localiseAssessment, textLang } from '../http/localise.ts';
import { assessResponseSchema, localiseNearMiss, nearMissFor } from '../http/near-miss.ts';
import { JSON_BODY, PUBLIC } from '../http/openapi-access.ts';
import { newRouter } from '../http/router.ts';
import { runAssess } from '../http/run-assess.ts';
import { json, jsonBody, problems } from '../http/schemas.ts';

const route = createRoute({
  method: 'post',
  path: '/assess',
  operationId: 'assess',
  tags: ['assessment'],
  security: PUBLIC,
  summary: 'Score an applicant on a date',
  description:
    'Stateless: nothing is stored. The applicant is validated with the same schema as everywhere else; each bad field is named in the 422 problem. ' +
    'Texts come in one language (`lang`, else Accept-Language; Content-Language says which), or both with `lang=all`.',
  request: { query: langQuery, ...jsonBody(assessRequestSchema) },
  responses: {
    200: json(
      assessResponseSchema,
      'The assessment, item by item, with its conditions, sources and confidence; beside it `nearMiss`, what waiting alone changes in the coming year',
    ),
    ...problems(...JSON_BODY),
  },
});

export function assessRoutes() {
  const router = newRouter();
  // Documented like every route, but validated here rather than by zod-openapi's validator: once, through
  // parseApplicant's compiled fast path (the validator's async parse cannot use it).
  router.openAPIRegistry.registerPath(route);
  router.post('/assess', async (c) => {
    const lang = textLang(c);
    const request = parseAssessRequest(await readJsonBody(c));
    const options = resolveOptions(request);
    const assessment = runAssess(request.applicant, options);
    const nearMiss = localiseNearMiss(nearMissFor(request.applicant, options, assessment), lang);
    return c.json({ ...localiseAssessment(assessment, lang), nearMiss }, 200, { 'Content-Language': contentLanguage(lang) });
  });
  return router;
}
