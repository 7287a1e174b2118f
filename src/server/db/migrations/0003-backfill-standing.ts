import type { Kysely } from 'kysely';
import type { Applicant } from '../../../applicant/index.ts';
import type { Assessment } from '../../../engine/index.ts';
import { standingOf } from '../../cases/standing.ts';

/** Cases read and written per round: memory stays flat however many cases an instance holds. */
const BATCH = 200;

/**
 * Cases assessed before 0002 have no standing until their next assessment, so the case list showed them as never
 * assessed. This fills each from its newest stored assessment, as storing it would have (standingOf, with the
 * readings it was asked with). A stored result that cannot be read any more (or gives no numbers) is left blank:
 * its next assessment fills it. Runs once, in the migration's transaction, under the migration lock.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe past schemas, not the current row types.
export async function up(db: Kysely<any>): Promise<void> {
  for (let after = ''; ; ) {
    const cases: { id: string; org_id: string }[] = await db
      .selectFrom('cases')
      .select(['id', 'org_id'])
      .where('assessed_at', 'is', null)
      .where('id', '>', after)
      .where(({ exists, selectFrom }) =>
        exists(selectFrom('assessments').select('assessments.id').whereRef('assessments.case_id', '=', 'cases.id')),
      )
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const c of cases) {
      const newest = await db
        .selectFrom('assessments')
        .select(['created_at', 'input', 'result', 'readings'])
        .where('org_id', '=', c.org_id)
        .where('case_id', '=', c.id)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      let standing: ReturnType<typeof standingOf>;
      try {
        standing = standingOf(
          JSON.parse(newest.input) as Applicant,
          JSON.parse(newest.result) as Assessment,
          JSON.parse(newest.readings) as Record<string, string>,
        );
      } catch {
        continue;
      }
      // A result of an older shape may read without failing and still give no number: left blank as well.
      if (!Number.isInteger(standing.total) || (standing.gap !== null && !Number.isInteger(standing.gap))) continue;
      await db
        .updateTable('cases')
        .set({
          assessed_at: newest.created_at,
          latest_total: standing.total,
          latest_status: standing.status,
          gap: standing.gap,
          reaches_on: standing.reachesOn,
        })
        .where('id', '=', c.id)
        .execute();
    }
    if (cases.length < BATCH) return;
    after = (cases.at(-1) as { id: string }).id;
  }
}
