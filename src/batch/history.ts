import { extname } from 'node:path';
import { parseBackPaidCell, parseBoolCell, parseMonthCell, parseYuanCell } from '../applicant/cells.ts';
import { msg, type Said } from '../core/message.ts';
import { detectCsvEncoding } from './csv/encoding.ts';
import { csvSource } from './csv/source.ts';
import { mapHeaders } from './headers.ts';
import type { HistoryEntry } from './history-types.ts';
import { HISTORY_COLUMNS } from './layout.ts';
import { type Sheet, splitHeader } from './sheet.ts';
import { xlsxSource } from './xlsx/source.ts';

/**
 * The monthly history, keyed by 编号. It is joined to the applicant rows, so it is held in memory
 * (about 100 bytes a month): the applicant sheet streams, the history is bounded by its own size.
 */
export interface History {
  byReference: Map<string, HistoryEntry>;
  /** Lines with no 编号: they cannot belong to anyone. */
  withoutReference: number[];
  unknownHeaders: string[];
  encoding?: string | undefined;
  rows: number;
}

const REQUIRED = msg('batch:cells.required');

export async function loadHistory(path: string, fromWorkbookSheet: boolean): Promise<History | undefined> {
  let encoding: string | undefined;
  let sheet: Sheet | undefined;
  if (fromWorkbookSheet) sheet = await splitHeader(xlsxSource(path, 'history'));
  else if (extname(path).toLowerCase() === '.xlsx') {
    // A workbook of its own: its 社保明细 sheet if it has one, else its first sheet.
    sheet = (await splitHeader(xlsxSource(path, 'history'))) ?? (await splitHeader(xlsxSource(path, 'first')));
  } else {
    encoding = await detectCsvEncoding(path);
    sheet = await splitHeader(csvSource(path, encoding === 'gb18030' ? 'gb18030' : 'utf8'));
  }
  if (!sheet)
    return fromWorkbookSheet ? undefined : { byReference: new Map(), withoutReference: [], unknownHeaders: [], encoding, rows: 0 };
  const map = mapHeaders(sheet.headers, HISTORY_COLUMNS);
  const history: History = { byReference: new Map(), withoutReference: [], unknownHeaders: map.unknown, encoding, rows: 0 };
  for await (const row of sheet.rows) {
    history.rows++;
    const get = (key: string) => {
      const i = map.keys.indexOf(key);
      return i < 0 ? '' : (row.cells[i] ?? '');
    };
    const reference = get('reference').trim();
    if (!reference) {
      if (row.cells.some((c) => c.trim())) history.withoutReference.push(row.line);
      continue;
    }
    let entry = history.byReference.get(reference);
    if (!entry) {
      entry = { months: [], lines: [], errors: [] };
      history.byReference.set(reference, entry);
    }
    const errors: { column: string; message: Said }[] = [];
    const month = parseMonthCell(get('month'));
    const base = parseYuanCell(get('base'));
    const flags = ['backPaid', 'employerMatchesContract', 'taxMatches'].map((k) => ({
      k,
      r: k === 'backPaid' ? parseBackPaidCell(get(k)) : parseBoolCell(get(k)),
    }));
    if (!month.ok) errors.push({ column: 'month', message: month.error });
    else if (!month.value) errors.push({ column: 'month', message: REQUIRED });
    if (!base.ok) errors.push({ column: 'base', message: base.error });
    else if (base.value === undefined) errors.push({ column: 'base', message: REQUIRED });
    for (const { k, r } of flags) if (!r.ok) errors.push({ column: k, message: r.error });
    if (row.error) errors.push({ column: 'month', message: row.error });
    if (errors.length) {
      for (const e of errors) entry.errors.push({ line: row.line, ...e });
      continue;
    }
    const flag = (k: string, dflt: boolean) => {
      const r = flags.find((f) => f.k === k)?.r;
      return r?.ok && r.value !== undefined ? r.value : dflt;
    };
    entry.months.push({
      month: month.ok ? (month.value as string) : '',
      base: base.ok ? (base.value as number) : 0,
      backPaid: flag('backPaid', false),
      employerMatchesContract: flag('employerMatchesContract', true),
      taxMatches: flag('taxMatches', true),
    });
    entry.lines.push(row.line);
  }
  return history;
}
