import { stringify } from 'csv-stringify/sync';
import { assessRow, type OutCell, type RowJob, type RowKind, type RowSetup } from './assess-row.ts';

/** What one chunk of rows turns into: CSV text ready to append, or cells for the XLSX writer, plus tallies. */
export interface ChunkOut {
  kinds: RowKind[];
  reaches: number;
  lines: number[];
  csv?: string;
  rows?: OutCell[][];
}

export type OutputFormat = 'csv' | 'xlsx';

/**
 * Assesses a chunk and formats it where it was assessed (in a worker when there are workers): the main thread
 * then only reads, hands out chunks and appends their text, which keeps it from becoming the bottleneck.
 */
export function assessChunk(jobs: readonly RowJob[], setup: RowSetup, format: OutputFormat): ChunkOut {
  const out: ChunkOut = { kinds: [], reaches: 0, lines: [] };
  const rows: OutCell[][] = [];
  for (const job of jobs) {
    const r = assessRow(job, setup);
    out.kinds.push(r.kind);
    out.lines.push(job.line);
    if (r.reaches) out.reaches++;
    rows.push(r.cells);
  }
  if (format === 'csv') out.csv = stringify(rows);
  else out.rows = rows;
  return out;
}
