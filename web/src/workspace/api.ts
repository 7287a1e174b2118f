import i18next from 'i18next';
import type { z } from 'zod';
import type { ApplicantInput } from '../../../src/applicant/applicant.ts';
import type { Assessment } from '../../../src/engine/types.ts';
import type { invitationSchema, sessionSchema, userSchema } from '../../../src/server/http/account-schemas.ts';
import type { auditEntrySchema } from '../../../src/server/http/audit-schemas.ts';
import type {
  caseHukouStatusSchema,
  caseSchema,
  caseStatusSchema,
  caseSummarySchema,
  storedAssessmentSchema,
  storedAssessmentSummarySchema,
} from '../../../src/server/http/case-schemas.ts';
import type { pageSchema, roleSchema } from '../../../src/server/http/schemas.ts';

/**
 * The case workspace's only door to the server (/api/v1). Cookie session; on unsafe methods the `csrf`
 * cookie is echoed in X-CSRF-Token (double submit). Problems (RFC 9457) come back in the UI language.
 */

/**
 * Response shapes, from the zod schemas the server describes its answers with (type-only imports: nothing of the
 * server reaches the bundle). The stored facts and results are the engine's own types, which those schemas
 * document loosely.
 */
export type Role = z.infer<typeof roleSchema>;
export type User = z.infer<typeof userSchema>;
export type Me = z.infer<typeof sessionSchema>;
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export type CaseStatus = z.infer<typeof caseStatusSchema>;
export type HukouStatus = z.infer<typeof caseHukouStatusSchema>;
export type CaseRecord = Omit<z.infer<typeof caseSchema>, 'facts'> & { facts: ApplicantInput };
export type StoredAssessmentSummary = z.infer<typeof storedAssessmentSummarySchema>;
export type StoredAssessment = Omit<z.infer<typeof storedAssessmentSchema>, 'input' | 'result'> & {
  input: ApplicantInput;
  result: Assessment;
};
export type Invitation = z.infer<typeof invitationSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type Page<T> = Omit<z.infer<ReturnType<typeof pageSchema>>, 'items'> & { items: T[] };
/** GET /cases: also pages by offset, in any order. */
export type CaseListPage = Page<CaseSummary> & { nextOffset: number | null };

export class ApiError extends Error {
  readonly status: number;
  readonly fields: { field: string; message: string }[];
  constructor(status: number, message: string, fields: { field: string; message: string }[] = []) {
    super(message);
    this.status = status;
    this.fields = fields;
  }
}

function cookie(name: string): string {
  const hit = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return hit ? decodeURIComponent(hit.slice(name.length + 1)) : '';
}

/** The session sets its `csrf` cookie beside the (httpOnly) session cookie, with the same lifetime; logout clears both. */
export function hasSessionCookie(): boolean {
  return cookie('csrf') !== '';
}

export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18next.language === 'en' ? 'en' : 'zh' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = cookie('csrf');
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    const title = typeof data['detail'] === 'string' ? data['detail'] : typeof data['title'] === 'string' ? data['title'] : res.statusText;
    throw new ApiError(res.status, title, Array.isArray(data['errors']) ? (data['errors'] as { field: string; message: string }[]) : []);
  }
  return data as T;
}
