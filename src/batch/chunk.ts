import { type ChunkOut, emptyChunk, type OutputFormat } from './chunk-out.ts';
import type { CsvChunk } from './csv/chunks.ts';
import { readCsvChunk } from './csv/source.ts';
import { csvLine, Utf8Writer } from './csv/text.ts';
import { assessRow } from './row/assess.ts';
import { blankRow } from './row/blank.ts';
import type { OutCell, RowJob, RowOut, RowSetup } from './row/types.ts';

export type { ChunkOut, OutputFormat } from './chunk-out.ts';

/** What a worker is given: rows already read (XLSX, or joined to a history), or CSV bytes it parses itself. */
export type Work = { rows: RowJob[] } | { csv: CsvChunk };

/**
 * Assesses rows and formats them where they were assessed (in a worker when there are workers): the main thread
 * then only reads, hands out chunks and appends their text, which keeps it from becoming the bottleneck.
 * Blank rows at the end are left out (ChunkOut.held): runSheet writes them only if a row with data follows.
 */
class ChunkWriter {
  private readonly out: ChunkOut = emptyChunk();
  private readonly csv: Utf8Writer | undefined;
  private readonly rows: OutCell[][] = [];
  private blank: number[] = [];

  constructor(
    private readonly setup: RowSetup,
    format: OutputFormat,
  ) {
    this.csv = format === 'csv' ? new Utf8Writer() : undefined;
  }

  add(job: RowJob): void {
    if (isBlankJob(job)) {
      this.blank.push(job.line);
      return;
    }
    if (this.blank.length) {
      for (const line of this.blank) this.put(line, { cells: blankRow(line, this.setup), kind: 'blank', reaches: false });
      this.blank = [];
    }
    this.put(job.line, assessRow(job, this.setup));
  }

  private put(line: number, r: RowOut): void {
    this.out.count++;
    this.out.byKind[r.kind]++;
    if (r.reaches) this.out.reaches++;
    if (r.kind === 'unreadable') this.out.unreadableLines.push(line);
    else if (r.kind === 'blank') this.out.blankLines.push(line);
    if (this.csv) this.csv.write(csvLine(r.cells));
    else this.rows.push(r.cells);
  }

  finish(): ChunkOut {
    if (this.csv) this.out.csv = this.csv.bytes();
    else this.out.rows = this.rows;
    if (this.blank.length) this.out.held = this.blank;
    return this.out;
  }
}

/** One unit of work: rows already read (XLSX, rows joined to a history), or CSV bytes parsed here row by row. */
export function assessWork(work: Work, setup: RowSetup, format: OutputFormat): ChunkOut {
  const writer = new ChunkWriter(setup, format);
  if ('csv' in work) readCsvChunk(work.csv, (row) => writer.add(row));
  else for (const job of work.rows) writer.add(job);
  return writer.finish();
}

function isBlankJob(job: RowJob): boolean {
  return !job.error && job.cells.every((c) => c.trim() === '');
}
