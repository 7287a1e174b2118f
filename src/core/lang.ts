import type { Text } from './text.ts';

/** Language of everything the command prints for people: Chinese by default. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

export function pick(text: Text, lang: Lang): string {
  return text[lang];
}
