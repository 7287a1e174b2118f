import { displayWidth, padEnd, padStart } from './width.ts';

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/** A plain-text table with a rule under the header; cells are single-line strings. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], indent = ''): string {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    indent +
    columns
      .map((c, i) => (c.align === 'right' ? padStart(cells[i] ?? '', widths[i] ?? 0) : padEnd(cells[i] ?? '', widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n');
}
