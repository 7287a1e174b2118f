import { type MsgParams, msg } from '../core/message.ts';
import { say } from '../messages/catalogue.ts';

/** A phrase of the help, which speaks both languages at once: "English / 中文". */
export function helpText(key: string, params?: MsgParams): string {
  const m = msg(key, params);
  return `${say('en', m)} / ${say('zh', m)}`;
}

/** The "Examples / 示例:" heading and its lines. */
export function examples(lines: readonly string[]): string {
  return `\n${helpText('cli:help.examples')}:\n${lines.map((l) => `  ${l}`).join('\n')}`;
}
