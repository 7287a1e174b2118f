import pinyinTable from '../../policy/catalogs/pinyin.json' with { type: 'json' };
import { type CatalogEntry, type CatalogId, catalogs, namesOf } from './data.ts';
import { catalogIds } from './file-schema.ts';
import { normalizeName } from './normalize.ts';

/**
 * The search index: every name, alternative name, alias (and major code) of every catalogue, normalised once,
 * with its pinyin. The pinyin comes from policy/catalogs/pinyin.json (written by scripts/build-pinyin.ts), so
 * neither the engine nor the browser bundle loads pinyin-pro's dictionary.
 */

export interface IndexedKey {
  catalog: CatalogId;
  entry: CatalogEntry;
  /** Order of the entry across all catalogues: the last tie-breaker, so results are stable. */
  order: number;
  /** The text as written in the data. */
  text: string;
  /** name: an official name, alternative name or code; alias: what people type. */
  kind: 'name' | 'alias';
  key: string;
  /** Full pinyin without tones or spaces ("diangong"); empty when the key has no Chinese. */
  pinyin: string;
  /** Pinyin initials ("dg"); empty when the key has no Chinese. */
  initials: string;
}

const table = pinyinTable as unknown as Record<string, [string, string] | undefined>;

function pinyinOf(key: string): { pinyin: string; initials: string } {
  const row = table[key];
  return row ? { pinyin: row[0], initials: row[1] } : { pinyin: '', initials: '' };
}

function build(): IndexedKey[] {
  const keys: IndexedKey[] = [];
  let order = 0;
  for (const catalog of catalogIds) {
    for (const entry of catalogs[catalog].entries) {
      const texts: [string, 'name' | 'alias'][] = [
        ...namesOf(entry).map((t) => [t, 'name'] as [string, 'name']),
        ...('code' in entry ? [[entry.code, 'name'] as [string, 'name']] : []),
        ...entry.aliases.map((t) => [t, 'alias'] as [string, 'alias']),
      ];
      for (const [text, kind] of texts) {
        const key = normalizeName(text);
        keys.push({ catalog, entry, order, text, kind, key, ...pinyinOf(key) });
      }
      order++;
    }
  }
  return keys;
}

export const index: readonly IndexedKey[] = build();
