import { newId, nowIso } from '../db/ids.ts';
import type { CaseNoteRow } from '../db/schema.ts';
import type { Db, Page, PageOf } from '../db/types.ts';
import { pageOf } from '../db/types.ts';

export interface Note {
  id: string;
  caseId: string;
  authorId: string;
  /** The author's name now; null for an API token or a user since removed. */
  authorName: string | null;
  body: string;
  createdAt: string;
}

function toNote(row: CaseNoteRow, authorName: string | null): Note {
  return { id: row.id, caseId: row.case_id, authorId: row.author_id, authorName, body: row.body, createdAt: row.created_at };
}

export async function addNote(db: Db, orgId: string, caseId: string, authorId: string, body: string): Promise<Note> {
  const row: CaseNoteRow = { id: newId(), org_id: orgId, case_id: caseId, author_id: authorId, body, created_at: nowIso() };
  await db.insertInto('case_notes').values(row).execute();
  const author = await db.selectFrom('users').select('name').where('org_id', '=', orgId).where('id', '=', authorId).executeTakeFirst();
  return toNote(row, author?.name ?? null);
}

export async function listNotes(db: Db, orgId: string, caseId: string, page: Page): Promise<PageOf<Note>> {
  // The name is joined within the organisation: an id that is not one of its users (a token's) gives null.
  let query = db
    .selectFrom('case_notes as n')
    .leftJoin('users as u', (join) => join.onRef('u.id', '=', 'n.author_id').onRef('u.org_id', '=', 'n.org_id'))
    .selectAll('n')
    .select('u.name as author_name')
    .where('n.org_id', '=', orgId)
    .where('n.case_id', '=', caseId);
  if (page.before) query = query.where('n.id', '<', page.before);
  const rows = await query
    .orderBy('n.id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return pageOf(
    rows.map(({ author_name, ...row }) => toNote(row, author_name)),
    page.limit,
  );
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
