import type { Applicant } from '../../applicant/index.ts';
import type { Assessment } from '../../engine/index.ts';
import type { HukouAssessment } from '../../hukou/index.ts';
import { hukouStandingOf } from '../cases/hukou.ts';
import type { Standing } from '../cases/standing.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { AssessmentRow } from '../db/schema.ts';
import type { Db, Page, PageOf } from '../db/types.ts';
import { pageOf } from '../db/types.ts';

/** What was asked: enough to run the same assessment again. */
export interface AssessmentInput {
  date: string;
  version: string | null;
  readings: Record<string, string>;
  applicant: Applicant;
}

export interface StoredAssessmentSummary {
  id: string;
  caseId: string;
  createdBy: string;
  createdAt: string;
  date: string;
  versionPinned: string | null;
  versionId: string;
  readings: Record<string, string>;
  status: string;
  total: number;
}

export interface StoredAssessment extends StoredAssessmentSummary {
  input: Applicant;
  result: Assessment;
  /** The 居转户 answer on the same facts and date; null when stored before it was (migration 0004). */
  hukou: HukouAssessment | null;
}

function toSummary(row: Omit<AssessmentRow, 'input' | 'result' | 'org_id' | 'hukou'>): StoredAssessmentSummary {
  return {
    id: row.id,
    caseId: row.case_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    date: row.date,
    versionPinned: row.version_pinned,
    versionId: row.version_id,
    readings: JSON.parse(row.readings) as Record<string, string>,
    status: row.status,
    total: row.total,
  };
}

function toStored(row: AssessmentRow): StoredAssessment {
  return {
    ...toSummary(row),
    input: JSON.parse(row.input) as Applicant,
    result: JSON.parse(row.result) as Assessment,
    hukou: row.hukou === null ? null : (JSON.parse(row.hukou) as HukouAssessment),
  };
}

/**
 * Stores the assessment (with its 居转户 answer) and copies where the case now stands onto the case (the list's columns), in one
 * transaction: the list never shows a standing whose assessment is not stored, nor the reverse. `db` may be an
 * open transaction (then it is used as is).
 */
export async function storeAssessment(
  db: Db,
  orgId: string,
  caseId: string,
  userId: string,
  input: AssessmentInput,
  result: Assessment,
  standing: Standing,
  hukou: HukouAssessment | null,
): Promise<StoredAssessment> {
  const row: AssessmentRow = {
    id: newId(),
    org_id: orgId,
    case_id: caseId,
    created_by: userId,
    created_at: nowIso(),
    date: input.date,
    version_pinned: input.version,
    version_id: result.version.id,
    readings: JSON.stringify(input.readings),
    input: JSON.stringify(input.applicant),
    result: JSON.stringify(result),
    status: result.status,
    total: result.total,
    hukou: hukou && JSON.stringify(hukou),
  };
  const hukouStanding = hukouStandingOf(hukou);
  const write = async (trx: Db) => {
    await trx.insertInto('assessments').values(row).execute();
    await trx
      .updateTable('cases')
      .set({
        assessed_at: row.created_at,
        latest_total: standing.total,
        latest_status: standing.status,
        gap: standing.gap,
        reaches_on: standing.reachesOn,
        hukou_status: hukouStanding?.status ?? null,
        hukou_earliest: hukouStanding?.earliest ?? null,
      })
      .where('org_id', '=', orgId)
      .where('id', '=', caseId)
      .execute();
  };
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);
  return { ...toSummary(row), input: input.applicant, result, hukou };
}

export async function listAssessments(db: Db, orgId: string, caseId: string, page: Page): Promise<PageOf<StoredAssessmentSummary>> {
  let query = db
    .selectFrom('assessments')
    .select(['id', 'case_id', 'created_by', 'created_at', 'date', 'version_pinned', 'version_id', 'readings', 'status', 'total'])
    .where('org_id', '=', orgId)
    .where('case_id', '=', caseId);
  if (page.before) query = query.where('id', '<', page.before);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return pageOf(rows.map(toSummary), page.limit);
}

export async function getAssessment(db: Db, orgId: string, caseId: string, id: string): Promise<StoredAssessment | undefined> {
  const row = await db
    .selectFrom('assessments')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toStored(row);
}

/** The newest stored assessment of a case (its document list drives the checklist). */
export async function latestAssessment(db: Db, orgId: string, caseId: string): Promise<StoredAssessment | undefined> {
  const row = await db
    .selectFrom('assessments')
    .select('id')
    .where('org_id', '=', orgId)
    .where('case_id', '=', caseId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && getAssessment(db, orgId, caseId, row.id);
}
