import type { Kysely } from 'kysely';

/** Columns the case list sorts and filters by, copied from each case's newest stored assessment, with their indexes. */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe past schemas, not the current row types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases').addColumn('assessed_at', 'text').execute();
  await db.schema.alterTable('cases').addColumn('latest_total', 'integer').execute();
  await db.schema.alterTable('cases').addColumn('latest_status', 'text').execute();
  await db.schema.alterTable('cases').addColumn('gap', 'integer').execute();
  await db.schema.alterTable('cases').addColumn('reaches_on', 'text').execute();
  // Every list is one organisation's, ordered by a column and then the id (a stable order for pages).
  for (const column of ['assessed_at', 'latest_total', 'gap', 'reaches_on', 'updated_at']) {
    await db.schema.createIndex(`cases_org_${column}`).on('cases').columns(['org_id', column, 'id']).execute();
  }
  await db.schema.createIndex('cases_org_status').on('cases').columns(['org_id', 'latest_status', 'id']).execute();
}
