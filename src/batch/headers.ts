import { characters } from '../applicant/words.ts';
import type { ColumnDef } from './layout.ts';

/** How a file's header row maps onto a layout: headers decide, whatever their order or language. */
export interface HeaderMap {
  /** Layout key of each column of the file, or null for a column the layout does not know. */
  keys: (string | null)[];
  unknown: string[];
  /** Headers naming a column already named earlier in the row: the first one wins. */
  duplicates: string[];
  /** Result columns of an earlier run (the file is an old output): dropped, so results are not repeated. */
  previous: number[];
  /** Layout columns present (by key). */
  present: Set<string>;
}

// Brackets of either language (the catalogue's words): a hint at a header's end, which may itself hold one pair.
const OPEN = `[${characters('openBrackets')}]`;
const CLOSE = `[${characters('closeBrackets')}]`;
const INSIDE = `[^${characters('openBrackets')}${characters('closeBrackets')}]`;
const TRAILING_HINT = new RegExp(`${OPEN}(?:${INSIDE}|${OPEN}${INSIDE}*${CLOSE})*${CLOSE}\\s*$`);

/** "出生日期（YYYY-MM-DD）", " BirthDate " and "出生日期" all name the same column. */
export function normalizeHeader(h: string): string {
  // The trailing hint may itself hold brackets, as the legend sheet words it: 临港年数（年数（可带一位小数））.
  return h
    .replace(/^\ufeff/, '')
    .replace(TRAILING_HINT, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

export function mapHeaders(
  headers: readonly string[],
  columns: readonly ColumnDef[],
  resultHeaders: ReadonlySet<string> = new Set(),
): HeaderMap {
  const byName = new Map<string, string>();
  for (const col of columns) {
    byName.set(normalizeHeader(col.zh), col.key);
    byName.set(normalizeHeader(col.key), col.key);
  }
  const results = new Set([...resultHeaders].map(normalizeHeader));
  const map: HeaderMap = { keys: [], unknown: [], duplicates: [], previous: [], present: new Set() };
  headers.forEach((header, i) => {
    const norm = normalizeHeader(header);
    const key = byName.get(norm);
    if (key && !map.present.has(key)) {
      map.present.add(key);
      map.keys.push(key);
      return;
    }
    map.keys.push(null);
    if (key) map.duplicates.push(header);
    else if (results.has(norm)) map.previous.push(i);
    else if (norm) map.unknown.push(header);
  });
  return map;
}
