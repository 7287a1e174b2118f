import { parseBackPaidCell, parseMonthCell, parseYuanCell } from '../../../src/applicant/cells.ts';
import { monthIndex, monthString } from '../../../src/core/calendar.ts';
import type { SiMonthInput } from './inputs.ts';

/**
 * Quick mode: "N years at about X yuan a month". Without `lastMonth` the N years are the months before the
 * assessment month — where every social-insurance count ends (reading W1) — and the assessment month is paid too
 * (contributing now), so "2 years" reads 2 years. With `lastMonth`, the N years end there.
 */
export interface QuickSi {
  years: number;
  base: number;
  lastMonth: string;
}

export const MAX_SI_MONTHS = 600;

/** The last month already posted on a date: the month before its month, where every count ends (reading W1). */
export function lastPostedMonth(date: string): string {
  return monthString(monthIndex(date) - 1);
}

/** Generates the monthly history quick mode stands for: round(12 × years) months (see QuickSi), all at one base. */
export function generateQuickHistory(q: QuickSi, date: string): SiMonthInput[] {
  const count = Math.min(MAX_SI_MONTHS, Math.max(0, Math.round(q.years * 12)));
  if (count === 0 || !(q.base > 0)) return [];
  // Without a last month: the N years end in the last month posted, and the assessment month is paid too.
  const first = monthIndex(q.lastMonth || lastPostedMonth(date)) - count + 1;
  const last = q.lastMonth ? monthIndex(q.lastMonth) : monthIndex(date);
  const base = Math.round(q.base);
  const out: SiMonthInput[] = [];
  for (let m = first; m <= last; m++) out.push({ month: monthString(m), base });
  return out;
}

export interface PasteResult {
  months: SiMonthInput[];
  /** 1-based line numbers that could not be read. */
  skipped: number[];
}

/**
 * Reads rows pasted from Excel or a CSV: month, base[, back-paid], in the grammar of the batch's cells
 * (src/applicant/cells.ts): months as 2023-01, 2023/1, 202301, 2023年1月 or a date such as 2023年1月31日; bases
 * with ¥, thousands separators or cents. Header rows and blank lines are skipped silently; unreadable data rows
 * are reported by line number.
 */
export function parsePastedMonths(text: string): PasteResult {
  const months: SiMonthInput[] = [];
  const skipped: number[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const cells = splitCells(line);
    const month = parseMonth(cells[0] ?? '');
    const base = parseYuanCell(cells[1] ?? '');
    if (month === null || !base.ok || base.value === undefined) {
      if (i > 0 || /\d/.test(line)) skipped.push(i + 1);
      return;
    }
    const backPaid = parseBackPaidCell(cells[2] ?? '');
    months.push({ month, base: base.value, backPaid: backPaid.ok && backPaid.value === true });
  });
  return { months, skipped };
}

/** Excel copies cells separated by tabs (numbers may keep "12,000"); otherwise `;`, `,` or spaces separate them. */
function splitCells(line: string): string[] {
  const sep = line.includes('\t') ? '\t' : line.includes(';') ? ';' : line.includes(',') ? ',' : /\s+/;
  return line
    .trim()
    .split(sep)
    .map((c) => c.trim());
}

/** A month as the batch reads it, or null. */
export function parseMonth(cell: string): string | null {
  const m = parseMonthCell(cell);
  return m.ok && m.value ? m.value : null;
}

/** Merges pasted months into the table: a pasted month replaces the same month already there. */
export function mergeMonths(existing: readonly SiMonthInput[], pasted: readonly SiMonthInput[]): SiMonthInput[] {
  const byMonth = new Map(existing.map((m) => [m.month, m]));
  for (const m of pasted) byMonth.set(m.month, m);
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)).slice(-MAX_SI_MONTHS);
}
