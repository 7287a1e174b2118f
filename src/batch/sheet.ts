import type { Source, SourceRow } from './source.ts';

/** A sheet split into its header row and its data rows. */
export interface Sheet {
  headers: string[];
  headerLine: number;
  rows: AsyncIterable<SourceRow>;
  /** Blank rows after the last data row: not data, so not output; counted for the summary. */
  trailingBlank: () => number;
}

function blank(row: SourceRow): boolean {
  return !row.error && row.cells.every((c) => c.trim() === '');
}

/**
 * The first non-blank row is the header. Blank rows inside the data are passed on (and reported as blank rows);
 * blank rows at the very end — what spreadsheets leave after formatted ranges — are held back and dropped.
 */
export async function splitHeader(source: Source): Promise<Sheet | undefined> {
  const it = source.rows[Symbol.asyncIterator]();
  let first: IteratorResult<SourceRow>;
  do first = await it.next();
  while (!first.done && blank(first.value));
  if (first.done) return undefined;
  const header = first.value;
  let held: number[] = [];
  let trailing = 0;
  async function* rows(): AsyncGenerator<SourceRow> {
    for (let r = await it.next(); !r.done; r = await it.next()) {
      if (blank(r.value)) {
        held.push(r.value.line);
        continue;
      }
      for (const line of held) yield { line, cells: [] };
      held = [];
      yield r.value;
    }
    trailing = held.length;
  }
  return { headers: header.cells.map((h) => h.trim()), headerLine: header.line, rows: rows(), trailingBlank: () => trailing };
}
