import { createRoute, z } from '@hono/zod-openapi';
import { templateCsv } from '../../batch/template.ts';
import { PUBLIC } from '../http/openapi-access.ts';
import { newRouter } from '../http/router.ts';
import { problems } from '../http/schemas.ts';

const route = createRoute({
  method: 'get',
  path: '/batch/template',
  operationId: 'getBatchTemplate',
  tags: ['assessment'],
  security: PUBLIC,
  request: {
    query: z.object({
      lang: z.enum(['zh', 'en']).optional().describe('headers in Chinese or as English keys; default: by Accept-Language'),
    }),
  },
  summary: 'The batch sheet layout as CSV: the headers (Chinese, or English keys for Accept-Language: en) and an example row',
  description:
    'What `hujifen template --out template.csv` writes, for a browser to download. A monthly social-insurance history goes in a second sheet, which a CSV cannot hold: use `hujifen template --out template.xlsx`.',
  responses: {
    200: {
      description: 'The template',
      content: { 'text/csv': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...problems('validation'),
  },
});

export function batchTemplateRoutes() {
  return newRouter().openapi(route, (c) => {
    const lang = c.req.valid('query').lang ?? c.get('lang');
    return c.body(templateCsv(lang), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="hujifen-template-${lang}.csv"`,
    }) as never;
  });
}
