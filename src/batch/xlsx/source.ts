// Before exceljs loads: its streaming reader would split multi-byte characters and lose the end of workbooks.
import './exceljs-fixes.ts';
import { createReadStream, statSync } from 'node:fs';
import { msg } from '../../core/message.ts';
import { text } from '../../messages/catalogue.ts';
import { HISTORY_SHEET } from '../layout.ts';
import { YES_NO_CHOICES } from '../row/enums.ts';
import { SheetError } from '../sheet-error.ts';
import type { Source, SourceRow } from '../source.ts';
import { zipProblem } from './zip-check.ts';

const HISTORY_NAMES = new Set([HISTORY_SHEET, 'history']);

/** A cell as the text a person typed: dates as YYYY-MM-DD (Excel keeps them as UTC midnight), formulas by their result. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === 'boolean') return value ? (YES_NO_CHOICES[0] as string) : (YES_NO_CHOICES[1] as string);
  if (value instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${value.getUTCFullYear()}-${p(value.getUTCMonth() + 1)}-${p(value.getUTCDate())}`;
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return v.error;
  }
  return String(value);
}

export function isHistorySheet(name: string): boolean {
  return HISTORY_NAMES.has(name.trim());
}

function notXlsx(path: string, detail: string): SheetError {
  return new SheetError('unreadable', text(msg('batch:source.notXlsx', { path, detail })));
}

/**
 * Rows of one sheet of an .xlsx file, streamed: the applicant sheet (the first sheet that is not the history),
 * the history sheet, or simply the first sheet. Rows missing from the file between two rows are blank rows and come out as such.
 */
export function xlsxSource(path: string, which: 'main' | 'history' | 'first'): Source {
  // Opened only once the file has passed the check: a refused file leaves no stream opening in the background.
  let file: ReturnType<typeof createReadStream> | undefined;
  let found = false;
  async function* rows(): AsyncGenerator<SourceRow> {
    try {
      // A damaged file must fail with a clear message, not hang the streaming reader (zip-check.ts).
      const problem = await zipProblem(path);
      if (problem) throw notXlsx(path, problem);
      file = createReadStream(path, { highWaterMark: 1 << 16 });
      // Loaded only for spreadsheets: exceljs is large, and CSV runs do not need it.
      const { default: ExcelJS } = await import('exceljs');
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
        sharedStrings: 'cache',
        styles: 'cache',
        hyperlinks: 'ignore',
        worksheets: 'emit',
      });
      for await (const sheet of reader) {
        const name = String((sheet as unknown as { name?: string }).name ?? '');
        const wanted = which === 'first' || isHistorySheet(name) === (which === 'history');
        if (found || !wanted) {
          // Read a skipped sheet to its end: exceljs has opened a temporary file for it, and deletes that file as
          // soon as we move on — an unread stream on it would fail with ENOENT and crash the process (or leak).
          for await (const _row of sheet) {
            // drained
          }
          continue;
        }
        found = true;
        let last = 0;
        for await (const row of sheet) {
          for (let blank = last + 1; blank < row.number && last > 0; blank++) yield { line: blank, cells: [] };
          last = row.number;
          const values = row.values as unknown[];
          const cells: string[] = [];
          for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
          yield { line: row.number, cells };
        }
      }
    } catch (error) {
      // Whatever exceljs throws while reading (bad XML, bad zip) is a problem of the file, not a bug.
      throw error instanceof SheetError ? error : notXlsx(path, error instanceof Error ? error.message.slice(0, 200) : String(error));
    } finally {
      file?.destroy();
    }
  }
  const generator = rows();
  let draining = false;
  return {
    rows: generator,
    bytesRead: () => file?.bytesRead ?? 0,
    totalBytes: statSync(path).size,
    // exceljs frees its temporary files and descriptors only when a sheet is read to its end: read the rest, unused.
    close: () => {
      if (draining) return;
      draining = true;
      void (async () => {
        try {
          for await (const _row of generator) {
            // discarded
          }
        } catch {
          // the sheet was already refused; a damaged rest changes nothing
        }
      })();
    },
  };
}
