import { sql } from 'kysely';
import type { Applicant } from '../../applicant/index.ts';
import type { HukouStanding } from '../cases/hukou.ts';
import type { CaseStatus } from '../cases/standing.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { CaseRow } from '../db/schema.ts';
import { statusRank } from '../db/status-rank.ts';
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
  /** From the newest stored assessment; all null until the case is first assessed. */
  assessedAt: string | null;
  total: number | null;
  status: CaseStatus | null;
  gap: number | null;
  reachesOn: string | null;
  /** 居转户 from the newest stored assessment; null until one stored with its answer. */
  hukouStatus: HukouStanding['status'] | null;
  hukouEarliest: string | null;
}

export interface Case extends CaseSummary {
  facts: Applicant;
}

type SummaryRow = Omit<CaseRow, 'facts' | 'org_id'>;

const summaryColumns = [
  'id',
  'label',
  'reference',
  'revision',
  'created_by',
  'created_at',
  'updated_by',
  'updated_at',
  'assessed_at',
  'latest_total',
  'latest_status',
  'gap',
  'reaches_on',
  'hukou_status',
  'hukou_earliest',
] as const satisfies (keyof SummaryRow)[];

function toSummary(row: SummaryRow): CaseSummary {
  return {
    id: row.id,
    label: row.label,
    reference: row.reference,
    revision: row.revision,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    assessedAt: row.assessed_at,
    total: row.latest_total,
    status: row.latest_status as CaseStatus | null,
    gap: row.gap,
    reachesOn: row.reaches_on,
    hukouStatus: row.hukou_status as HukouStanding['status'] | null,
    hukouEarliest: row.hukou_earliest,
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
    assessed_at: null,
    latest_total: null,
    latest_status: null,
    gap: null,
    reaches_on: null,
    hukou_status: null,
    hukou_earliest: null,
  };
  await db.insertInto('cases').values(row).execute();
  return toCase(row);
}

export const caseSorts = ['created', 'label', 'total', 'gap', 'status', 'reachesOn', 'hukouEarliest', 'assessedAt', 'updatedAt'] as const;
export type CaseSort = (typeof caseSorts)[number];

export interface CaseListQuery extends Page {
  q?: string | undefined;
  status?: CaseStatus | undefined;
  hukou?: HukouStanding['status'] | undefined;
  sort?: CaseSort | undefined;
  order?: 'asc' | 'desc' | undefined;
  offset?: number | undefined;
}

export interface CaseListPage extends PageOf<CaseSummary> {
  nextOffset: number | null;
}

/** Newest, highest and latest first; by name, gap, standing and date reached, the nearest first. */
const defaultOrder: Record<CaseSort, 'asc' | 'desc'> = {
  created: 'desc',
  label: 'asc',
  total: 'desc',
  gap: 'asc',
  status: 'asc',
  reachesOn: 'asc',
  hukouEarliest: 'asc',
  assessedAt: 'desc',
  updatedAt: 'desc',
};

const sortColumn = {
  label: 'label',
  total: 'latest_total',
  gap: 'gap',
  reachesOn: 'reaches_on',
  hukouEarliest: 'hukou_earliest',
  assessedAt: 'assessed_at',
  updatedAt: 'updated_at',
} as const satisfies Record<Exclude<CaseSort, 'status' | 'created'>, keyof CaseRow>;

/** LIKE with the user's text taken literally. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** The page's query (one row more than the page, to know whether another follows); built apart so a bench can explain it. */
export function listCasesQuery(db: Db, orgId: string, query: CaseListQuery) {
  let select = db.selectFrom('cases').select(summaryColumns).where('org_id', '=', orgId);
  if (query.status) select = select.where('latest_status', '=', query.status);
  if (query.hukou) select = select.where('hukou_status', '=', query.hukou);
  if (query.q) {
    const pattern = likePattern(query.q);
    select = select.where((eb) =>
      eb.or([
        eb(sql`lower(label)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(coalesce(reference, ''))`, 'like', sql`${pattern} escape '\\'`),
      ]),
    );
  }
  const sort = query.sort ?? 'created';
  const order = query.order ?? defaultOrder[sort];
  if (query.before && isKeyset(query)) select = select.where('id', '<', query.before);
  // Never-assessed cases (null) last in either direction; the id breaks ties, so pages never overlap.
  if (sort !== 'created') {
    const key = sort === 'status' ? statusRank : sortColumn[sort];
    select = select.orderBy(key, (ob) => (order === 'asc' ? ob.asc() : ob.desc()).nullsLast());
  }
  return select
    .orderBy('id', order)
    .offset(query.offset ?? 0)
    .limit(query.limit + 1);
}

/** The keyset cursor (`before`/`next`) is meaningful only in the default order (newest first) without an offset. */
function isKeyset(query: CaseListQuery): boolean {
  return (query.sort ?? 'created') === 'created' && (query.order ?? 'desc') === 'desc' && !query.offset;
}

export async function listCases(db: Db, orgId: string, query: CaseListQuery): Promise<CaseListPage> {
  const rows = await listCasesQuery(db, orgId, query).execute();
  const page = pageOf(rows.map(toSummary), query.limit);
  const offset = query.offset ?? 0;
  return {
    items: page.items,
    next: isKeyset(query) ? page.next : null,
    nextOffset: page.next === null ? null : offset + page.items.length,
  };
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
