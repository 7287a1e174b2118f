/** The shapes rows travel in through the sheet pipeline (and to workers). */
import type { Lang } from '../../core/lang.ts';
import type { Text } from '../../core/text.ts';
import type { Assessment } from '../../engine/types.ts';
import type { ReadingChoice } from '../../policy/readings.ts';
import type { HistoryEntry } from '../history-types.ts';

/** One input row as read: its line (row number in a sheet) and its cells as text. */
export interface RowJob {
  line: number;
  cells: string[];
  history?: HistoryEntry | undefined;
  /** The reader could not split this row into cells (e.g. a quote never closed). */
  error?: Text | undefined;
}

/** Everything that is the same for every row of a run (sent once to each worker). */
export interface RowSetup {
  date: string;
  version?: string | undefined;
  readings?: ReadingChoice | undefined;
  lang: Lang;
  /** Layout key of each input column, or null. */
  keys: (string | null)[];
  /** Input columns copied to the output (all but the result columns of an earlier run). */
  keep: number[];
}

export type OutCell = string | number;
export type RowKind = Assessment['status'] | 'unreadable' | 'blank';

export interface RowOut {
  cells: OutCell[];
  kind: RowKind;
  reaches: boolean;
}
