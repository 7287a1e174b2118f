import type { Text } from './text.ts';

/** Language of everything the command prints for people: Chinese by default. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

export function pick(text: Text, lang: Lang): string {
  return text[lang];
}

/** Both languages, the chosen one first: error messages are always given in zh and en. */
export function both(text: Text, lang: Lang = 'zh'): string {
  return lang === 'zh' ? `${text.zh} / ${text.en}` : `${text.en} / ${text.zh}`;
}
