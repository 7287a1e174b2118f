// Writes policy/catalogs/pinyin.json: the pinyin and initials of every catalogue name and alias.
// Computed here, ahead of time, so the engine and the browser bundle never load pinyin-pro's dictionary.
// test/catalog/pinyin-data.test.ts fails when the file is out of date; rerun `npx tsx scripts/build-pinyin.ts`.
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { catalogs, namesOf } from '../src/catalog/data.ts';
import { catalogIds } from '../src/catalog/file-schema.ts';
import { normalizeName } from '../src/catalog/normalize.ts';

const HAN = /\p{Script=Han}/u;

export function computePinyinTable(): Record<string, [string, string]> {
  const table: Record<string, [string, string]> = {};
  for (const catalog of catalogIds) {
    for (const entry of catalogs[catalog].entries) {
      for (const text of [...namesOf(entry), ...entry.aliases]) {
        const key = normalizeName(text);
        if (!HAN.test(key) || table[key]) continue;
        const full = pinyin(key, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
        const first = pinyin(key, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
        table[key] = [full.join('').toLowerCase(), first.join('').toLowerCase()];
      }
    }
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export const PINYIN_FILE = new URL('../policy/catalogs/pinyin.json', import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(PINYIN_FILE, `${JSON.stringify(computePinyinTable(), null, 0).replaceAll('],"', '],\n"')}\n`);
  console.log('wrote policy/catalogs/pinyin.json');
}
