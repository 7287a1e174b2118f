import { type FieldIssue, ValidationError } from '../applicant/errors.ts';
import { SheetError } from '../batch/sheet-error.ts';
import type { Lang } from '../core/lang.ts';
import { isMsg, type Msg, msg, type Said } from '../core/message.ts';
import { say } from '../messages/catalogue.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

/**
 * An error meant for the user: a message (said in zh and en) and the exit code it ends with.
 * Anything else that reaches the top is a bug, reported without its stack.
 */
export class CliError extends Error {
  readonly text: Said;
  readonly code: ExitCode;
  readonly details: Said[];
  constructor(text: Said, code: ExitCode, details: Said[] = []) {
    super(isMsg(text) ? text.key : text.en);
    this.name = 'CliError';
    this.text = text;
    this.code = code;
    this.details = details;
  }
}

/** A mistake in the command line: a message of the catalogue, or (while a caller still has its own words) zh and en. */
export function usageError(m: Msg): CliError {
  return new CliError(m, EXIT.usage);
}

/** Both languages, the chosen one first: error messages are always given in zh and en. */
export function both(s: Said, lang: Lang): string {
  const other = lang === 'zh' ? 'en' : 'zh';
  return `${say(lang, s)} / ${say(other, s)}`;
}

/** One line per bad field: its path, its name in Chinese, and what is wrong in both languages (never the value). */
export function issueLines(issues: readonly FieldIssue[], lang: Lang): string[] {
  return issues.map((i) =>
    say(lang, msg('cli:error.issueLine', { field: say('zh', i.field), path: i.path, message: both(i.message, lang) })),
  );
}

const label = (lang: Lang, key: string) => say(lang, msg(key));

/** The text printed on stderr for any error, and its exit code. */
export function describeError(error: unknown, lang: Lang): { message: string; code: ExitCode } {
  if (error instanceof SheetError) return describeError(new CliError(error.text, EXIT.invalidInput), lang);
  if (error instanceof CliError) {
    const lines = [`${label(lang, 'cli:error.label')}: ${both(error.text, lang)}`, ...error.details.map((d) => `  - ${both(d, lang)}`)];
    return { message: lines.join('\n'), code: error.code };
  }
  if (error instanceof ValidationError) {
    const head = both(msg('cli:error.invalidApplicant', { count: error.issues.length }), lang);
    return {
      message: [`${label(lang, 'cli:error.label')}: ${head}`, ...issueLines(error.issues, lang)].join('\n'),
      code: EXIT.invalidInput,
    };
  }
  const debug = process.env['HUJIFEN_DEBUG'] === '1' && error instanceof Error ? `\n${error.stack}` : '';
  const what = error instanceof Error ? error.message : String(error);
  return {
    message: `${label(lang, 'cli:error.internalLabel')}: ${both(msg('cli:error.bug'), lang)} (${what})${debug}`,
    code: EXIT.internal,
  };
}
