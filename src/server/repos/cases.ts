import { sql } from 'kysely';
import type { Applicant } from '../../applicant/index.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { CaseRow } from '../db/schema.ts';
import type { Db, Page, PageOf } from '../db/types.ts';
import { pageOf } from '../db/types.ts';

export interface CaseSummary {
  id: string;
  label: string;
  reference: string | null;
  revision: number;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

export interface Case extends CaseSummary {
  facts: Applicant;
}

function toSummary(row: Omit<CaseRow, 'facts' | 'org_id'>): CaseSummary {
  return {
    id: row.id,
    label: row.label,
    reference: row.reference,
    revision: row.revision,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

function toCase(row: CaseRow): Case {
  return { ...toSummary(row), facts: JSON.parse(row.facts) as Applicant };
}

export async function createCase(
  db: Db,
  orgId: string,
  userId: string,
  input: { label: string; reference?: string | undefined; facts: Applicant },
): Promise<Case> {
  const now = nowIso();
  const row: CaseRow = {
    id: newId(),
    org_id: orgId,
    label: input.label,
    reference: input.reference ?? null,
    facts: JSON.stringify(input.facts),
    revision: 1,
    created_by: userId,
    created_at: now,
    updated_by: userId,
    updated_at: now,
  };
  await db.insertInto('cases').values(row).execute();
  return toCase(row);
}

/** LIKE with the user's text taken literally. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export async function listCases(db: Db, orgId: string, page: Page & { q?: string | undefined }): Promise<PageOf<CaseSummary>> {
  let query = db
    .selectFrom('cases')
    .select(['id', 'label', 'reference', 'revision', 'created_by', 'created_at', 'updated_by', 'updated_at'])
    .where('org_id', '=', orgId);
  if (page.before) query = query.where('id', '<', page.before);
  if (page.q) {
    const pattern = likePattern(page.q);
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(label)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(coalesce(reference, ''))`, 'like', sql`${pattern} escape '\\'`),
      ]),
    );
  }
  const rows = await query
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return pageOf(rows.map(toSummary), page.limit);
}

export async function getCase(db: Db, orgId: string, id: string): Promise<Case | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return row && toCase(row);
}

export async function caseExists(db: Db, orgId: string, id: string): Promise<boolean> {
  const row = await db.selectFrom('cases').select('id').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return !!row;
}

export type UpdateOutcome = { ok: true; case: Case } | { ok: false; reason: 'notFound' | 'conflict' };

/**
 * Applies the changes and bumps the revision. With `revision` given, the update happens only if nobody
 * changed the case since (another instance, another tab): otherwise 'conflict'.
 */
export async function updateCase(
  db: Db,
  orgId: string,
  id: string,
  userId: string,
  changes: {
    label?: string | undefined;
    reference?: string | null | undefined;
    facts?: Applicant | undefined;
    revision?: number | undefined;
  },
): Promise<UpdateOutcome> {
  let query = db
    .updateTable('cases')
    .set((eb) => ({
      revision: eb('revision', '+', 1),
      updated_by: userId,
      updated_at: nowIso(),
      ...(changes.label !== undefined ? { label: changes.label } : {}),
      ...(changes.reference !== undefined ? { reference: changes.reference } : {}),
      ...(changes.facts !== undefined ? { facts: JSON.stringify(changes.facts) } : {}),
    }))
    .where('org_id', '=', orgId)
    .where('id', '=', id);
  if (changes.revision !== undefined) query = query.where('revision', '=', changes.revision);
  const result = await query.executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return { ok: false, reason: (await caseExists(db, orgId, id)) ? 'conflict' : 'notFound' };
  return { ok: true, case: (await getCase(db, orgId, id)) as Case };
}

export async function deleteCase(db: Db, orgId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('cases').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
