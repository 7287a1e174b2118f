/**
 * Batch input files for the fuzz targets: generated sheets in the CLI layout (docs/cli.md), written as CSV
 * (UTF-8, UTF-8 with BOM, or GB18030; LF or CRLF; quoted when needed or always) or XLSX, with the physical
 * line each record starts on — the line number the output must report for it.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { COLUMNS } from '../../../src/batch/layout.ts';
import { dateBetween, validIdNumber } from './arbitraries.ts';

/** A scratch folder on tmpfs when there is one (fuzzing writes a file per case). */
export function scratchDir(prefix: string): string {
  let base = tmpdir();
  try {
    if (statSync('/dev/shm').isDirectory()) base = '/dev/shm';
  } catch {
    // no tmpfs: the system temporary folder
  }
  return mkdtempSync(join(base, prefix));
}

const pad = (n: number) => String(n).padStart(2, '0');

const dateCell = fc.oneof(
  { weight: 5, arbitrary: dateBetween('1950-01-01', '2030-12-31') },
  {
    weight: 2,
    arbitrary: dateBetween('1950-01-01', '2030-12-31').chain((d) => {
      const [y, m, day] = d.split('-').map(Number) as [number, number, number];
      return fc.constantFrom(`${y}/${m}/${day}`, `${y}.${m}.${day}`, `${y}年${m}月${day}日`, `${y}${pad(m)}${pad(day)}`, ` ${d} `);
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2023-02-29', '2024-13-01', '2024-00-10', '24-1-1', 'yesterday', '0000-00-00', '2024-02-29', '2024/2/30'),
  },
);
const monthCell = fc.oneof(
  dateBetween('2000-01-01', '2030-12-31').map((d) => d.slice(0, 7)),
  dateBetween('2000-01-01', '2030-12-31').map((d) => `${d.slice(0, 4)}/${Number(d.slice(5, 7))}`),
  fc.constantFrom('2024-13', '202400', '2024年3月', '2024-03-01', 'march'),
);
const intCell = fc.oneof(
  fc.integer({ min: 0, max: 60_000 }).map(String),
  fc.integer({ min: 0, max: 60_000 }).map((n) => `${n.toLocaleString('en-US')}元`),
  fc.constantFrom('-1', '1.5', '8.0', '99999999999999999999', '１２', 'NaN', '0x10', '1e5'),
);
const yesNo = fc.constantFrom('是', '否', 'yes', 'no', 'Y', 'N', '1', '0', 'true', '√', '×', '也许', 'maybe');
const years = fc.oneof(fc.integer({ min: 0, max: 20 }).map(String), fc.constantFrom('2.5', '0.1', '3年', '100', '-2', '1.25'));
const dateList = fc.array(dateCell, { maxLength: 3 }).map((ds) => ds.join(';'));

const CHOICE_EXTRA = ['', 'x', 'unknown', '本科 ', ' 硕士', 'BACHELOR', '三级', '5', '高级技师'];

/** Text a person could type, including what CSV must quote: commas, quotes, line breaks, and CJK. */
export const freeText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '张三',
      'A001',
      'a,b',
      'say "hi"',
      'two\nlines',
      'cr\r\nlf',
      '  padded  ',
      '\u3000',
      '＝SUM(A1)',
      '=1+1',
      "'0012",
      '\ufeffbom',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }).map((s) => s.replace(/[\ud800-\udfff]/g, '')) },
);

/** A huge field (100 KB – 1 MB), rarely. */
const hugeText = fc.integer({ min: 100_000, max: 1_000_000 }).map((n) => '长'.repeat(n / 4) + 'x'.repeat(n - n / 4));

const CORE = [
  { key: 'birthDate', text: '出生日期' },
  { key: 'education', text: '学历' },
  { key: 'siMonths', text: '社保月数' },
  { key: 'siBase', text: '月缴费基数' },
];

/** A value a careful person would type in the column: valid, or empty (the core columns always filled). */
function cleanCellFor(key: string): fc.Arbitrary<string> {
  const def = COLUMNS.find((c) => c.key === key);
  const type = def?.type.en ?? 'text';
  let typed: fc.Arbitrary<string>;
  if (key === 'birthDate') return dateBetween('1975-01-01', '2003-12-31');
  if (key === 'education') return fc.constantFrom('本科学士', '硕士', '博士', '大专', '本科');
  if (key === 'siMonths') return fc.integer({ min: 6, max: 120 }).map(String);
  if (key === 'siBase') return fc.integer({ min: 7000, max: 36_000 }).map(String);
  if (key === 'idNumber') typed = validIdNumber;
  else if (def?.choices) typed = fc.constantFrom(...def.choices);
  else if (type.startsWith('dates')) typed = dateBetween('2015-01-01', '2025-02-28');
  else if (type.startsWith('date')) typed = dateBetween('2000-01-01', '2025-02-28');
  else if (type.startsWith('month')) typed = dateBetween('2015-01-01', '2025-02-28').map((d) => d.slice(0, 7));
  else if (type.startsWith('years')) typed = fc.integer({ min: 0, max: 8 }).map(String);
  else if (type.startsWith('whole') || type.startsWith('yuan')) typed = fc.integer({ min: 1, max: 40_000 }).map(String);
  else if (type.startsWith('yes/no')) typed = fc.constantFrom('是', '否');
  else typed = fc.constantFrom('A001', '张三', '工程师');
  return fc.oneof({ weight: 1, arbitrary: typed }, { weight: 2, arbitrary: fc.constant('') });
}

function cellFor(key: string): fc.Arbitrary<string> {
  const def = COLUMNS.find((c) => c.key === key);
  const type = def?.type.en ?? 'text';
  let typed: fc.Arbitrary<string>;
  if (key === 'idNumber') typed = fc.oneof(validIdNumber, fc.constantFrom('110105198001010017', '123', 'x'.repeat(18)));
  else if (def?.choices) typed = fc.constantFrom(...def.choices, ...CHOICE_EXTRA);
  else if (type.startsWith('dates')) typed = dateList;
  else if (type.startsWith('date')) typed = dateCell;
  else if (type.startsWith('month')) typed = monthCell;
  else if (type.startsWith('years')) typed = years;
  else if (type.startsWith('whole') || type.startsWith('yuan')) typed = intCell;
  else if (type.startsWith('yes/no')) typed = yesNo;
  else typed = freeText;
  return fc.oneof({ weight: 6, arbitrary: typed }, { weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: freeText });
}

export interface SheetSpec {
  headers: string[];
  /** Layout key of each header, or null for an unknown column. */
  keys: (string | null)[];
  records: string[][];
  /** Blank lines before the header row. */
  leading: number;
}

/** A header naming a layout column: its Chinese name or key, in any case, sometimes with a bracketed hint. */
const knownHeader = fc.tuple(fc.constantFrom(...COLUMNS), fc.constantFrom('zh', 'key', 'KEY', 'hint')).map(([c, how]) => ({
  key: c.key,
  text: how === 'zh' ? c.zh : how === 'key' ? c.key : how === 'KEY' ? ` ${c.key.toUpperCase()} ` : `${c.zh}（${c.type.zh}）`,
}));
const unknownHeader = fc
  .string({ minLength: 1, maxLength: 10 })
  .map((s) => ({ key: null as string | null, text: `zz${s.replace(/[\r\n"]/g, '')}` }));

/**
 * A sheet: a header with at least one layout column (birthDate usually among them), then records whose
 * cells fit the columns — some short, some with cells beyond the header, some blank, rarely a huge one.
 */
export const sheetSpec: fc.Arbitrary<SheetSpec> = fc
  .record({
    columns: fc.uniqueArray(knownHeader, { minLength: 1, maxLength: 12, selector: (h) => h.key }),
    withBirth: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
    core: fc.boolean(),
    unknown: fc.array(unknownHeader, { maxLength: 2 }),
    leading: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }),
    rows: fc.integer({ min: 0, max: 12 }),
    seed: fc.integer(),
  })
  .chain(({ columns, withBirth, core, unknown, leading, rows }) => {
    const cols = [...columns];
    // Half the sheets carry what an eligible applicant needs (birth date, education, months and base of SI).
    const needed = core ? CORE : withBirth ? [CORE[0] as { key: string; text: string }] : [];
    for (const c of [...needed].reverse()) if (!cols.some((x) => x.key === c.key)) cols.unshift(c);
    const all = [...cols, ...unknown];
    const recordArb = fc.oneof(
      { weight: 100, arbitrary: fc.tuple(...all.map((h) => (h.key ? cellFor(h.key) : freeText))) },
      { weight: 60, arbitrary: fc.tuple(...all.map((h) => (h.key ? cleanCellFor(h.key) : freeText))) },
      { weight: 20, arbitrary: fc.array(fc.constantFrom('', ' ', '\t'), { minLength: 1, maxLength: all.length }) },
      {
        weight: 20,
        arbitrary: fc
          .tuple(...all.map((h) => (h.key ? cellFor(h.key) : freeText)))
          .chain((r) => fc.integer({ min: 0, max: r.length }).map((n) => r.slice(0, Math.max(1, n)))),
      },
      { weight: 20, arbitrary: fc.tuple(...all.map((h) => (h.key ? cellFor(h.key) : freeText)), freeText, freeText) },
      { weight: 1, arbitrary: fc.tuple(...all.map(() => fc.constant(''))).chain((r) => hugeText.map((h) => [...r.slice(1), h])) },
    );
    return fc.array(recordArb, { minLength: rows, maxLength: rows }).map((records) => ({
      headers: all.map((h) => h.text),
      keys: all.map((h) => h.key),
      records: records.map((r) => [...r]),
      leading,
    }));
  });

export type CsvEncodingChoice = 'utf8' | 'utf8-bom' | 'gb18030';

export interface CsvStyle {
  encoding: CsvEncodingChoice;
  eol: '\n' | '\r\n';
  quoteAll: boolean;
  finalEol: boolean;
}

export const csvStyle: fc.Arbitrary<CsvStyle> = fc.record({
  encoding: fc.constantFrom<CsvEncodingChoice>('utf8', 'utf8', 'utf8-bom', 'gb18030'),
  eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  quoteAll: fc.boolean(),
  finalEol: fc.boolean(),
});

function quote(cell: string, all: boolean): string {
  return all || /[",\r\n]/.test(cell) || cell === '' ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The file's bytes, and the line each record (after the header) starts on. */
export function writeCsv(spec: SheetSpec, style: CsvStyle): { bytes: Buffer; lines: number[]; headerLine: number } {
  const parts: string[] = [];
  let line = 1;
  const lines: number[] = [];
  for (let i = 0; i < spec.leading; i++) {
    parts.push('');
    line++;
  }
  const headerLine = line;
  const rows = [spec.headers, ...spec.records];
  rows.forEach((cells, i) => {
    // An empty cell of a one-cell record is written as "" so the record is not an empty line; otherwise as nothing.
    const text = cells.map((c) => (c === '' && cells.length > 1 && !style.quoteAll ? '' : quote(c, style.quoteAll))).join(',');
    if (i > 0) lines.push(line);
    parts.push(text);
    // A line break inside a quoted cell is CRLF, LF or a lone CR: each starts a new physical line.
    line += (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
  });
  const text = parts.join(style.eol) + (style.finalEol ? style.eol : '');
  const bytes =
    style.encoding === 'gb18030'
      ? iconv.encode(text, 'gb18030')
      : Buffer.concat([style.encoding === 'utf8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  return { bytes, lines, headerLine };
}

/** Values an XLSX cell can hold besides text: numbers, dates, booleans, rich text, formulas with a result. */
export type XlsxCell = string | number | boolean | Date | { richText: { text: string }[] } | { formula: string; result: string | number };

export function xlsxCell(text: string, n: number): XlsxCell {
  // Turn some cells into other cell types with the same text value (cellText maps them back).
  if (text !== '' && /^\d{1,9}$/.test(text) && n % 3 === 0) return Number(text);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date && n % 3 === 1 && Number(date[1]) >= 1900) return new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
  if (text !== '' && n % 7 === 2) {
    const [first = '', ...rest] = text;
    return { richText: [{ text: first }, { text: rest.join('') }] };
  }
  if (text !== '' && n % 11 === 3) return { formula: 'T("x")', result: text };
  return text;
}

/** Drops what XML 1.0 cannot hold: control characters other than tab, LF and CR, and U+FFFE/U+FFFF. */
function xmlSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) continue;
    out += ch;
  }
  return out;
}

/** The text cellText (xlsx-source.ts) gives back for a generated cell. */
export function xlsxText(cell: XlsxCell): string {
  // XML turns every CRLF and lone CR of a text into LF.
  if (typeof cell === 'string') return cell.replace(/\r\n?/g, '\n');
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if ('richText' in cell) return xlsxText(cell.richText.map((r) => r.text).join(''));
  return xlsxText(String(cell.result));
}

/**
 * An .xlsx of the sheet: the header on row 1 + leading, records on the following rows (a record of only
 * empty cells is left out of the file, as spreadsheets do), optionally a 社保明细 history sheet first.
 */
export async function writeXlsx(
  spec: SheetSpec,
  historyFirst: boolean,
): Promise<{ bytes: Buffer; lines: number[]; texts: string[][]; headerLine: number }> {
  // Loaded on use: the batch reader must install its exceljs fix (exceljs-fixes.ts) before exceljs first loads.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  if (historyFirst) wb.addWorksheet('社保明细').addRow(['编号', '月份', '缴费基数']);
  const ws = wb.addWorksheet('申请人');
  const headerLine = 1 + spec.leading;
  ws.getRow(headerLine).values = spec.headers;
  const lines: number[] = [];
  const texts: string[][] = [];
  let n = 0;
  spec.records.forEach((record, i) => {
    const line = headerLine + 1 + i;
    lines.push(line);
    // XML allows no control characters; a spreadsheet cell holds at most 32,767 characters.
    const cells = record.map((t) => xlsxCell(xmlSafe(t).slice(0, 32_767), n++));
    texts.push(cells.map(xlsxText));
    if (cells.some((c) => xlsxText(c) !== '')) ws.getRow(line).values = cells as ExcelJS.CellValue[];
  });
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), lines, texts, headerLine };
}
