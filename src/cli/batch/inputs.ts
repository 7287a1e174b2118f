import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { detectCsvEncoding } from '../../batch/csv/encoding.ts';
import { csvSource } from '../../batch/csv/source.ts';
import { type History, loadHistory } from '../../batch/history.ts';
import { csvSheet, type InputSheet, rowSheet } from '../../batch/input-sheet.ts';
import { xlsxSource } from '../../batch/xlsx/source.ts';
import type { Lang } from '../../core/lang.ts';
import type { Text } from '../../engine/types.ts';
import { CliError } from '../errors.ts';
import { EXIT } from '../exit-codes.ts';
import { note } from './messages.ts';

/** Opening the files of a batch: formats by extension, checks before any work, the input and its history. */

export type Format = 'csv' | 'xlsx';

export function formatOf(path: string, role: Text): Format {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  throw new CliError(
    { zh: `${role.zh}须为 .csv 或 .xlsx 文件：${path}`, en: `${role.en} must be a .csv or .xlsx file: ${path}` },
    EXIT.usage,
  );
}

/** Fails early (before reading a million rows) on a missing input or an output that cannot be written. */
export function checkFiles(inputs: readonly string[], out: string): void {
  for (const path of inputs) {
    if (!existsSync(path) || !statSync(path).isFile())
      throw new CliError({ zh: `找不到文件 ${path}`, en: `file not found: ${path}` }, EXIT.io);
  }
  if (inputs.some((p) => resolve(p) === resolve(out))) {
    throw new CliError({ zh: '输出文件不能与输入文件相同', en: 'the output file must differ from the input file' }, EXIT.usage);
  }
  try {
    accessSync(dirname(resolve(out)), constants.W_OK);
  } catch {
    throw new CliError({ zh: `无法写入输出目录：${dirname(out)}`, en: `cannot write to the output folder: ${dirname(out)}` }, EXIT.io);
  }
}

/**
 * The input sheet, or undefined when it holds no data. `readHere`: rows are read in this thread (to be joined to
 * a history); otherwise a CSV is handed to the workers as bytes.
 */
export async function openInput(path: string, format: Format, lang: Lang, readHere: boolean): Promise<InputSheet | undefined> {
  if (format === 'xlsx') return rowSheet(xlsxSource(path, 'main'));
  const encoding = await detectCsvEncoding(path);
  if (encoding === 'gb18030')
    note(lang, `${path} 不是有效的 UTF-8，按 GB18030（GBK）编码读取`, `${path} is not valid UTF-8: read as GB18030 (GBK)`);
  else
    note(
      lang,
      `${path} 编码：UTF-8${encoding === 'utf8-bom' ? '（带 BOM）' : ''}`,
      `${path} encoding: UTF-8${encoding === 'utf8-bom' ? ' (with BOM)' : ''}`,
    );
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
    formatOf(historyPath, { zh: '社保明细文件', en: 'the history file' });
    const h = await loadHistory(historyPath, false);
    if (h?.encoding === 'gb18030') note(lang, `${historyPath} 按 GB18030（GBK）编码读取`, `${historyPath} read as GB18030 (GBK)`);
    return h;
  }
  return inputFormat === 'xlsx' ? loadHistory(input, true) : undefined;
}
