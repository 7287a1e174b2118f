import type { Work } from './chunk.ts';
import { CsvChunkReader } from './csv/chunks.ts';
import type { CsvEncoding } from './csv/encoding.ts';
import { CSV_CHUNK_ROWS, parseCsvChunk } from './csv/source.ts';
import type { RowJob } from './row/types.ts';
import { splitHeader } from './sheet.ts';
import type { Source, SourceRow } from './source.ts';

/** The input sheet of a batch: its header row, then its data rows as work for the assessors, in order. */
export interface InputSheet {
  headers: string[];
  headerLine: number;
  /** `toJob` turns a row read in this thread into a job (the history is joined there). */
  work(toJob: (row: SourceRow) => RowJob): AsyncIterable<Work>;
  /** Blank rows after the last data row that the reader dropped (the writer counts those it holds back). */
  trailingBlank(): number;
  bytesRead(): number;
  totalBytes: number;
  close(): void;
}

const ROWS_PER_JOB = 256;

function isBlank(row: SourceRow): boolean {
  return !row.error && row.cells.every((c) => c.trim() === '');
}

/**
 * A CSV whose rows need nothing from this thread (no history to join): the header is found here, and every later
 * chunk goes to a worker as bytes, to be parsed there — parsing is a good part of the work, and it runs in parallel.
 */
export async function csvSheet(path: string, encoding: CsvEncoding): Promise<InputSheet | undefined> {
  const reader = new CsvChunkReader(path, encoding, CSV_CHUNK_ROWS);
  const chunks = reader.chunks();
  let header: SourceRow | undefined;
  let rest: SourceRow[] = [];
  while (!header) {
    const next = await chunks.next();
    if (next.done) break;
    const rows = parseCsvChunk(next.value);
    const at = rows.findIndex((r) => !isBlank(r));
    if (at >= 0) {
      header = rows[at];
      rest = rows.slice(at + 1);
    }
  }
  if (!header) {
    reader.close();
    return undefined;
  }
  return {
    headers: header.cells.map((h) => h.trim()),
    headerLine: header.line,
    async *work(toJob) {
      if (rest.length) yield { rows: rest.map(toJob) };
      rest = [];
      for await (const csv of chunks) yield { csv };
    },
    trailingBlank: () => 0,
    bytesRead: () => reader.bytesRead(),
    totalBytes: reader.totalBytes,
    close: () => reader.close(),
  };
}

/** Any other sheet (XLSX, or a CSV joined to a history): rows are read here and sent to the workers as they are. */
export async function rowSheet(source: Source): Promise<InputSheet | undefined> {
  const sheet = await splitHeader(source);
  if (!sheet) {
    source.close?.();
    return undefined;
  }
  return {
    headers: sheet.headers,
    headerLine: sheet.headerLine,
    async *work(toJob) {
      let rows: RowJob[] = [];
      for await (const row of sheet.rows) {
        rows.push(toJob(row));
        if (rows.length < ROWS_PER_JOB) continue;
        yield { rows };
        rows = [];
      }
      if (rows.length) yield { rows };
    },
    trailingBlank: sheet.trailingBlank,
    bytesRead: source.bytesRead,
    totalBytes: source.totalBytes,
    close: () => source.close?.(),
  };
}
