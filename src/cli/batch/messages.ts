import type { Lang } from '../../core/lang.ts';

/** Notes `hujifen batch` writes on stderr (results go to the output file): one line each, in the chosen language. */
export function note(lang: Lang, zh: string, en: string): void {
  process.stderr.write(`hujifen: ${lang === 'zh' ? zh : en}\n`);
}

/** Lists of line numbers stay short on screen: the first few, then a count. */
export function lineList(lines: readonly number[], lang: Lang, max = 10): string {
  const shown = lines.slice(0, max).join(', ');
  const more = lines.length - max;
  return more > 0 ? `${shown}${lang === 'zh' ? ` 等共${lines.length}行` : ` and ${more} more`}` : shown;
}
