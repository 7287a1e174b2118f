/**
 * Row types of every table, shared by the SQLite and PostgreSQL backends.
 * Portable column types only: ids are text (UUIDv7, time-ordered), timestamps are ISO-8601 UTC text
 * (they sort as text), JSON is text (parsed by the repositories), no booleans (a nullable timestamp says it).
 */

export type Role = 'owner' | 'staff' | 'viewer';
export type DocumentStatus = 'todo' | 'collected' | 'submitted';

export interface OrganisationRow {
  id: string;
  name: string;
  created_at: string;
}

export interface UserRow {
  id: string;
  org_id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  created_at: string;
  /** Set when an owner removes the user: kept so the audit log still names them. */
  disabled_at: string | null;
}

export interface SessionRow {
  /** SHA-256 of the session cookie value: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  org_id: string;
  csrf_hash: string;
  created_at: string;
  expires_at: string;
}

export interface InvitationRow {
  id: string;
  org_id: string;
  email: string;
  role: Role;
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface ApiTokenRow {
  id: string;
  org_id: string;
  created_by: string;
  name: string;
  role: Role;
  token_hash: string;
  /** First characters of the token, shown in lists so people can tell tokens apart. */
  prefix: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface CaseRow {
  id: string;
  org_id: string;
  label: string;
  reference: string | null;
  /** The validated applicant (JSON). */
  facts: string;
  /** Incremented on every update: optimistic concurrency across instances. */
  revision: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  /** Where the case stands, from its newest stored assessment (all null until the first): see src/server/cases/standing.ts. */
  assessed_at: string | null;
  latest_total: number | null;
  latest_status: string | null;
  /** Points missing to the standard score of the version applied. */
  gap: number | null;
  /** The first day waiting alone reaches the standard score (the planner); null when not within its horizon. */
  reaches_on: string | null;
  /** 居转户 from the newest stored assessment (null until one made since 0004): its overall status and earliest month. */
  hukou_status: string | null;
  hukou_earliest: string | null;
}

export interface AssessmentRow {
  id: string;
  org_id: string;
  case_id: string;
  created_by: string;
  created_at: string;
  /** Assessment date used. */
  date: string;
  /** Version the caller pinned, or null when the date chose it. */
  version_pinned: string | null;
  /** Version actually applied. */
  version_id: string;
  /** Reading overrides the caller asked for (JSON object). */
  readings: string;
  /** The applicant exactly as assessed (JSON): the case may change later. */
  input: string;
  /** The full Assessment (JSON). */
  result: string;
  status: string;
  total: number;
  /** The 居转户 answer on the same facts and date (JSON of its messages); null when stored before 0004 or not assessable. */
  hukou: string | null;
}

export interface CaseDocumentRow {
  org_id: string;
  case_id: string;
  doc_id: string;
  status: DocumentStatus;
  note: string | null;
  updated_by: string;
  updated_at: string;
}

export interface CaseNoteRow {
  id: string;
  org_id: string;
  case_id: string;
  author_id: string;
  body: string;
  created_at: string;
}

export interface AuditRow {
  id: string;
  org_id: string;
  actor_user_id: string | null;
  actor_token_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  request_id: string;
  at: string;
}

export interface LoginFailureRow {
  id: string;
  /** 'account:<email>' or 'ip:<address>'. */
  key: string;
  at: string;
}

export interface Tables {
  organisations: OrganisationRow;
  users: UserRow;
  sessions: SessionRow;
  invitations: InvitationRow;
  api_tokens: ApiTokenRow;
  cases: CaseRow;
  assessments: AssessmentRow;
  case_documents: CaseDocumentRow;
  case_notes: CaseNoteRow;
  audit_log: AuditRow;
  login_failures: LoginFailureRow;
}
