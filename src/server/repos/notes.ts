import { newId, nowIso } from '../db/ids.ts';
import type { CaseNoteRow } from '../db/schema.ts';
import type { Db, Page, PageOf } from '../db/types.ts';
import { pageOf } from '../db/types.ts';

export interface Note {
  id: string;
  caseId: string;
  authorId: string;
  body: string;
  createdAt: string;
}

function toNote(row: CaseNoteRow): Note {
  return { id: row.id, caseId: row.case_id, authorId: row.author_id, body: row.body, createdAt: row.created_at };
}

export async function addNote(db: Db, orgId: string, caseId: string, authorId: string, body: string): Promise<Note> {
  const row: CaseNoteRow = { id: newId(), org_id: orgId, case_id: caseId, author_id: authorId, body, created_at: nowIso() };
  await db.insertInto('case_notes').values(row).execute();
  return toNote(row);
}

export async function listNotes(db: Db, orgId: string, caseId: string, page: Page): Promise<PageOf<Note>> {
  let query = db.selectFrom('case_notes').selectAll().where('org_id', '=', orgId).where('case_id', '=', caseId);
  if (page.before) query = query.where('id', '<', page.before);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return pageOf(rows.map(toNote), page.limit);
}

export async function deleteNote(db: Db, orgId: string, caseId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('case_notes')
    .where('org_id', '=', orgId)
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
