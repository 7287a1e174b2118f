import { z } from '@hono/zod-openapi';
import { say } from '../../messages/catalogue.ts';
import { PROBLEMS, type ProblemKind } from './problem.ts';

/** Schemas shared by many routes: problems, ids, pages. */

export const problemSchema = z
  .object({
    type: z.string().describe('`/problems/<kind>`, see docs/api.md'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().describe('quote it when reporting a problem; it is in the server log'),
    errors: z
      .array(z.object({ path: z.string().describe('e.g. applicant.education[0].level'), field: z.string(), message: z.string() }))
      .optional()
      .describe('each bad field, in the language chosen by Accept-Language (zh by default)'),
    currentRevision: z.number().int().optional().describe('a conflict (409) on a case: its current revision'),
    current: z.string().optional().describe('a conflict (409): where to GET the current state, to set beside your edit'),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details (application/problem+json)' });

/** Problem responses for a route's OpenAPI description. */
export function problems(...kinds: ProblemKind[]) {
  const out: Record<number, { description: string; content: { 'application/problem+json': { schema: typeof problemSchema } } }> = {};
  for (const kind of kinds) {
    const def = PROBLEMS[kind];
    const previous = out[def.status]?.description;
    out[def.status] = {
      description: previous ? `${previous}; ${say('en', def.title)}` : say('en', def.title),
      content: { 'application/problem+json': { schema: problemSchema } },
    };
  }
  return out;
}

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

export const idParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().max(64).optional().describe('`next` of the previous page'),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    next: z.string().nullable().describe('pass as `before` for the next page; null on the last page'),
  });
}

export const roleSchema = z.enum(['owner', 'staff', 'viewer']);
