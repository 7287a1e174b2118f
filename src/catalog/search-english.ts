import { type CatalogEntry, type CatalogId, catalogs } from './data.ts';
import { catalogIds } from './file-schema.ts';
import { withinOneEdit } from './normalize.ts';

/**
 * English search: every entry's English name, normalised like the Chinese keys, so "welder", "public acc" or "cpa"
 * find their entry. English hits never displace a Chinese or pinyin hit: a whole-name match ranks as exact, a
 * word-prefix match ranks with pinyin but after every pinyin hit, and a near miss is a typo, looked for only when
 * nothing else matched.
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

export interface EnglishMatch {
  key: EnglishKey;
  /** search.ts's ranks: 1 the whole name, 5 from the start of a word, 6 one letter off. */
  rank: 1 | 5 | 6;
  score: number;
}

/** The rest of a name from the start of each of its words ("publicaccountantcpa"), sorted: a query is a range. */
interface Suffix {
  text: string;
  key: EnglishKey;
  word: number;
}

function build(): { keys: EnglishKey[]; byName: Map<string, EnglishKey>; suffixes: Suffix[] } {
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
  const suffixes = keys.flatMap((key) => key.starts.map((start, word) => ({ text: key.key.slice(start), key, word })));
  suffixes.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return { keys, byName: new Map(keys.map((k) => [k.key, k])), suffixes };
}

const { keys, byName, suffixes } = build();

/** Scores after every pinyin score (those stay below 1000), so an English word match trails a pinyin one. */
const AFTER_PINYIN = 1000;

/** The first suffix not below `q`. */
function lowerBound(q: string): number {
  let lo = 0;
  let hi = suffixes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((suffixes[mid] as Suffix).text < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The English names the normalised Latin query matches: the whole name (rank 1), or from the start of a word
 * ("weld", "accountant", "public acc": rank 5). An entry may come more than once; the caller keeps its best.
 */
export function englishMatches(q: string, searched: readonly CatalogId[]): EnglishMatch[] {
  const out: EnglishMatch[] = [];
  const whole = byName.get(q);
  if (whole && searched.includes(whole.catalog)) out.push({ key: whole, rank: 1, score: 0 });
  if (q.length < 2) return out;
  for (let i = lowerBound(q); i < suffixes.length; i++) {
    const { text, key, word } = suffixes[i] as Suffix;
    if (!text.startsWith(q)) break;
    if (!searched.includes(key.catalog)) continue;
    // a query ending on a word boundary ("electric" in "Electric Motor …") beats one ending mid-word ("Electrician")
    const end = (key.starts[word] as number) + q.length;
    const wholeWords = end === key.key.length || key.starts.includes(end);
    out.push({ key, rank: 5, score: AFTER_PINYIN + (word === 0 ? 0 : 200) + (wholeWords ? 0 : 100) + key.key.length - q.length });
  }
  return out;
}

/**
 * English names one letter off the query, or with a word one letter off it (rank 6, typo). Asked only when nothing
 * else matched; 4 letters or more, so pinyin initials stay clear of it.
 */
export function englishNearMisses(q: string, searched: readonly CatalogId[]): EnglishMatch[] {
  if (q.length < 4) return [];
  return keys
    .filter((k) => searched.includes(k.catalog))
    .filter((k) => withinOneEdit(k.key, q) || k.words.some((w) => w.length >= 4 && withinOneEdit(w, q)))
    .map((key) => ({ key, rank: 6, score: AFTER_PINYIN + key.key.length }));
}
