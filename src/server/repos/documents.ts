import { nowIso } from '../db/ids.ts';
import type { CaseDocumentRow, DocumentStatus } from '../db/schema.ts';
import type { Db } from '../db/types.ts';

export interface DocumentState {
  docId: string;
  status: DocumentStatus;
  note: string | null;
  updatedBy: string;
  updatedAt: string;
}

function toState(row: CaseDocumentRow): DocumentState {
  return { docId: row.doc_id, status: row.status, note: row.note, updatedBy: row.updated_by, updatedAt: row.updated_at };
}

export async function listDocumentStates(db: Db, orgId: string, caseId: string): Promise<DocumentState[]> {
  const rows = await db
    .selectFrom('case_documents')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('case_id', '=', caseId)
    .orderBy('doc_id')
    .execute();
  return rows.map(toState);
}

/** Sets one document's state (insert or replace): the last writer wins, which suits a checklist tick. */
export async function setDocumentState(
  db: Db,
  orgId: string,
  caseId: string,
  docId: string,
  userId: string,
  input: { status: DocumentStatus; note: string | null },
): Promise<DocumentState> {
  const row: CaseDocumentRow = {
    org_id: orgId,
    case_id: caseId,
    doc_id: docId,
    status: input.status,
    note: input.note,
    updated_by: userId,
    updated_at: nowIso(),
  };
  await db
    .insertInto('case_documents')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['case_id', 'doc_id'])
        .doUpdateSet({ status: row.status, note: row.note, updated_by: row.updated_by, updated_at: row.updated_at }),
    )
    .execute();
  return toState(row);
}
