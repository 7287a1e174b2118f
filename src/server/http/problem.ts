import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldIssue } from '../../applicant/index.ts';
import type { Text } from '../../engine/types.ts';
import type { AppEnv } from './env.ts';
import type { Lang } from './lang.ts';

/** The kinds of problem this API answers with (RFC 9457). `type` is `/problems/<kind>`, documented in docs/api.md. */
export const PROBLEMS = {
  validation: { status: 422, title: { zh: '请求内容有误', en: 'The request has invalid fields' } },
  malformed: { status: 400, title: { zh: '请求格式错误', en: 'Malformed request' } },
  unauthenticated: { status: 401, title: { zh: '需要登录或有效的 API 令牌', en: 'Sign-in or a valid API token is required' } },
  badCredentials: { status: 401, title: { zh: '邮箱或密码错误', en: 'Wrong e-mail or password' } },
  forbidden: { status: 403, title: { zh: '当前角色无权执行此操作', en: 'Your role does not allow this' } },
  csrf: { status: 403, title: { zh: 'CSRF 校验失败', en: 'Missing or wrong CSRF token' } },
  notFound: { status: 404, title: { zh: '未找到', en: 'Not found' } },
  conflict: { status: 409, title: { zh: '与当前状态冲突', en: 'Conflicts with the current state' } },
  tooLarge: { status: 413, title: { zh: '请求体过大', en: 'Request body too large' } },
  unsupportedMediaType: { status: 415, title: { zh: '不支持的内容类型', en: 'Unsupported content type' } },
  headersTooLarge: { status: 431, title: { zh: '请求头或网址过长', en: 'Request headers or URL too long' } },
  rateLimited: { status: 429, title: { zh: '尝试次数过多，请稍后再试', en: 'Too many attempts, try again later' } },
  internal: { status: 500, title: { zh: '服务器内部错误', en: 'Internal server error' } },
  unavailable: { status: 503, title: { zh: '服务暂不可用', en: 'Service unavailable' } },
} as const satisfies Record<string, { status: number; title: Text }>;

export type ProblemKind = keyof typeof PROBLEMS;

/** One bad field of the request, in the caller's language. */
export interface ProblemFieldError {
  path: string;
  field: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId: string;
  errors?: ProblemFieldError[];
  /** A conflict's current revision of what the request would have changed. */
  currentRevision?: number;
  /** Where to read the current state (a conflict). */
  current?: string;
}

/** RFC 9457 extension members a problem may carry. */
export type ProblemExtensions = Pick<ProblemBody, 'currentRevision' | 'current'>;

/** Thrown anywhere in a handler; the error handler turns it into a problem response. */
export class ProblemError extends Error {
  readonly kind: ProblemKind;
  readonly detail: Text | undefined;
  readonly issues: FieldIssue[];
  readonly headers: Record<string, string>;
  readonly extensions: ProblemExtensions;
  constructor(
    kind: ProblemKind,
    options: { detail?: Text; issues?: FieldIssue[]; headers?: Record<string, string>; extensions?: ProblemExtensions } = {},
  ) {
    super(options.detail?.en ?? PROBLEMS[kind].title.en);
    this.name = 'ProblemError';
    this.kind = kind;
    this.detail = options.detail;
    this.issues = options.issues ?? [];
    this.headers = options.headers ?? {};
    this.extensions = options.extensions ?? {};
  }
}

export function problemBody(kind: ProblemKind, lang: Lang, requestId: string, detail?: Text, issues: FieldIssue[] = []): ProblemBody {
  const def = PROBLEMS[kind];
  const body: ProblemBody = { type: `/problems/${kind}`, title: def.title[lang], status: def.status, requestId };
  if (detail) body.detail = detail[lang];
  if (issues.length) body.errors = localiseIssues(issues, lang);
  return body;
}

export function localiseIssues(issues: FieldIssue[], lang: Lang): ProblemFieldError[] {
  return issues.map((i) => ({ path: i.path, field: i.field[lang], message: i.message[lang] }));
}

export function problemResponse(c: Context<AppEnv>, error: ProblemError): Response {
  const body = problemBody(error.kind, c.get('lang') ?? 'zh', c.get('requestId') ?? '', error.detail, error.issues);
  body.instance = c.req.path;
  Object.assign(body, error.extensions);
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Content-Language': c.get('lang') ?? 'zh',
    Vary: 'Accept-Language',
    ...error.headers,
  });
}
