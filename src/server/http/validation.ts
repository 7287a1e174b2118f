import type { Hook } from '@hono/zod-openapi';
import type { z } from 'zod';
import { belowField, pathText } from '../../applicant/errors.ts';
import { type FieldIssue, toFieldIssues } from '../../applicant/index.ts';
import { msg, type Said } from '../../core/message.ts';
import { EN } from '../../messages/resources.ts';
import { SHORT_PASSWORD } from '../auth/password-strength.ts';
import type { AppEnv } from './env.ts';
import { ProblemError } from './problem.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The request's own top-level fields the catalogue names (`server:fields.*`; the applicant's are `applicant:fields.*`). */
const REQUEST_FIELDS = new Set(Object.keys(EN.server['fields'] as object));

function requestField(key: string): Said {
  return REQUEST_FIELDS.has(key) ? msg(`server:fields.${key}`) : { zh: key, en: key };
}

/** The issue's field, its first part named as a field of the request. */
function nameTopLevel(issue: FieldIssue, path: readonly PropertyKey[]): FieldIssue {
  const top = path[0];
  if (typeof top !== 'string' || !REQUEST_FIELDS.has(top)) return issue;
  const rest = pathText(path.slice(1));
  return {
    ...issue,
    field: path.length === 1 ? requestField(top) : belowField(requestField(top), rest.field, typeof path[1] === 'number'),
  };
}

/** An issue of a value validated on its own (parseApplicant on `applicant`), named as a field of the request. */
export function underField(key: string, issue: FieldIssue): FieldIssue {
  const name = requestField(key);
  if (issue.path === '(root)') return { ...issue, path: key, field: name };
  const indexed = issue.path.startsWith('[');
  return {
    ...issue,
    path: key + (indexed ? '' : '.') + issue.path,
    field: belowField(name, issue.field, indexed),
  };
}

/** A too-short password gets the message that says what to do, not the generic "too small". */
const PASSWORD_FIELDS = new Set(['password', 'newPassword']);

/**
 * zod issues → field issues in zh and en (the schema module's wording). The validator does not ask zod
 * to report inputs, so each type error gets its input back here: "required" must mean absent, not wrong.
 */
export function fieldIssues(error: z.ZodError, data: unknown): FieldIssue[] {
  const issues = error.issues.map((issue) =>
    issue.code === 'invalid_type' && !('input' in issue) ? { ...issue, input: valueAt(data, issue.path) } : issue,
  );
  const short = new Set(
    issues.filter((i) => i.code === 'too_small' && PASSWORD_FIELDS.has(String(i.path.at(-1)))).map((i) => i.path.join('.')),
  );
  return toFieldIssues({ issues } as unknown as z.ZodError)
    .map((i) => (short.has(i.path) ? { ...i, message: SHORT_PASSWORD } : i))
    .map((i, n) => nameTopLevel(i, (issues[n] as z.core.$ZodIssue).path));
}

/** Every route's validation failure becomes one 422 problem naming each bad field. */
// biome-ignore lint/suspicious/noExplicitAny: the hook serves every route, whatever its input types.
export const validationHook: Hook<any, AppEnv, any, any> = (result) => {
  if (!result.success)
    throw new ProblemError('validation', { issues: fieldIssues(result.error as z.ZodError, (result as { data?: unknown }).data) });
};
