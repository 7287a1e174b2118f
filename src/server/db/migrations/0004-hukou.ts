import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * The 居转户 answer stored with each assessment (`assessments.hukou`, JSON of its messages, re-rendered on read) and
 * where the case stands for it, copied onto the case for the list: the overall status and the earliest month. All
 * nullable: an assessment stored before this has no answer and reads as "not assessed" until the case's next
 * assessment (nothing is back-filled: the answer was not given then). Indexed as 0002 indexes the list's columns.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe past schemas, not the current row types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assessments').addColumn('hukou', 'text').execute();
  await db.schema.alterTable('cases').addColumn('hukou_status', 'text').execute();
  await db.schema.alterTable('cases').addColumn('hukou_earliest', 'text').execute();
  await db.schema.createIndex('cases_org_hukou_earliest').on('cases').columns(['org_id', 'hukou_earliest', 'id']).execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter)
    await sql`create index cases_org_hukou_earliest_desc on cases (org_id, hukou_earliest desc nulls last, id desc)`.execute(db);
  // Filtered by a status, the list is mostly read earliest first: the month inside the status keeps that one index range.
  await db.schema.createIndex('cases_org_hukou_status').on('cases').columns(['org_id', 'hukou_status', 'hukou_earliest', 'id']).execute();
}

/** Undoes `up` (indexes first: a column under an index cannot be dropped); tests use it to rebuild an older database. */
// biome-ignore lint/suspicious/noExplicitAny: as above.
export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['cases_org_hukou_earliest', 'cases_org_hukou_earliest_desc', 'cases_org_hukou_status'])
    await db.schema.dropIndex(index).ifExists().execute();
  for (const column of ['hukou_status', 'hukou_earliest']) await db.schema.alterTable('cases').dropColumn(column).execute();
  await db.schema.alterTable('assessments').dropColumn('hukou').execute();
}
