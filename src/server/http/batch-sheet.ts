import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { assessChunk } from '../../batch/chunk.ts';
import { detectCsvEncoding } from '../../batch/csv/encoding.ts';
import { csvSource } from '../../batch/csv/source.ts';
import { mapHeaders } from '../../batch/headers.ts';
import { loadHistory } from '../../batch/history.ts';
import { COLUMNS, MAIN_SHEET } from '../../batch/layout.ts';
import { ALL_RESULT_HEADERS, resultHeaders } from '../../batch/result-columns.ts';
import type { RowJob, RowSetup } from '../../batch/row/types.ts';
import { splitHeader } from '../../batch/sheet.ts';
import { openSink } from '../../batch/sink.ts';
import type { Source } from '../../batch/source.ts';
import { xlsxSource } from '../../batch/xlsx/source.ts';
import type { ResolvedOptions } from './assess-options.ts';
import type { Lang } from './lang.ts';
import { ProblemError } from './problem.ts';

export type SheetFormat = 'csv' | 'xlsx';

/** Rows assessed between two yields to the event loop: a large sheet must not stall other requests. */
const CHUNK = 200;

/**
 * A CSV or XLSX sheet in the CLI's layout (docs/cli.md) → the same sheet with the CLI's result columns:
 * the CLI's own reader, row builder, assessor and writer, in the main thread. Rows in = rows out, in order.
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
  let source: Source;
  if (format === 'xlsx') source = xlsxSource(input, 'main');
  else source = csvSource(input, (await detectCsvEncoding(input)) === 'gb18030' ? 'gb18030' : 'utf8');
  const history = format === 'xlsx' ? await loadHistory(input, true) : undefined;
  const sheet = await splitHeader(source);
  const map = sheet && mapHeaders(sheet.headers, COLUMNS, ALL_RESULT_HEADERS);
  if (!sheet || !map || map.present.size === 0) {
    source.close?.();
    throw new ProblemError('validation', {
      detail: {
        zh: '首行不是批量模板的表头（见 docs/cli.md 或 hujifen template）',
        en: 'the first row is not a header row of the batch layout (see docs/cli.md or hujifen template)',
      },
    });
  }
  const keep = sheet.headers.map((_, i) => i).filter((i) => !map.previous.includes(i));
  const setup: RowSetup = { date: options.date, version: options.version, readings: options.readings, lang, keys: map.keys, keep };
  const refIndex = map.keys.indexOf('reference');
  const sink = await openSink(outFormat, output, MAIN_SHEET[lang]);
  let rows = 0;
  try {
    await sink.header([...keep.map((i) => sheet.headers[i] ?? ''), ...resultHeaders(lang)]);
    let chunk: RowJob[] = [];
    for await (const row of sheet.rows) {
      if (++rows > maxRows) {
        throw new ProblemError('tooLarge', { detail: { zh: `一次最多 ${maxRows} 行`, en: `at most ${maxRows} rows per request` } });
      }
      const ref = refIndex >= 0 ? (row.cells[refIndex] ?? '').trim() : '';
      chunk.push({ line: row.line, cells: row.cells, error: row.error, history: ref ? history?.byReference.get(ref) : undefined });
      if (chunk.length >= CHUNK) {
        await sink.write(assessChunk(chunk, setup, outFormat));
        chunk = [];
        await yieldToLoop();
      }
    }
    await sink.write(assessChunk(chunk, setup, outFormat));
    await sink.close();
  } catch (error) {
    sink.destroy();
    source.close?.();
    throw error;
  }
  return rows;
}
