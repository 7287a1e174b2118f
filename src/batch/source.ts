import type { Text } from '../engine/types.ts';

/** One physical row of an input sheet: where it starts, and its cells as text. */
export interface SourceRow {
  line: number;
  cells: string[];
  /** Set when the row itself could not be parsed (e.g. a quote never closed). */
  error?: Text;
}

/** A sheet being read: its rows in order, and how many bytes of the file have been read so far. */
export interface Source {
  rows: AsyncIterable<SourceRow>;
  bytesRead: () => number;
  totalBytes: number;
  /**
   * Stops reading a sheet abandoned half-way (a refused header, too many rows) and frees its file: otherwise its
   * stream stays paused, holding the descriptor — and a deleted upload's disk space — for the life of the process.
   */
  close?: () => void;
}
