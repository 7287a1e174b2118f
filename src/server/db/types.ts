import type { Kysely } from 'kysely';
import type { Tables } from './schema.ts';

/** A database handle or an open transaction: repositories accept either. */
export type Db = Kysely<Tables>;

/** Keyset pagination: newest first, `before` is the last id of the previous page. */
export interface Page {
  limit: number;
  before?: string | undefined;
}

export interface PageOf<T> {
  items: T[];
  /** Pass as `before` for the next page; null on the last page. */
  next: string | null;
}

/** Fetches limit + 1 rows to know whether another page exists. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number): PageOf<T> {
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
}
