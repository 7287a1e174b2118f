import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { assessWork } from '../../batch/chunk.ts';
import { detectCsvEncoding } from '../../batch/csv/encoding.ts';
import { csvSource } from '../../batch/csv/source.ts';
import { loadHistory } from '../../batch/history.ts';
import { rowSheet } from '../../batch/input-sheet.ts';
import { MAIN_SHEET } from '../../batch/layout.ts';
import { runSheet } from '../../batch/run-sheet.ts';
import { SheetError } from '../../batch/sheet-error.ts';
import { openSink } from '../../batch/sink.ts';
import { xlsxSource } from '../../batch/xlsx/source.ts';
import { msg } from '../../core/message.ts';
import type { ResolvedOptions } from './assess-options.ts';
import type { Lang } from './lang.ts';
import { ProblemError } from './problem.ts';

export type SheetFormat = 'csv' | 'xlsx';

/** The media type of an XLSX workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const NOT_LAYOUT = msg('server:detail.notLayout');

/**
 * A CSV or XLSX sheet in the batch layout (docs/cli.md) → the same sheet with the result columns: the sheet
 * pipeline the CLI runs, in this thread, yielding to other requests between chunks. Rows in = rows out, in order.
 */
export async function assessSheet(
  input: string,
  format: SheetFormat,
  output: string,
  outFormat: SheetFormat,
  options: ResolvedOptions,
  lang: Lang,
  maxRows: number,
): Promise<number> {
  const sheet =
    format === 'xlsx'
      ? await rowSheet(xlsxSource(input, 'main'))
      : await rowSheet(csvSource(input, (await detectCsvEncoding(input)) === 'gb18030' ? 'gb18030' : 'utf8'));
  if (!sheet) throw new ProblemError('validation', { detail: NOT_LAYOUT });
  const history = format === 'xlsx' ? await loadHistory(input, true) : undefined;
  const sink = await openSink(outFormat, output, MAIN_SHEET[lang]);
  try {
    const { tally } = await runSheet({
      sheet,
      history,
      sink,
      format: outFormat,
      date: options.date,
      version: options.version,
      readings: options.readings,
      lang,
      maxRows,
      assessor: (setup) => ({
        async assess(work) {
          // A large sheet must not stall other requests.
          await yieldToLoop();
          return assessWork(work, setup, outFormat);
        },
        inFlight: 1,
      }),
    });
    return tally.rows;
  } catch (error) {
    if (error instanceof SheetError && error.kind === 'notLayout') throw new ProblemError('validation', { detail: NOT_LAYOUT });
    if (error instanceof SheetError && error.kind === 'tooManyRows') throw new ProblemError('tooLarge', { detail: error.text });
    throw error;
  }
}
