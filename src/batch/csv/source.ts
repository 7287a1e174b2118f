import type { Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { msg } from '../../core/message.ts';
import type { Text } from '../../core/text.ts';
import { text } from '../../messages/catalogue.ts';
import type { Source, SourceRow } from '../source.ts';
import { type CsvChunk, CsvChunkReader } from './chunks.ts';
import type { CsvEncoding } from './encoding.ts';

/**
 * csv-parse options of every CSV we read (the benchmark's parse-only baseline uses the same): blank lines are kept
 * as records so they can be reported, rows may be short or long, and a malformed record is skipped — and
 * reported — instead of ending the run. Line numbers come from the splitter (csv-chunks.ts), so neither `info`
 * nor `raw` is asked for: together they made csv-parse a third slower.
 */
export const CSV_PARSE_OPTIONS: Options = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
  skip_records_with_error: true,
};

/** Rows per chunk: what one message to a worker carries. */
export const CSV_CHUNK_ROWS = 512;

/** Records parsed at a time: few, so that they are done with soon after they are made. */
const SLICE_RECORDS = 64;

/**
 * The rows of one chunk, each on its line, handed to `onRow` in order, parsed a slice of records at a time. Parsed
 * whole, a chunk's 512 records stay alive while they are assessed; with a small young generation V8 then sees whole
 * batches of objects survive and allocates them straight in the old generation, whose collections cost more than
 * the parse (measured with 8 MB). csv-parse's `on_record` would avoid that too, but builds an info object per
 * record, which costs as much again as the parse. With these options the only error csv-parse can meet is a quote never closed, at the
 * end of the input: that record becomes an unreadable row, last.
 */
export function readCsvChunk(chunk: CsvChunk, onRow: (row: SourceRow) => void, sliceRecords = SLICE_RECORDS): void {
  const { lines, starts } = chunk;
  const bytes = Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset, chunk.bytes.byteLength);
  let skipped: string | undefined;
  const options: Options = {
    ...CSV_PARSE_OPTIONS,
    ...(chunk.ending ? { record_delimiter: chunk.ending } : {}),
    on_skip: (err) => {
      if (err) skipped = err.code;
      return undefined;
    },
  };
  let n = 0;
  for (let k = 0; k < lines.length; k += sliceRecords) {
    const to = k + sliceRecords < lines.length ? (starts[k + sliceRecords] as number) : bytes.length;
    options.bom = chunk.first && k === 0;
    const records = parse(bytes.subarray(starts[k], to), options) as string[][];
    // A split out of step with csv-parse would put rows on the wrong lines: never silently.
    if (n + records.length > lines.length) throw new Error(`CSV split: ${lines.length} records expected, csv-parse read more`);
    for (const cells of records) onRow({ line: lines[n++] as number, cells });
    if (skipped !== undefined) {
      if (to !== bytes.length || n >= lines.length) throw new Error(`CSV split: csv-parse skipped record ${n + 1} of ${lines.length}`);
      const line = lines[n++] as number;
      onRow({ line, cells: [], error: csvErrorText(skipped, line) });
    }
  }
  if (n !== lines.length) throw new Error(`CSV split: ${lines.length} records expected, csv-parse read ${n}`);
}

/** The rows of one chunk as an array. */
export function parseCsvChunk(chunk: CsvChunk): SourceRow[] {
  const rows: SourceRow[] = [];
  readCsvChunk(chunk, (row) => rows.push(row));
  return rows;
}

/** A CSV file as a Source of rows, parsed in this thread (the history, the server; `batch` parses in workers). */
export function csvSource(path: string, encoding: CsvEncoding): Source {
  const reader = new CsvChunkReader(path, encoding, CSV_CHUNK_ROWS);
  async function* rows(): AsyncGenerator<SourceRow> {
    for await (const chunk of reader.chunks()) yield* parseCsvChunk(chunk);
  }
  return { rows: rows(), bytesRead: () => reader.bytesRead(), totalBytes: reader.totalBytes, close: () => reader.close() };
}

function csvErrorText(code: string, line: number): Text {
  return text(
    code === 'CSV_QUOTE_NOT_CLOSED' ? msg('batch:source.quoteNotClosed', { line: String(line) }) : msg('batch:source.badCsvRow', { code }),
  );
}
