import { sql } from 'kysely';
import { caseStatuses } from '../cases/standing.ts';

/**
 * The case list's order of standing: scored, to confirm, ineligible, vetoed, outside the scheme (null: never
 * assessed). One expression for the query and its index (migration 0002): both databases use an expression index
 * only for the very expression it was built on, so the values are inlined, never parameters.
 */
export const statusRank = sql<number | null>`(case latest_status ${sql.join(
  caseStatuses.map((status, rank) => sql`when ${sql.lit(status)} then ${sql.lit(rank)}`),
  sql` `,
)} end)`;
