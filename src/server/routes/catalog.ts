import { createRoute, z } from '@hono/zod-openapi';
import { catalogIds, search } from '../../catalog/index.ts';
import { renderAnswer } from '../../explain/render-answer.ts';
import { isoDate } from '../http/applicant-schema.ts';
import { PUBLIC } from '../http/openapi-access.ts';
import { newRouter } from '../http/router.ts';
import { json, problems } from '../http/schemas.ts';

const route = createRoute({
  method: 'get',
  path: '/catalog/search',
  operationId: 'searchCatalog',
  tags: ['catalog'],
  security: PUBLIC,
  summary: 'Search the skill-occupation, qualification and shortage-major catalogues',
  description:
    'Chinese names, aliases, pinyin or initials, codes, English names (whole, or from the start of a word: "welder", "CPA"); tolerant of one-character typos. Each entry carries its English name (`nameEn`, our translation; `name` is the official one). Says so when a name is not on any catalogue.',
  request: {
    query: z.object({
      q: z.string().max(100),
      catalog: z.enum(catalogIds).optional().describe('search one catalogue only'),
      date: isoDate.optional().describe('points in force and whether each entry is on its catalogue on this date'),
      limit: z.coerce.number().int().min(1).max(50).default(10),
    }),
  },
  responses: {
    200: json(
      z.object({
        query: z.string(),
        found: z.boolean(),
        hits: z.array(z.looseObject({ rank: z.number(), match: z.string(), catalog: z.string() })),
        notFound: z.unknown().nullable(),
      }),
      'Hits, best first; each sentence (points, conditions, the not-found verdict) in zh and en with its message `key` and `params` beside them',
    ),
    ...problems('validation'),
  },
});

export function catalogRoutes() {
  return newRouter().openapi(route, (c) => {
    const { q, catalog, date, limit } = c.req.valid('query');
    const result = search(q, { limit, ...(catalog ? { catalogs: [catalog] } : {}), ...(date ? { date } : {}) });
    return c.json(renderAnswer(result, 'all') as typeof result, 200);
  });
}
