import { type FieldIssue, ValidationError } from '../applicant/errors.ts';
import { SheetError } from '../batch/sheet-error.ts';
import { both, type Lang } from '../core/lang.ts';
import type { Text } from '../engine/types.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

/**
 * An error meant for the user: a zh/en message and the exit code it ends with.
 * Anything else that reaches the top is a bug, reported without its stack.
 */
export class CliError extends Error {
  readonly text: Text;
  readonly code: ExitCode;
  readonly details: Text[];
  constructor(text: Text, code: ExitCode, details: Text[] = []) {
    super(text.en);
    this.name = 'CliError';
    this.text = text;
    this.code = code;
    this.details = details;
  }
}

export function usageError(zh: string, en: string): CliError {
  return new CliError({ zh, en }, EXIT.usage);
}

/** One line per bad field: its path, its name in both languages, and what is wrong (never the value itself). */
export function issueLines(issues: readonly FieldIssue[], lang: Lang): string[] {
  return issues.map((i) =>
    lang === 'zh'
      ? `  - ${i.field.zh}（${i.path}）：${i.message.zh} / ${i.message.en}`
      : `  - ${i.path} (${i.field.zh}): ${i.message.en} / ${i.message.zh}`,
  );
}

/** The text printed on stderr for any error, and its exit code. */
export function describeError(error: unknown, lang: Lang): { message: string; code: ExitCode } {
  if (error instanceof SheetError) return describeError(new CliError(error.text, EXIT.invalidInput), lang);
  if (error instanceof CliError) {
    const lines = [`${lang === 'zh' ? '错误' : 'Error'}: ${both(error.text, lang)}`, ...error.details.map((d) => `  - ${both(d, lang)}`)];
    return { message: lines.join('\n'), code: error.code };
  }
  if (error instanceof ValidationError) {
    const head = both(
      { zh: `申请人数据有${error.issues.length}处错误`, en: `the applicant has ${error.issues.length} invalid field(s)` },
      lang,
    );
    return {
      message: [`${lang === 'zh' ? '错误' : 'Error'}: ${head}`, ...issueLines(error.issues, lang)].join('\n'),
      code: EXIT.invalidInput,
    };
  }
  const debug = process.env['HUJIFEN_DEBUG'] === '1' && error instanceof Error ? `\n${error.stack}` : '';
  const what = error instanceof Error ? error.message : String(error);
  return {
    message: `${lang === 'zh' ? '内部错误' : 'Internal error'}: ${both({ zh: '程序出错，请报告此问题', en: 'this is a bug, please report it' }, lang)} (${what})${debug}`,
    code: EXIT.internal,
  };
}
