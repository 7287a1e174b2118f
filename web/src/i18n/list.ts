import { joined } from '../../../src/core/join.ts';
import { say } from './index.ts';

/** Words (ids, names already in the reader's language) joined as the language lists them (`common:join.comma`). */
export function listOf(words: readonly string[], lang: string): string {
  const list = joined(
    words.map((w) => ({ zh: w, en: w })),
    'common:join.comma',
  );
  return list ? say(list, lang) : '';
}
