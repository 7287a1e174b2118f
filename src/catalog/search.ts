import type { Msg } from '../core/message.ts';
import { type CatalogEntry, entryRef, inForce } from './data.ts';
import { conditionsOf, type EntryPoints, paramAt, pointsOf } from './describe.ts';
import { type CatalogId, catalogIds } from './file-schema.ts';
import { isLatinWord, normalizeName, withinOneEdit } from './normalize.ts';
import { type NotOnCatalogue, notOnCatalogueAnswer } from './not-found.ts';
import { englishMatches, englishNearMisses } from './search-english.ts';
import { type IndexedKey, index } from './search-index.ts';
import type { CatalogEntryRef } from './types.ts';

/**
 * Search over all catalogues at once. The index is built at module load; a query is plain string comparison
 * over a few hundred keys. Ranks: exact name > alias > prefix > substring > pinyin, then English words > one-character typo.
 * A Latin query is also matched against the English names (search-english.ts).
 */

export type MatchKind = 'exact' | 'alias' | 'prefix' | 'substring' | 'pinyin' | 'english' | 'typo';

export const matchRanks: Readonly<Record<MatchKind, number>> = {
  exact: 1,
  alias: 2,
  prefix: 3,
  substring: 4,
  pinyin: 5,
  english: 5,
  typo: 6,
};
const kindOfRank: MatchKind[] = ['exact', 'exact', 'alias', 'prefix', 'substring', 'pinyin', 'typo'];

export interface SearchHit {
  /** 1 (exact) … 6 (typo): lower is better; hits are sorted by it (an English word match is 5, after the pinyin ones). */
  rank: number;
  match: MatchKind;
  /** The name, alias or English name that matched, as written in the data. */
  matchedOn: string;
  catalog: CatalogId;
  entry: CatalogEntry;
  ref: CatalogEntryRef;
  /** Whether the entry is on its catalogue on `options.date`; null when no date was given. */
  inForce: boolean | null;
  points: EntryPoints;
  conditions: Msg[];
}

export interface SearchOptions {
  /** Assessment date: picks the points in force and tells whether each entry is on its catalogue then. */
  date?: string;
  catalogs?: readonly CatalogId[];
  /** Most hits returned (default 10). */
  limit?: number;
}

export interface SearchResult {
  query: string;
  /** True when something other than a typo neighbour matched. */
  found: boolean;
  hits: SearchHit[];
  /** Set when nothing but typo neighbours matched a non-empty query: the name is not on the catalogue. */
  notFound: NotOnCatalogue | null;
}

interface Scored {
  key: { catalog: CatalogId; entry: CatalogEntry; order: number; text: string };
  match: MatchKind;
  rank: number;
  /** Tie-breaker within a rank: lower is closer. */
  score: number;
}

/** How one key matches the normalised query, or null. Aliases trail official names within a fuzzy rank. */
function matchKey(k: IndexedKey, q: string, latin: boolean, numeric: boolean): [number, number] | null {
  const aliasPenalty = k.kind === 'alias' ? 0.5 : 0;
  if (k.key === q) return [k.kind === 'name' ? 1 : 2, 0];
  if (k.key.startsWith(q)) return [3, k.key.length - q.length + aliasPenalty];
  if (k.key.includes(q)) return [4, k.key.length - q.length + aliasPenalty];
  // the query holds a whole name ("焊工证", "高级电工"): a substring match, after the plain ones; the name must be
  // at least half the query, so "汽车工程师" does not find 车工
  if (k.key.length >= 2 && k.key.length * 2 >= q.length && q.includes(k.key)) return [4, 100 + q.length - k.key.length + aliasPenalty];
  if (latin && k.pinyin !== '') {
    if (k.pinyin === q || k.initials === q) return [5, aliasPenalty];
    if (q.length >= 2 && (k.pinyin.startsWith(q) || k.initials.startsWith(q))) {
      return [5, 10 + Math.min(k.pinyin.length, k.initials.length) - q.length + aliasPenalty];
    }
  }
  // codes are compared exactly: a one-digit slip names another major, not a typo
  if (q.length >= 2 && k.key.length >= 2 && !numeric && withinOneEdit(k.key, q))
    return [6, Math.abs(k.key.length - q.length) + aliasPenalty];
  return null;
}

function compare(a: Scored, b: Scored): number {
  return a.rank - b.rank || a.score - b.score || a.key.order - b.key.order;
}

const described = new Map<string, { points: EntryPoints; conditions: Msg[] }>();

/** Points and conditions depend on the entry and on the parameter versions in force: cached per pair. */
function describe(catalog: CatalogId, entry: CatalogEntry, date: string | undefined) {
  const cacheKey = `${entry.id}|${paramAt('titleSkill', date).from}|${paramAt('shortageMajor', date).from}`;
  let d = described.get(cacheKey);
  if (!d) {
    d = { points: pointsOf(catalog, date), conditions: conditionsOf(catalog, entry, date) };
    described.set(cacheKey, d);
  }
  return d;
}

function toHit(s: Scored, date: string | undefined): SearchHit {
  const { catalog, entry, text } = s.key;
  return {
    rank: s.rank,
    match: s.match,
    matchedOn: text,
    catalog,
    entry,
    ref: entryRef(catalog, entry),
    inForce: date === undefined ? null : inForce(entry, date),
    ...describe(catalog, entry, date),
  };
}

export function search(query: string, options: SearchOptions = {}): SearchResult {
  const q = normalizeName(query);
  const searched = options.catalogs ?? catalogIds;
  if (q === '') return { query, found: false, hits: [], notFound: null };
  const latin = isLatinWord(q);
  const numeric = /^\d+$/.test(q);
  const best = new Map<string, Scored>();
  const keep = (s: Scored) => {
    const prev = best.get(s.key.entry.id);
    if (!prev || compare(s, prev) < 0) best.set(s.key.entry.id, s);
  };
  for (const key of index) {
    if (!searched.includes(key.catalog)) continue;
    const m = matchKey(key, q, latin, numeric);
    if (m) keep({ key, match: kindOfRank[m[0]] as MatchKind, rank: m[0], score: m[1] });
  }
  // English names are Latin letters once normalised: only a query of Latin letters can match one.
  // A near miss of an English word is offered only when nothing else matched ("weldr"), never beside a pinyin hit.
  if (latin) {
    for (const m of englishMatches(q, searched)) keep({ ...m, match: m.rank === 1 ? 'exact' : 'english' });
    if (![...best.values()].some((s) => s.rank < matchRanks.typo))
      for (const m of englishNearMisses(q, searched)) keep({ ...m, match: 'typo' });
  }
  const all = [...best.values()].sort(compare);
  const hits = all.slice(0, Math.max(0, options.limit ?? 10)).map((s) => toHit(s, options.date));
  const found = all.some((s) => s.rank < matchRanks.typo);
  return {
    query,
    found,
    hits,
    notFound: found
      ? null
      : notOnCatalogueAnswer(
          query.trim(),
          searched,
          hits.map((h) => h.ref),
        ),
  };
}

/** The not-on-catalogue answer for `query`, or null when the query names (or abbreviates) an entry. */
export function notOnCatalogue(query: string, options: SearchOptions = {}): NotOnCatalogue | null {
  return search(query, options).notFound;
}

export type { NotOnCatalogue };
