import { csvLine } from './csv/text.ts';
import { blankRow } from './row/blank.ts';
import type { OutCell, RowKind, RowSetup } from './row/types.ts';

/** What one chunk of rows turns into: CSV text ready to append, or cells for the XLSX writer, plus tallies. */
export interface ChunkOut {
  /** Rows written, in all and by kind (counts, not a list: the message back from a worker stays small). */
  count: number;
  byKind: Record<RowKind, number>;
  reaches: number;
  /** Lines of the unreadable and of the blank rows written: the summary names them. */
  unreadableLines: number[];
  blankLines: number[];
  /** UTF-8 bytes (a buffer of its own, moved back from a worker without a copy). */
  csv?: Uint8Array;
  rows?: OutCell[][];
  /**
   * Lines of the blank rows that end the chunk, left out: the writer writes them before the next row with data,
   * or drops them at the end of the file (blank lines after the last data row are not data).
   */
  held?: number[];
}

export type OutputFormat = 'csv' | 'xlsx';

export function emptyChunk(): ChunkOut {
  const byKind = { scored: 0, ineligible: 0, vetoed: 0, outsideScheme: 0, unreadable: 0, blank: 0 };
  return { count: 0, byKind, reaches: 0, unreadableLines: [], blankLines: [] };
}

/** Blank rows held back by the workers, once a row with data follows them (made here, without the engine). */
export function blankChunk(lines: number[], setup: Pick<RowSetup, 'keep' | 'lang'>, format: OutputFormat): ChunkOut {
  const out = emptyChunk();
  out.count = out.byKind.blank = lines.length;
  out.blankLines = lines;
  const rows = lines.map((line) => blankRow(line, setup));
  if (format === 'csv') out.csv = Buffer.from(rows.map(csvLine).join(''));
  else out.rows = rows;
  return out;
}
