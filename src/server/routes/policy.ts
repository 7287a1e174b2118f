import { createRoute, z } from '@hono/zod-openapi';
import { msg } from '../../core/message.ts';
import { todayInShanghai } from '../../core/today.ts';
import { renderAnswer } from '../../explain/render-answer.ts';
import { text } from '../../messages/catalogue.ts';
import { readings, versions, wages } from '../../policy/index.ts';
import { paramsInForce } from '../../policy/snapshot.ts';
import { describeSources, type SourceView } from '../../policy/sources.ts';
import { chooseVersion } from '../../policy/version.ts';
import { isoDate } from '../http/applicant-schema.ts';
import { sourceView } from '../http/assessment-schema.ts';
import { PUBLIC } from '../http/openapi-access.ts';
import { ProblemError } from '../http/problem.ts';
import { newRouter } from '../http/router.ts';
import { json, problems } from '../http/schemas.ts';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const versionSchema = z.looseObject({
  id: z.string(),
  name: bilingual,
  docNo: z.string(),
  from: z.string(),
  to: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
  lastChecked: z.string().describe("the day this version's rules were last checked against the sources"),
});

const listVersions = createRoute({
  method: 'get',
  path: '/policy/versions',
  operationId: 'listPolicyVersions',
  tags: ['policy'],
  security: PUBLIC,
  summary: 'Versions of the scheme, oldest first',
  responses: {
    200: json(
      z.object({ versions: z.array(versionSchema), current: z.string().describe('the version in force today (Shanghai date)') }),
      'Versions',
    ),
  },
});

const inForce = createRoute({
  method: 'get',
  path: '/policy',
  operationId: 'getPolicyInForce',
  tags: ['policy'],
  security: PUBLIC,
  summary: 'Every rule value in force on a date, with its article, sources and confidence',
  request: { query: z.object({ date: isoDate.optional().describe('default: today in Shanghai') }) },
  responses: {
    200: json(
      z.object({
        date: z.string(),
        version: versionSchema.extend({ beyondValidity: z.boolean() }),
        parameters: z
          .record(z.string(), z.unknown().nullable())
          .describe('per parameter: the dated value in force, or null when the rule did not exist then'),
        readings: z.array(z.unknown()).describe('open questions, their options and the default the engine takes'),
        sources: z.array(sourceView).describe('every source the parameters in force cite, official texts first'),
        referenceWageChecked: z.string().describe('the day the reference-wage table was last checked against the sources'),
      }),
      'The policy in force',
    ),
    ...problems('validation'),
  },
});

/** The first day of the first version: before it, the scheme did not exist. */
function schemeStart(): string {
  return versions.map((v) => v.from).sort()[0] ?? '';
}

export function policyRoutes() {
  const router = newRouter();
  router.openapi(listVersions, (c) => c.json({ versions, current: chooseVersion(todayInShanghai()).info.id }, 200));
  router.openapi(inForce, (c) => {
    const date = c.req.valid('query').date ?? todayInShanghai();
    let choice: ReturnType<typeof chooseVersion>;
    try {
      choice = chooseVersion(date);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new ProblemError('validation', {
        issues: [
          { path: 'date', field: text(msg('policy:dateField')), message: text(msg('policy:noVersion', { date, start: schemeStart() })) },
        ],
      });
    }
    const parameters = Object.fromEntries(paramsInForce(choice.lookupDate).map(([id, p]) => [id, p ?? null]));
    const cited = Object.values(parameters).flatMap((p) => p?.source ?? []);
    return c.json(
      {
        date,
        version: choice.info,
        parameters,
        readings,
        // The kinds are messages: in both languages, as the sources of an assessment with lang=all.
        sources: renderAnswer(describeSources(cited), 'all') as SourceView[],
        referenceWageChecked: wages.lastChecked,
      },
      200,
    );
  });
  return router;
}
