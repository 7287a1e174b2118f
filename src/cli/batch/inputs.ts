import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { detectCsvEncoding } from '../../batch/csv/encoding.ts';
import { csvSource } from '../../batch/csv/source.ts';
import { type History, loadHistory } from '../../batch/history.ts';
import { csvSheet, type InputSheet, rowSheet } from '../../batch/input-sheet.ts';
import { xlsxSource } from '../../batch/xlsx/source.ts';
import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import { CliError } from '../errors.ts';
import { EXIT } from '../exit-codes.ts';
import { note } from './messages.ts';

/** Opening the files of a batch: formats by extension, checks before any work, the input and its history. */

export type Format = 'csv' | 'xlsx';

/** Which file a message speaks of (`cli:batch.files.<role>`). */
export type Role = 'input' | 'output' | 'history';

export function formatOf(path: string, role: Role): Format {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  throw new CliError(msg('cli:batch.files.mustBeSheet', { role: msg(`cli:batch.files.${role}`), path }), EXIT.usage);
}

/** Fails early (before reading a million rows) on a missing input or an output that cannot be written. */
export function checkFiles(inputs: readonly string[], out: string): void {
  for (const path of inputs) {
    if (!existsSync(path) || !statSync(path).isFile()) throw new CliError(msg('cli:batch.files.notFound', { path }), EXIT.io);
  }
  if (inputs.some((p) => resolve(p) === resolve(out))) {
    throw new CliError(msg('cli:batch.files.sameAsInput'), EXIT.usage);
  }
  try {
    accessSync(dirname(resolve(out)), constants.W_OK);
  } catch {
    throw new CliError(msg('cli:batch.files.folder', { folder: dirname(out) }), EXIT.io);
  }
}

/**
 * The input sheet, or undefined when it holds no data. `readHere`: rows are read in this thread (to be joined to
 * a history); otherwise a CSV is handed to the workers as bytes.
 */
export async function openInput(path: string, format: Format, lang: Lang, readHere: boolean): Promise<InputSheet | undefined> {
  if (format === 'xlsx') return rowSheet(xlsxSource(path, 'main'));
  const encoding = await detectCsvEncoding(path);
  if (encoding === 'gb18030') note(lang, msg('cli:batch.files.gb18030', { path }));
  else note(lang, msg('cli:batch.files.utf8', { path, bom: encoding === 'utf8-bom' ? 'yes' : 'no' }));
  const text = encoding === 'gb18030' ? 'gb18030' : 'utf8';
  return readHere ? rowSheet(csvSource(path, text)) : csvSheet(path, text);
}

/** The history from --history, else from the input workbook's 社保明细 sheet; none for a CSV input without it. */
export async function openHistory(
  historyPath: string | undefined,
  input: string,
  inputFormat: Format,
  lang: Lang,
): Promise<History | undefined> {
  if (historyPath) {
    formatOf(historyPath, 'history');
    const h = await loadHistory(historyPath, false);
    if (h?.encoding === 'gb18030') note(lang, msg('cli:batch.files.historyGb18030', { path: historyPath }));
    return h;
  }
  return inputFormat === 'xlsx' ? loadHistory(input, true) : undefined;
}
