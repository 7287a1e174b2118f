import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import type { ChunkOut, OutputFormat } from './chunk.ts';
import { csvLine } from './csv/text.ts';
import type { CellValueKind } from './layout.ts';
import type { OutCell } from './row/types.ts';
import { DATE_FORMAT, typedCell } from './xlsx/typed-cells.ts';

/** Where output goes, in order. Both kinds stream: memory stays flat however many rows pass. */
export interface Sink {
  /** `kinds`: what the first columns hold (the input columns kept), so that XLSX writes numbers and dates. */
  header(cells: readonly string[], kinds?: readonly (CellValueKind | undefined)[]): Promise<void>;
  write(chunk: ChunkOut): Promise<void>;
  close(): Promise<void>;
  /**
   * Stops writing at once (interrupt or error); settles when the file is closed, so that the caller, which deletes
   * it, does not race a file still being opened (which would then appear after the delete, or fail unheard).
   */
  destroy(): Promise<void>;
}

function destroyed(file: WriteStream): Promise<void> {
  if (file.closed) return Promise.resolve();
  // Once destroyed, the file's own errors (an open that fails because the folder went) concern no one.
  file.on('error', () => {});
  const closed = new Promise<void>((resolve) => file.once('close', () => resolve()));
  file.destroy();
  return closed;
}

async function put(file: WriteStream, text: string | Uint8Array): Promise<void> {
  if (!file.write(text)) await once(file, 'drain');
}

/** CSV as UTF-8 with a BOM, so Chinese Excel opens it with the right encoding; chunks arrive already stringified. */
function csvSink(path: string): Sink {
  const file = createWriteStream(path);
  return {
    header: (cells) => put(file, `\ufeff${csvLine(cells)}`),
    write: (chunk) => put(file, chunk.csv ?? new Uint8Array(0)),
    async close() {
      file.end();
      await once(file, 'close');
    },
    destroy: () => destroyed(file),
  };
}

/**
 * XLSX through exceljs's streaming writer: inline strings (no shared-string table growing in memory). Input
 * columns of a number or date kind are written as numbers and dates (the one style: the date format); the result
 * columns are numbers already.
 */
async function xlsxSink(path: string, sheetName: string): Promise<Sink> {
  const { default: ExcelJS } = await import('exceljs');
  const file = createWriteStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  let kinds: readonly (CellValueKind | undefined)[] = [];
  const add = async (rows: readonly (readonly OutCell[])[]) => {
    for (const cells of rows) {
      const row = sheet.addRow(kinds.length ? cells.map((cell, i) => typedCell(kinds[i], cell)) : (cells as OutCell[]));
      for (let i = 0; i < kinds.length; i++) if (kinds[i] === 'date') row.getCell(i + 1).numFmt = DATE_FORMAT;
      row.commit();
    }
    if (file.writableNeedDrain) await once(file, 'drain');
  };
  return {
    async header(cells, columnKinds = []) {
      await add([cells]);
      kinds = columnKinds;
    },
    write: (chunk) => add(chunk.rows ?? []),
    async close() {
      sheet.commit();
      await workbook.commit();
      if (!file.closed) await once(file, 'close');
    },
    destroy: () => destroyed(file),
  };
}

export function openSink(format: OutputFormat, path: string, sheetName: string): Promise<Sink> {
  return format === 'csv' ? Promise.resolve(csvSink(path)) : xlsxSink(path, sheetName);
}
