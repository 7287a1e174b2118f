import type { Lang } from '../../core/lang.ts';
import { type Msg, msg } from '../../core/message.ts';
import { say } from '../../messages/catalogue.ts';

/** Notes `hujifen batch` writes on stderr (results go to the output file): one line each, in the chosen language. */
export function note(lang: Lang, m: Msg): void {
  process.stderr.write(`hujifen: ${say(lang, m)}\n`);
}

/** Lists of line numbers stay short on screen: the first few, then a count. */
export function lineList(lines: readonly number[], lang: Lang, max = 10): string {
  const shown = lines.slice(0, max).join(', ');
  const more = lines.length - max;
  return more > 0 ? say(lang, msg('cli:batch.moreLines', { shown, tail: { zh: String(lines.length), en: String(more) } })) : shown;
}
