import { daysInMonth } from '../core/calendar.ts';
import { type Msg, msg } from '../core/message.ts';
import { alternation, characters, words } from './words.ts';

/**
 * The one grammar of hand-typed values — spreadsheet cells in a batch, rows pasted into the web form. Each parser
 * returns the value, `undefined` for an empty cell, or an error message that says what is expected — never quoting
 * the cell (it may be personal data).
 */
export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; error: Msg };

const EMPTY = { ok: true, value: undefined } as const;
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(key: string, params?: Record<string, string | number>): Parsed<T> => ({
  ok: false,
  error: msg(`applicant:cells.${key}`, params),
});

const pad = (n: string) => n.padStart(2, '0');

// The marks of a date or amount written in words (2024年3月1日, 12000元), from the catalogue.
const [YEAR_MARK, MONTH_MARK, DAY_MARK] = words('dateMarks');
const DATE = new RegExp(`^(\\d{4})[-/.${YEAR_MARK}](\\d{1,2})[-/.${MONTH_MARK}](\\d{1,2})${DAY_MARK}?$`);
const MONTH = new RegExp(`^(\\d{4})\\s*[-/.${YEAR_MARK}]\\s*(\\d{1,2})\\s*${MONTH_MARK}?$`);
const UNIT = new RegExp(`(${alternation('units')})$`);
const YUAN = new RegExp(`(${alternation('yuan')})$`);
const YEARS = new RegExp(`(${alternation('years')})$`);
const BACK_PAID = new Set(words('backPaid'));
// Separators people type between thousands and between values, in either language (，；、 as well as , ;).
const THOUSANDS = new RegExp(`[${characters('thousandsSeparators')}\\s]`, 'g');
const LIST = new RegExp(`[${characters('listSeparators')}\\s]+`);
const LIST_OR_COMMA = new RegExp(`[${characters('listSeparators')}${characters('thousandsSeparators')}\\s]+`);

/** A cell already written YYYY-MM-DD, as most are: checked by character codes, returned as it is (no copy). */
function canonicalDate(s: string): Parsed<string> | undefined {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    if (i < 4) year = year * 10 + d;
    else if (i < 7) month = month * 10 + d;
    else day = day * 10 + d;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return bad('notADay');
  return ok(s);
}

/** 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301 → 2024-03-01. */
export function parseDateCell(raw: string): Parsed<string> {
  if (raw === '') return EMPTY;
  const fast = canonicalDate(raw);
  if (fast) return fast;
  const s = raw.trim();
  if (!s) return EMPTY;
  const m = DATE.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return bad('dateFormat');
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return bad('notADay');
  return ok(`${m[1]}-${pad(m[2] as string)}-${pad(m[3] as string)}`);
}

/** 2024-03, 2024/3, 2024年3月, 202403, or a full date (a spreadsheet turns "2024-03" into 2024-03-01) → 2024-03. */
export function parseMonthCell(raw: string): Parsed<string> {
  const s = raw.trim();
  if (!s) return EMPTY;
  const m = MONTH.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? ok(`${m[1]}-${pad(m[2] as string)}`) : bad('monthRange');
  }
  const d = parseDateCell(s);
  return d.ok && d.value ? ok(d.value.slice(0, 7)) : bad('monthFormat');
}

const YES = new Set(words('yes'));
const NO = new Set(words('no'));
/** The common cells, compared before anything else: the first Chinese word of each. */
const [YES_FIRST, NO_FIRST] = [words('yes')[0], words('no')[0]];

const TRUE = ok(true);
const FALSE = ok(false);

export function parseBoolCell(raw: string): Parsed<boolean> {
  // The common cells first, without trimming or lower-casing a copy.
  if (raw === '') return EMPTY;
  if (raw === YES_FIRST) return TRUE;
  if (raw === NO_FIRST) return FALSE;
  const s = raw.trim().toLowerCase();
  if (!s) return EMPTY;
  if (YES.has(s)) return TRUE;
  if (NO.has(s)) return FALSE;
  return bad('yesNo');
}

/** A whole number, with thousands separators and a trailing 元/个/人/年/月 allowed. */
export function parseIntCell(raw: string, max = Number.MAX_SAFE_INTEGER): Parsed<number> {
  if (raw === '') return EMPTY;
  if (raw.length < 16 && DIGITS.test(raw)) {
    const n = Number(raw);
    return n <= max ? ok(n) : bad('atMost', { max: String(max) });
  }
  const s = raw.trim().replace(THOUSANDS, '').replace(UNIT, '');
  if (!s) return EMPTY;
  if (!/^\d+(\.0+)?$/.test(s)) return bad('wholeNumber');
  const n = Number.parseInt(s, 10);
  return n <= max ? ok(n) : bad('atMost', { max: String(max) });
}

const DIGITS = /^\d+$/;

/** Yuan as people copy them from a statement: ¥/￥ and 元 allowed, thousands separators, cents rounded to the yuan. */
export function parseYuanCell(raw: string, max = Number.MAX_SAFE_INTEGER): Parsed<number> {
  if (raw === '' || (raw.length < 16 && DIGITS.test(raw))) return parseIntCell(raw, max);
  const s = raw
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(THOUSANDS, '')
    .replace(YUAN, '');
  if (!s) return EMPTY;
  if (!/^\d+(\.\d+)?$/.test(s)) return bad('yuan');
  const n = Math.round(Number(s));
  return n <= max ? ok(n) : bad('atMost', { max: String(max) });
}

/** The back-paid mark: yes/no, or the words a statement uses for it (补缴, 补). */
export function parseBackPaidCell(raw: string): Parsed<boolean> {
  const s = raw.trim();
  return BACK_PAID.has(s) ? TRUE : parseBoolCell(raw);
}

/** Years as a number with at most one decimal (3, 2.5): converted to whole months. */
export function parseYearsCell(raw: string): Parsed<number> {
  const s = raw.trim().replace(YEARS, '');
  if (!s) return EMPTY;
  if (!/^\d{1,2}(\.\d)?$/.test(s)) return bad('years');
  return ok(Math.round(Number(s) * 12));
}

/** Several values in one cell, separated by ; ；、 or spaces (and commas, unless they may be thousands separators). */
export function splitList(raw: string, commas = true): string[] {
  return raw
    .split(commas ? LIST_OR_COMMA : LIST)
    .map((x) => x.trim())
    .filter(Boolean);
}

export function parseEnumCell<T extends string | number>(raw: string, table: Readonly<Record<string, T>>, expected: Msg): Parsed<T> {
  if (raw === '') return EMPTY;
  const s = raw.trim();
  if (!s) return EMPTY;
  const hit = table[s] ?? table[s.toLowerCase()];
  return hit ? ok(hit) : { ok: false, error: expected };
}
