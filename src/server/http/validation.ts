import type { Hook } from '@hono/zod-openapi';
import type { z } from 'zod';
import { type FieldIssue, toFieldIssues } from '../../applicant/index.ts';
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

/** Chinese names of the request's own top-level fields (the schema module names the applicant's). */
const REQUEST_FIELDS_ZH: Record<string, string> = {
  applicant: '申请人',
  facts: '申请人信息',
  version: '版本',
  readings: '解读选项',
  label: '案件名称',
  reference: '编号',
  email: '邮箱',
  password: '密码',
  organisation: '组织名称',
  role: '角色',
  token: '令牌',
  status: '状态',
  note: '备注',
  horizonMonths: '规划月数',
  assumptions: '假设',
  lang: '语言',
};

function nameTopLevel(issue: FieldIssue): FieldIssue {
  const top = issue.path.split(/[.[]/)[0] ?? '';
  const zh = REQUEST_FIELDS_ZH[top];
  if (!zh || !issue.field.zh.startsWith(top)) return issue;
  return { ...issue, field: { ...issue.field, zh: zh + issue.field.zh.slice(top.length) } };
}

/** An issue of a value validated on its own (parseApplicant on `applicant`), named as a field of the request. */
export function underField(key: string, issue: FieldIssue): FieldIssue {
  const zh = REQUEST_FIELDS_ZH[key] ?? key;
  if (issue.path === '(root)') return { ...issue, path: key, field: { zh, en: key } };
  const [sep, sepZh] = issue.path.startsWith('[') ? ['', ''] : ['.', '·'];
  return { ...issue, path: key + sep + issue.path, field: { zh: zh + sepZh + issue.field.zh, en: key + sep + issue.field.en } };
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
    .map(nameTopLevel);
}

/** Every route's validation failure becomes one 422 problem naming each bad field. */
// biome-ignore lint/suspicious/noExplicitAny: the hook serves every route, whatever its input types.
export const validationHook: Hook<any, AppEnv, any, any> = (result) => {
  if (!result.success)
    throw new ProblemError('validation', { issues: fieldIssues(result.error as z.ZodError, (result as { data?: unknown }).data) });
};
