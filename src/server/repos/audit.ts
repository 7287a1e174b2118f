import { newId, nowIso } from '../db/ids.ts';
import type { AuditRow } from '../db/schema.ts';
import type { Db, Page, PageOf } from '../db/types.ts';
import { pageOf } from '../db/types.ts';

export interface AuditEntry {
  id: string;
  at: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  requestId: string;
}

export interface AuditEvent {
  orgId: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  /** e.g. 'case.read', 'case.update', 'user.role'. Never carries personal data. */
  action: string;
  targetType: string;
  targetId: string | null;
  requestId: string;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorUserId: row.actor_user_id,
    actorTokenId: row.actor_token_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    requestId: row.request_id,
  };
}

export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      org_id: event.orgId,
      actor_user_id: event.actorUserId,
      actor_token_id: event.actorTokenId,
      action: event.action,
      target_type: event.targetType,
      target_id: event.targetId,
      request_id: event.requestId,
      at: nowIso(),
    })
    .execute();
}

export interface AuditFilter extends Page {
  targetType?: string | undefined;
  targetId?: string | undefined;
  actorUserId?: string | undefined;
  action?: string | undefined;
  /** The case and what hangs on it: its notes and stored assessments (a deleted note or case keeps only its own id). */
  caseId?: string | undefined;
}

export async function listAudit(db: Db, orgId: string, filter: AuditFilter): Promise<PageOf<AuditEntry>> {
  let query = db.selectFrom('audit_log').selectAll().where('org_id', '=', orgId);
  if (filter.before) query = query.where('id', '<', filter.before);
  if (filter.targetType) query = query.where('target_type', '=', filter.targetType);
  if (filter.targetId) query = query.where('target_id', '=', filter.targetId);
  if (filter.actorUserId) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.action) query = query.where('action', '=', filter.action);
  const caseId = filter.caseId;
  if (caseId) {
    query = query.where((eb) =>
      eb.or([
        eb('target_id', '=', caseId),
        eb('target_id', 'in', eb.selectFrom('case_notes').select('id').where('org_id', '=', orgId).where('case_id', '=', caseId)),
        eb('target_id', 'in', eb.selectFrom('assessments').select('id').where('org_id', '=', orgId).where('case_id', '=', caseId)),
      ]),
    );
  }
  const rows = await query
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  return pageOf(rows.map(toEntry), filter.limit);
}

/** The actions the organisation's log holds, for a filter's choices. */
export async function listAuditActions(db: Db, orgId: string): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').distinct().where('org_id', '=', orgId).orderBy('action').execute();
  return rows.map((r) => r.action);
}
