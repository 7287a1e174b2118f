import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { statusRank } from '../status-rank.ts';

/**
 * Columns the case list sorts and filters by, copied from each case's newest stored assessment, with their
 * indexes. Each list is one organisation's, ordered by a column (never-assessed cases last in either direction)
 * and then the id (a stable order for pages). SQLite walks one index both ways for that; PostgreSQL keeps nulls
 * last only in the index's own direction, so it gets a second index in the other.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe past schemas, not the current row types.
export async function up(db: Kysely<any>): Promise<void> {
  for (const [column, type] of [
    ['assessed_at', 'text'],
    ['latest_total', 'integer'],
    ['latest_status', 'text'],
    ['gap', 'integer'],
    ['reaches_on', 'text'],
  ] as const) {
    await db.schema.alterTable('cases').addColumn(column, type).execute();
  }
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const column of ['label', 'assessed_at', 'latest_total', 'gap', 'reaches_on', 'updated_at']) {
    await db.schema.createIndex(`cases_org_${column}`).on('cases').columns(['org_id', column, 'id']).execute();
    if (postgres)
      await sql`create index ${sql.id(`cases_org_${column}_desc`)} on cases (org_id, ${sql.id(column)} desc nulls last, id desc)`.execute(
        db,
      );
  }
  await sql`create index cases_org_status_rank on cases (org_id, ${statusRank}, id)`.execute(db);
  if (postgres) await sql`create index cases_org_status_rank_desc on cases (org_id, ${statusRank} desc nulls last, id desc)`.execute(db);
  await db.schema.createIndex('cases_org_status').on('cases').columns(['org_id', 'latest_status', 'id']).execute();
}
