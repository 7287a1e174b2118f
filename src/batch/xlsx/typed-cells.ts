import { type Parsed, parseDateCell, parseIntCell, parseYearsCell, parseYuanCell } from '../../applicant/cells.ts';
import { type CellValueKind, COLUMNS } from '../layout.ts';
import type { OutCell } from '../row/types.ts';

/** A cell as the XLSX output writes it: numbers and dates as such, so a spreadsheet can sort and sum them. */
export type XlsxCell = OutCell | Date;

export const DATE_FORMAT = 'yyyy-mm-dd';

const KIND_OF_KEY = new Map(COLUMNS.flatMap((c) => (c.value ? [[c.key, c.value] as const] : [])));

/** The kind of each input column copied to the output (by its layout key; undefined: text). */
export function valueKinds(keys: readonly (string | null)[], keep: readonly number[]): (CellValueKind | undefined)[] {
  return keep.map((i) => {
    const key = keys[i];
    return key ? KIND_OF_KEY.get(key) : undefined;
  });
}

const PARSE: Record<CellValueKind, (raw: string) => Parsed<number | string>> = {
  date: parseDateCell,
  int: parseIntCell,
  yuan: parseYuanCell,
  // The parser counts whole months; the cell shows years as typed (2.5).
  years: (raw) => {
    const r = parseYearsCell(raw);
    return r.ok && r.value !== undefined ? { ok: true, value: r.value / 12 } : r;
  },
};

/**
 * The value an input cell of that kind holds, read the way the row was read (2024/3/1 → the date 2024-03-01,
 * "12,000元" → 12000). A cell that does not read as its kind (its row names the error) stays the text it was.
 */
export function typedCell(kind: CellValueKind | undefined, cell: OutCell): XlsxCell {
  if (!kind || typeof cell !== 'string' || cell === '') return cell;
  const r = PARSE[kind](cell);
  if (!r.ok || r.value === undefined) return cell;
  if (typeof r.value === 'number') return r.value;
  const [y, m, d] = r.value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}
