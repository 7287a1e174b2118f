import { type CatalogEntry, type CatalogId, catalogs } from './data.ts';
import { withinOneEdit } from './normalize.ts';
import { catalogIds } from './schema.ts';

/**
 * English search: every entry's English name, normalised like the Chinese keys, with the offsets where its words
 * start, so "welder", "public acc" or "cpa" find their entry. English hits never displace a Chinese or pinyin hit:
 * a whole-name match ranks as exact, a word-prefix match ranks with pinyin but after every pinyin hit, and a near
 * miss is a typo, looked for only when nothing else matched.
 */

export interface EnglishKey {
  catalog: CatalogId;
  entry: CatalogEntry;
  /** Same order as the Chinese index: the last tie-breaker. */
  order: number;
  /** The English name as written in the data. */
  text: string;
  /** Normalised like normalizeName: lower case, no spaces or punctuation ("certifiedpublicaccountantcpa"). */
  key: string;
  /** The words of the name, lower case, and where each starts in `key`. */
  words: string[];
  starts: number[];
}

function build(): EnglishKey[] {
  const keys: EnglishKey[] = [];
  let order = 0;
  for (const catalog of catalogIds) {
    for (const entry of catalogs[catalog].entries) {
      const words = entry.nameEn
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
      const starts: number[] = [];
      let at = 0;
      for (const w of words) {
        starts.push(at);
        at += w.length;
      }
      // the words joined are what normalizeName makes of the name: the offsets hold for the key
      keys.push({ catalog, entry, order: order++, text: entry.nameEn, key: words.join(''), words, starts });
    }
  }
  return keys;
}

export const englishIndex: readonly EnglishKey[] = build();

/** Scores after every pinyin score (those stay below 1000), so an English word match trails a pinyin one. */
const AFTER_PINYIN = 1000;

/**
 * How an English name matches the normalised Latin query: [rank, score], or null. Ranks are search.ts's:
 * 1 the whole name, 5 the query starts at a word ("weld", "accountant", "public acc").
 */
export function matchEnglish(k: EnglishKey, q: string): [number, number] | null {
  if (k.key === q) return [1, 0];
  if (q.length < 2) return null;
  for (let i = 0; i < k.starts.length; i++) {
    const start = k.starts[i] as number;
    if (!k.key.startsWith(q, start)) continue;
    // a query ending on a word boundary ("electric" in "Electric Motor …") beats one ending mid-word ("Electrician")
    const end = start + q.length;
    const wholeWords = end === k.key.length || k.starts.includes(end);
    return [5, AFTER_PINYIN + (i === 0 ? 0 : 200) + (wholeWords ? 0 : 100) + k.key.length - q.length];
  }
  return null;
}

/**
 * One letter off the English name or one of its words (rank 6, typo): asked only when nothing else matched.
 * 4 letters or more, so pinyin initials stay clear of it.
 */
export function nearEnglish(k: EnglishKey, q: string): [number, number] | null {
  if (q.length >= 4 && (withinOneEdit(k.key, q) || k.words.some((w) => w.length >= 4 && withinOneEdit(w, q))))
    return [6, AFTER_PINYIN + k.key.length];
  return null;
}
