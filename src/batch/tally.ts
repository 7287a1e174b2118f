import type { ChunkOut } from './chunk-out.ts';
import type { RowKind } from './row/types.ts';

/** Counts rows by kind as chunks are written, keeping the first line numbers of the rows worth pointing at. */
export class Tally {
  rows = 0;
  reaches = 0;
  readonly byKind: Record<RowKind, number> = { scored: 0, ineligible: 0, vetoed: 0, outsideScheme: 0, unreadable: 0, blank: 0 };
  readonly unreadableLines: number[] = [];
  readonly blankLines: number[] = [];

  add(chunk: ChunkOut): void {
    for (const kind of Object.keys(this.byKind) as RowKind[]) this.byKind[kind] += chunk.byKind[kind];
    for (const line of chunk.unreadableLines) if (this.unreadableLines.length < 1000) this.unreadableLines.push(line);
    for (const line of chunk.blankLines) if (this.blankLines.length < 1000) this.blankLines.push(line);
    this.reaches += chunk.reaches;
    this.rows += chunk.count;
  }
}
