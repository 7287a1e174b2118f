import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldIssue } from '../../applicant/index.ts';
import { type Msg, msg, type Said } from '../../core/message.ts';
import { say } from '../../messages/catalogue.ts';
import type { AppEnv } from './env.ts';
import type { Lang } from './lang.ts';

/** The kinds of problem this API answers with (RFC 9457). `type` is `/problems/<kind>`, documented in docs/api.md. */
export const PROBLEMS = {
  validation: { status: 422, title: msg('server:problems.validation') },
  malformed: { status: 400, title: msg('server:problems.malformed') },
  unauthenticated: { status: 401, title: msg('server:problems.unauthenticated') },
  badCredentials: { status: 401, title: msg('server:problems.badCredentials') },
  forbidden: { status: 403, title: msg('server:problems.forbidden') },
  csrf: { status: 403, title: msg('server:problems.csrf') },
  notFound: { status: 404, title: msg('server:problems.notFound') },
  conflict: { status: 409, title: msg('server:problems.conflict') },
  tooLarge: { status: 413, title: msg('server:problems.tooLarge') },
  unsupportedMediaType: { status: 415, title: msg('server:problems.unsupportedMediaType') },
  headersTooLarge: { status: 431, title: msg('server:problems.headersTooLarge') },
  rateLimited: { status: 429, title: msg('server:problems.rateLimited') },
  internal: { status: 500, title: msg('server:problems.internal') },
  unavailable: { status: 503, title: msg('server:problems.unavailable') },
} as const satisfies Record<string, { status: number; title: Msg }>;

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
  readonly detail: Said | undefined;
  readonly issues: FieldIssue[];
  readonly headers: Record<string, string>;
  readonly extensions: ProblemExtensions;
  constructor(
    kind: ProblemKind,
    options: { detail?: Said; issues?: FieldIssue[]; headers?: Record<string, string>; extensions?: ProblemExtensions } = {},
  ) {
    super(say('en', options.detail ?? PROBLEMS[kind].title));
    this.name = 'ProblemError';
    this.kind = kind;
    this.detail = options.detail;
    this.issues = options.issues ?? [];
    this.headers = options.headers ?? {};
    this.extensions = options.extensions ?? {};
  }
}

export function problemBody(kind: ProblemKind, lang: Lang, requestId: string, detail?: Said, issues: FieldIssue[] = []): ProblemBody {
  const def = PROBLEMS[kind];
  const body: ProblemBody = { type: `/problems/${kind}`, title: say(lang, def.title), status: def.status, requestId };
  if (detail) body.detail = say(lang, detail);
  if (issues.length) body.errors = localiseIssues(issues, lang);
  return body;
}

export function localiseIssues(issues: FieldIssue[], lang: Lang): ProblemFieldError[] {
  return issues.map((i) => ({ path: i.path, field: say(lang, i.field), message: say(lang, i.message) }));
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
