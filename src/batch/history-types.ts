import type { Said } from '../core/message.ts';

/** One month from the history sheet, already parsed, with the line it came from. */
export interface HistoryMonthInput {
  month: string;
  base: number;
  backPaid: boolean;
  employerMatchesContract: boolean;
  taxMatches: boolean;
}

/** An applicant's history: its months, the history lines they came from, and unreadable history lines. */
export interface HistoryEntry {
  months: HistoryMonthInput[];
  lines: number[];
  errors: { line: number; column: string; message: Said }[];
}
