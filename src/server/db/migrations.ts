import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import * as initial from './migrations/0001-initial.ts';
import * as caseStanding from './migrations/0002-case-standing.ts';
import * as backfillStanding from './migrations/0003-backfill-standing.ts';
import * as hukou from './migrations/0004-hukou.ts';
import type { Tables } from './schema.ts';

/**
 * Every migration, in order. In code rather than a folder scan so they bundle and type-check;
 * a new migration is a new file added here, never an edit of an applied one.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-case-standing': caseStanding,
  '0003-backfill-standing': backfillStanding,
  '0004-hukou': hukou,
};

/**
 * Brings the schema to the latest version. Safe when several instances start at once:
 * kysely takes a lock row (SELECT … FOR UPDATE on PostgreSQL) around the run.
 */
export async function migrateToLatest(db: Kysely<Tables>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  return result;
}
