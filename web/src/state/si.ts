import { monthIndex, monthString } from '../../../src/engine/dates.ts';
import type { SiMonthInput } from './answers.ts';

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

/** Generates the monthly history quick mode stands for: round(12 × years) months (see QuickSi), all at one base. */
export function generateQuickHistory(q: QuickSi, date: string): SiMonthInput[] {
  const count = Math.min(MAX_SI_MONTHS, Math.max(0, Math.round(q.years * 12)));
  if (count === 0 || !(q.base > 0)) return [];
  const last = monthIndex(q.lastMonth || date);
  const first = q.lastMonth ? last - count + 1 : last - count;
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

const YES = /^(是|y|yes|true|1|补缴|补|✓|√)$/i;

/**
 * Reads rows pasted from Excel or a CSV: month, base[, back-paid]. Months may be written 2023-01, 2023/1,
 * 2023.1, 202301, 2023年1月 or as a date 2023/1/31; bases may carry thousands separators or decimals.
 * Header rows and blank lines are skipped silently; unreadable data rows are reported by line number.
 */
export function parsePastedMonths(text: string): PasteResult {
  const months: SiMonthInput[] = [];
  const skipped: number[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const cells = splitCells(line);
    const month = parseMonth(cells[0] ?? '');
    const base = parseYuan(cells[1] ?? '');
    if (month === null || base === null) {
      if (i > 0 || /\d/.test(line)) skipped.push(i + 1);
      return;
    }
    months.push({ month, base, backPaid: YES.test(cells[2] ?? '') });
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

export function parseMonth(cell: string): string | null {
  const m = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})|(\d{2}))(?:\s*月)?(?:[-/.]\d{1,2}(?:日)?)?$/.exec(cell.trim());
  if (!m) return null;
  const month = Number(m[2] ?? m[3]);
  if (month < 1 || month > 12) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}`;
}

export function parseYuan(cell: string): number | null {
  const clean = cell.replace(/[,，\s¥￥元]/g, '');
  if (!/^\d+(\.\d+)?$/.test(clean)) return null;
  return Math.round(Number(clean));
}

/** Merges pasted months into the table: a pasted month replaces the same month already there. */
export function mergeMonths(existing: readonly SiMonthInput[], pasted: readonly SiMonthInput[]): SiMonthInput[] {
  const byMonth = new Map(existing.map((m) => [m.month, m]));
  for (const m of pasted) byMonth.set(m.month, m);
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)).slice(-MAX_SI_MONTHS);
}
