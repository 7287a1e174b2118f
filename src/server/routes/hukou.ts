import { createRoute, z } from '@hono/zod-openapi';
import { pathText } from '../../applicant/errors.ts';
import { type FieldIssue, parseApplicant, ValidationError } from '../../applicant/index.ts';
import { isMsg, msg, type Said } from '../../core/message.ts';
import { todayInShanghai } from '../../core/today.ts';
import { assessHukou } from '../../hukou/index.ts';
import { text } from '../../messages/catalogue.ts';
import { hukouReadingProblem, hukouRules } from '../../policy/hukou.ts';
import { applicant, isoDate } from '../http/applicant-schema.ts';
import { renderHukou } from '../http/hukou-render.ts';
import { hukouAssessmentSchema } from '../http/hukou-schemas.ts';
import { readJsonBody } from '../http/json-body.ts';
import { contentLanguage, langQuery, textLang } from '../http/localise.ts';
import { JSON_BODY, PUBLIC } from '../http/openapi-access.ts';
import { ProblemError } from '../http/problem.ts';
import { newRouter } from '../http/router.ts';
import { json, jsonBody, problems } from '../http/schemas.ts';
import { fieldIssues, underField } from '../http/validation.ts';

const bases = hukouRules.versions.filter((v) => v.kind === 'base').map((v) => v.id) as [string, ...string[]];

const options = z.object({
  date: isoDate.optional().describe('application date, YYYY-MM-DD; default: today in Shanghai'),
  version: z.enum(bases).optional().describe('pin a base version of the residence-permit-to-hukou rules'),
  readings: z.record(z.string(), z.string()).optional().describe('switch readings J1–J21 (docs/hukou.md), e.g. {"J1": "resetAfterGrace"}'),
});

const requestSchema = z.object({ applicant, ...options.shape }).meta({ id: 'HukouRequest' });

const route = createRoute({
  method: 'post',
  path: '/hukou',
  operationId: 'hukou',
  tags: ['assessment'],
  security: PUBLIC,
  summary: 'Residence permit to Shanghai hukou: every route, when it opens, the way there',
  description:
    'Stateless: nothing is stored. Each route (the basic 7-year route, the title substitutes, the 5- and 3-year routes, the direct ' +
    'routes) with its verdict, the conditions failing or to confirm and what would change them, the earliest month it opens if ' +
    'nothing changes, and the documents to prepare; the overall answer; the dated way there; and the statement that a points ' +
    'score is neither a condition of nor a substitute for any route. Texts in one language (`lang`, else Accept-Language) or both.',
  request: { query: langQuery, ...jsonBody(requestSchema) },
  responses: { 200: json(hukouAssessmentSchema, 'The answer (src/hukou/types.ts: HukouAssessment)'), ...problems(...JSON_BODY) },
});

function issue(path: (string | number)[], m: Said): FieldIssue {
  return { ...pathText(path), message: isMsg(m) ? text(m) : m };
}

/** Every bad field of the request in one 422: the options by their schema, the applicant by parseApplicant, then the readings. */
function parseRequest(body: unknown) {
  const parsed = options.safeParse(body);
  const issues = parsed.success ? [] : fieldIssues(parsed.error, body);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new ProblemError('validation', { issues });
  let person: ReturnType<typeof parseApplicant> | undefined;
  try {
    person = parseApplicant((body as { applicant?: unknown }).applicant);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.unshift(...error.issues.map((i) => underField('applicant', i)));
  }
  for (const [id, option] of Object.entries(parsed.data?.readings ?? {})) {
    const wrong = hukouReadingProblem(id, option);
    if (wrong) issues.push(issue(['readings', id], msg(`hukou:${wrong.problem}`, { id, known: wrong.known })));
  }
  const date = parsed.data?.date ?? todayInShanghai();
  if (date < hukouRules.scheme.from) issues.push(issue(['date'], msg('hukou:beforeScheme', { from: hukouRules.scheme.from })));
  if (issues.length || !parsed.success || !person) throw new ProblemError('validation', { issues });
  return { person, date, version: parsed.data.version, readings: parsed.data.readings };
}

export function hukouRoutes() {
  const router = newRouter();
  // Documented like every route, validated here: the applicant once through parseApplicant's compiled fast path.
  router.openAPIRegistry.registerPath(route);
  router.post('/hukou', async (c) => {
    const lang = textLang(c);
    const r = parseRequest(await readJsonBody(c));
    const answer = assessHukou(r.person, { date: r.date, version: r.version, readings: r.readings });
    return c.json(renderHukou(answer, lang), 200, { 'Content-Language': contentLanguage(lang) });
  });
  return router;
}
