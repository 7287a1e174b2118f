import i18next from 'i18next';
import type { ApplicantInput } from '../../../src/applicant/applicant.ts';
import type { Assessment } from '../../../src/engine/types.ts';

/**
 * The case workspace's only door to the server (/api/v1). Cookie session; on unsafe methods the `csrf`
 * cookie is echoed in X-CSRF-Token (double submit). Problems (RFC 9457) come back in the UI language.
 */

export type Role = 'owner' | 'staff' | 'viewer';
export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
}
export interface Me {
  user: User;
  organisation: { id: string; name: string };
}
export interface CaseSummary {
  id: string;
  label: string;
  reference: string | null;
  revision: number;
  updatedAt: string;
  createdAt: string;
}
export interface CaseRecord extends CaseSummary {
  facts: ApplicantInput;
}
export interface StoredAssessmentSummary {
  id: string;
  createdAt: string;
  createdBy: string;
  date: string;
  versionPinned: string | null;
  versionId: string;
  status: string;
  total: number;
}
export interface StoredAssessment extends StoredAssessmentSummary {
  result: Assessment;
}
export interface Invitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}
export interface Page<T> {
  items: T[];
  next: string | null;
}

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
