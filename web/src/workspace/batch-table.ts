import { parse } from 'csv-parse/browser/esm/sync';

/** One row of a batch's answer, as the results table shows it. */
export interface BatchRow {
  /** The row's line in the uploaded sheet (the header is line 1). */
  line: string;
  /** The first input column (the template's reference), as the sheet had it. */
  first: string;
  status: string;
  total: string;
  gap: string;
  reasons: string;
  /** Why the row could not be read; empty for a row that was assessed. */
  error: string;
}

export interface BatchTable {
  /** The header of the first input column, in the sheet's own words. */
  firstHeader: string;
  rows: BatchRow[];
}

/**
 * Reads the CSV answer of POST /api/v1/batch: the input columns, then the result columns named by `resultKeys`
 * (their headers are in the reader's language, so they are found by position from the end, by key).
 */
export function readBatchCsv(text: string, resultKeys: readonly string[]): BatchTable {
  const [header = [], ...body] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  const start = header.length - resultKeys.length;
  const cell = (row: readonly string[], key: string) => {
    const i = resultKeys.indexOf(key);
    return i < 0 ? '' : (row[start + i] ?? '');
  };
  return {
    firstHeader: start > 0 ? (header[0] ?? '') : '',
    rows: body.map((row) => ({
      line: cell(row, 'line'),
      first: start > 0 ? (row[0] ?? '') : '',
      status: cell(row, 'status'),
      total: cell(row, 'total'),
      gap: cell(row, 'gap'),
      reasons: cell(row, 'reasons'),
      error: cell(row, 'error'),
    })),
  };
}
