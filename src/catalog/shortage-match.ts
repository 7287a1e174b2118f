import { catalogs, inForce } from './data.ts';

export interface ShortageEntry {
  code: string;
  name: string;
  nameEn: string;
}

export type ShortageMatch =
  | { status: 'exact'; entry: ShortageEntry; catalogComplete: boolean }
  | { status: 'mismatch'; entry: ShortageEntry; catalogComplete: boolean }
  | { status: 'none'; catalogComplete: boolean };

/**
 * The shortage-major rule (Art. 7(3), §5.3): name AND code must both match one entry exactly. A major that
 * matches an entry on only one of the two is a mismatch (e.g. 机电一体化 vs 机电一体化技术), not a near hit.
 */
export function matchShortageMajor(name: string, code: string, date: string): ShortageMatch {
  const { entries, meta } = catalogs.shortageMajors;
  const complete = meta.version.complete;
  const current = entries.filter((e) => inForce(e, date));
  const exact = current.find((e) => e.name === name && e.code === code);
  if (exact) return { status: 'exact', entry: { code: exact.code, name: exact.name, nameEn: exact.nameEn }, catalogComplete: complete };
  const partial = current.find((e) => e.name === name || e.code === code);
  if (partial)
    return { status: 'mismatch', entry: { code: partial.code, name: partial.name, nameEn: partial.nameEn }, catalogComplete: complete };
  return { status: 'none', catalogComplete: complete };
}
