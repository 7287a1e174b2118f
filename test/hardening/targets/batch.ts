/**
 * Fuzz targets of the batch reader (`hujifen batch`): generated sheets in the layout, written as CSV in
 * several encodings and styles or as XLSX; the same with bytes corrupted; and random bytes. The reader must
 * never crash, and rows in = rows out: every record after the header comes out once, in order, on its own
 * line number, with a status or the reason it could not be read.
 */
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsvSync } from 'csv-parse/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { detectCsvEncoding } from '../../../src/batch/csv/encoding.ts';
import { CSV_PARSE_OPTIONS, csvSource } from '../../../src/batch/csv/source.ts';
import { mapHeaders } from '../../../src/batch/headers.ts';
import { COLUMNS } from '../../../src/batch/layout.ts';
import { ALL_RESULT_HEADERS, RESULT_KEYS, resultHeaders } from '../../../src/batch/result-columns.ts';
import { assessRow } from '../../../src/batch/row/assess.ts';
import type { RowOut, RowSetup } from '../../../src/batch/row/types.ts';
import { splitHeader } from '../../../src/batch/sheet.ts';
import { SheetError } from '../../../src/batch/sheet-error.ts';
import type { Source } from '../../../src/batch/source.ts';
import { xlsxSource } from '../../../src/batch/xlsx/source.ts';
import { runBatch } from '../../../src/cli/batch/run.ts';
import { CliError, describeError } from '../../../src/cli/errors.ts';
import { EXIT } from '../../../src/cli/exit-codes.ts';
import { STATUS } from '../../../src/explain/words.ts';
import { say, text } from '../../../src/messages/catalogue.ts';
import { type CsvStyle, csvStyle, type SheetSpec, scratchDir, sheetSpec, writeCsv, writeXlsx } from '../lib/sheets.ts';
import { count, type FuzzTarget } from '../lib/target.ts';

const DATE = '2025-03-01';
/** The standard score on DATE (policy/aggregation.json): the result headers name it. */
const STANDARD = 120;
const STATUSES = new Set(Object.values(STATUS).flatMap((m) => [text(m).zh, text(m).en]));
const LAST = RESULT_KEYS.length - 1;
const UNREADABLE = { zh: '无法读取', en: 'unreadable' };

export interface ReadOutcome {
  refused?: 'noData' | 'notHeader';
  keep: number;
  rows: RowOut[];
  trailing: number;
}

function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** The reading half of runBatch, without the writer: source → header → rows → assessRow, as run.ts does it. */
export async function readAndAssess(path: string, format: 'csv' | 'xlsx'): Promise<ReadOutcome> {
  let source: Source;
  if (format === 'xlsx') source = xlsxSource(path, 'main');
  else source = csvSource(path, (await detectCsvEncoding(path)) === 'gb18030' ? 'gb18030' : 'utf8');
  const sheet = await splitHeader(source);
  if (!sheet) return { refused: 'noData', keep: 0, rows: [], trailing: 0 };
  const map = mapHeaders(sheet.headers, COLUMNS, ALL_RESULT_HEADERS);
  if (map.present.size === 0) {
    for await (const _ of sheet.rows); // read to the end: the file is closed when its stream ends
    return { refused: 'notHeader', keep: 0, rows: [], trailing: 0 };
  }
  const keep = sheet.headers.map((_, i) => i).filter((i) => !map.previous.includes(i));
  const setup: RowSetup = { date: DATE, lang: 'zh', keys: map.keys, keep };
  const rows: RowOut[] = [];
  for await (const row of sheet.rows) rows.push(assessRow({ line: row.line, cells: row.cells, error: row.error }, setup));
  return { keep: keep.length, rows, trailing: sheet.trailingBlank() };
}

/** What every output row must be, whatever the input: its line, then a status with a total, or a reason. */
function assertRowShape(out: ReadOutcome, tally: Map<string, number>): void {
  let previous = 0;
  for (const r of out.rows) {
    const result = r.cells.slice(out.keep);
    assert.equal(result.length, RESULT_KEYS.length, 'every row has every result column');
    const line = result[0] as number;
    assert.ok(Number.isInteger(line) && line > previous, `line numbers increase (${previous} → ${line})`);
    previous = line;
    count(tally, r.kind);
    if (r.kind === 'unreadable' || r.kind === 'blank') {
      assert.ok(String(result[LAST]).length > 0, `line ${line}: ${r.kind} without a reason`);
      assert.equal(result[2], '', `line ${line}: ${r.kind} with a total`);
    } else {
      assert.ok(STATUSES.has(String(result[1])), `line ${line}: status ${String(result[1])}`);
      assert.ok(typeof result[2] === 'number' && result[2] >= 0, `line ${line}: total ${String(result[2])}`);
      assert.equal(result[LAST], '', `line ${line}: an assessed row with an error`);
    }
  }
}

/** Asserts the outcome of a generated sheet: one output row per record up to the last non-blank one, on its line. */
function assertSheet(
  spec: SheetSpec,
  out: ReadOutcome,
  lines: number[],
  cells: { texts?: string[][]; exact: boolean },
  tally: Map<string, number>,
): void {
  const texts = cells.texts;
  assert.equal(out.refused, undefined, 'a sheet with a layout header is read');
  assertRowShape(out, tally);
  let last = -1;
  spec.records.forEach((r, i) => {
    if (!isBlankRecord(texts?.[i] ?? r)) last = i;
  });
  assert.equal(out.rows.length, last + 1, `rows in = rows out (${spec.records.length} records, last non-blank at ${last})`);
  const width = spec.headers.length;
  out.rows.forEach((row, i) => {
    const record = texts?.[i] ?? (spec.records[i] as string[]);
    assert.equal(row.cells[out.keep], lines[i], `record ${i} starts on line ${lines[i]}`);
    if (cells.exact) {
      // A blank row inside the data comes out as a blank row (its whitespace is not kept).
      const expected = Array.from({ length: width }, (_, j) => (isBlankRecord(record) ? '' : (record[j] ?? '')));
      assert.deepEqual(row.cells.slice(0, out.keep), expected, `record ${i}: the input cells come out unchanged`);
    }
    const extra = record.slice(width).some((c) => c.trim() !== '');
    if (isBlankRecord(record)) assert.equal(row.kind, 'blank', `record ${i} is blank`);
    else if (extra) assert.equal(row.kind, 'unreadable', `record ${i} has cells beyond the header`);
    else if (!spec.keys.includes('birthDate')) assert.equal(row.kind, 'unreadable', `record ${i}: no birth date column`);
  });
}

/** Bytes that make CSV structure: separators, quotes, line breaks, BOMs, UTF-8 and GBK fragments, invalid bytes. */
const csvToken = fc.oneof(
  fc.constantFrom(',', '"', '\n', '\r\n', '\r', '""', ' ', '\t', 'a', '1', '2024-03-01', '本科学士', '是'),
  fc.constantFrom(
    ...[[0xef, 0xbb, 0xbf], [0xe4, 0xb8], [0xd6, 0xd0], [0xff], [0xc0, 0x80], [0x00], [0x84, 0x31, 0x95, 0x33]].map((b) => Buffer.from(b)),
  ),
  fc.uint8Array({ maxLength: 8 }).map((b) => Buffer.from(b)),
);
const HEADER_PREFIXES = ['', '出生日期,学历,编号\n', 'birthDate,education,reference\r\n', '\ufeff出生日期,学历\n'];
export const randomCsvBytes: fc.Arbitrary<Buffer> = fc
  .tuple(fc.constantFrom(...HEADER_PREFIXES), fc.array(csvToken, { maxLength: 200 }), fc.integer({ min: 0, max: 20 }))
  .map(([prefix, tokens, repeat]) => {
    const body = Buffer.concat(tokens.map((t) => (typeof t === 'string' ? Buffer.from(t) : t)));
    // Sometimes large, so the reader's 64 KiB chunks split records and multi-byte characters.
    return Buffer.concat([Buffer.from(prefix), ...Array.from({ length: repeat > 17 ? 400 : 1 }, () => body)]);
  });

/** Corrupts a valid file: flips, inserts or deletes bytes, or cuts it short. */
function corrupt(bytes: Buffer, edits: Edit[]): Buffer {
  let b = Buffer.from(bytes);
  for (const e of edits) {
    const at = b.length ? e.at % b.length : 0;
    if (e.how === 0) b[at] = e.byte;
    else if (e.how === 1) b = Buffer.concat([b.subarray(0, at), Buffer.from([e.byte]), b.subarray(at)]);
    else if (e.how === 2) b = Buffer.concat([b.subarray(0, at), b.subarray(at + 1)]);
    else b = b.subarray(0, at);
  }
  return b;
}
const edits = fc.array(fc.record({ at: fc.nat(), how: fc.integer({ min: 0, max: 3 }), byte: fc.integer({ min: 0, max: 255 }) }), {
  minLength: 1,
  maxLength: 4,
});

/** An independent count of the records csv-parse sees in the whole file at once (no streaming, no chunks). */
function recordsAtOnce(bytes: Buffer): ('blank' | 'data' | 'error')[] {
  const text = isUtf8(bytes) ? bytes.toString('utf8') : iconv.decode(bytes, 'gb18030');
  const kinds: ('blank' | 'data' | 'error')[] = [];
  parseCsvSync(text, {
    ...CSV_PARSE_OPTIONS,
    info: false,
    on_record: (record: string[]) => {
      // csv-parse hands the record here wrapped with its info despite `info: false` (7.0): take the cells either way.
      const cells = Array.isArray(record) ? record : (record as { record: string[] }).record;
      kinds.push(isBlankRecord(cells) ? 'blank' : 'data');
      return record;
    },
    on_skip: (err) => {
      if (err) kinds.push('error');
    },
  });
  return kinds;
}

type Edit = { at: number; how: number; byte: number };
type CsvCase =
  | { kind: 'sheet'; spec: SheetSpec; style: CsvStyle }
  | { kind: 'corrupted'; spec: SheetSpec; style: CsvStyle; edits: Edit[] }
  | { kind: 'bytes'; bytes: Buffer };

export function csvReaderTarget(): FuzzTarget<CsvCase> {
  const tally = new Map<string, number>();
  let dir = '';
  let n = 0;
  return {
    name: 'csv-reader',
    proves:
      'the CSV reader (encoding detection, csv-parse stream, header, row builder, assessRow) never crashes; rows in = rows out on the right lines with a status or a reason, in UTF-8, UTF-8+BOM and GB18030, LF or CRLF, quoted or not, with huge fields; corrupted files and random bytes are read row by row the way csv-parse reads the whole file at once',
    async: true,
    arbitrary: fc.oneof(
      { weight: 6, arbitrary: fc.record({ kind: fc.constant('sheet' as const), spec: sheetSpec, style: csvStyle }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('corrupted' as const), spec: sheetSpec, style: csvStyle, edits }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('bytes' as const), bytes: randomCsvBytes }) },
    ),
    tally,
    mustSee: (runs) => [
      'sheet',
      'corrupted',
      'bytes',
      'gb18030',
      'unreadable',
      ...(runs >= 200 ? ['blank', 'scored', 'huge', 'refused'] : []),
    ],
    async setup() {
      dir = scratchDir('hujifen-fuzz-csv-');
    },
    async teardown() {
      rmSync(dir, { recursive: true, force: true });
    },
    async check(c) {
      const path = join(dir, `case-${n++ % 8}.csv`);
      count(tally, c.kind);
      if (c.kind === 'sheet') {
        const { bytes, lines } = writeCsv(c.spec, c.style);
        writeFileSync(path, bytes);
        if (c.style.encoding === 'gb18030' && !isUtf8(bytes)) count(tally, 'gb18030');
        if (bytes.length > 100_000) count(tally, 'huge');
        const out = await readAndAssess(path, 'csv');
        // A GB18030 file whose bytes happen to be valid UTF-8 is read as UTF-8 (detection cannot tell): structure holds, text may not.
        const exact = c.style.encoding !== 'gb18030' || !isUtf8(bytes) || bytes.every((b) => b < 0x80);
        assertSheet(c.spec, out, lines, { exact }, tally);
        if (!exact) count(tally, 'ambiguous-encoding');
        return;
      }
      const bytes = c.kind === 'bytes' ? c.bytes : corrupt(writeCsv(c.spec, c.style).bytes, c.edits);
      writeFileSync(path, bytes);
      const out = await readAndAssess(path, 'csv');
      if (out.refused) count(tally, 'refused');
      assertRowShape(out, tally);
      const kinds = recordsAtOnce(bytes);
      const header = kinds.findIndex((k) => k !== 'blank');
      if (header < 0) return assert.equal(out.refused, 'noData', 'a file of blank lines has no data');
      if (out.refused) return;
      const after = kinds.slice(header + 1);
      const lastData = after.findLastIndex((k) => k !== 'blank');
      assert.equal(out.rows.length, lastData + 1, 'rows in = rows out (as csv-parse reads the whole file)');
      assert.equal(out.trailing, after.length - lastData - 1, 'trailing blank lines');
      out.rows.forEach((r, i) => {
        const expected = after[i] === 'blank' ? 'blank' : after[i] === 'error' ? 'unreadable' : undefined;
        if (expected) assert.equal(r.kind, expected, `row ${i + 1} after the header`);
        else assert.notEqual(r.kind, 'blank', `row ${i + 1} after the header has data`);
      });
    },
  };
}

/** Fails a case that takes too long: a reader that hangs on a bad file is a bug, not a slow case. */
async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** An error a user can act on: the file is not valid input (exit 3, zh and en), never "this is a bug". */
function assertRefusedFile(error: unknown): asserts error is CliError | SheetError {
  if (!(error instanceof CliError || error instanceof SheetError)) throw error;
  const said = text(error.text);
  assert.equal(describeError(error, 'en').code, EXIT.invalidInput, `exit code of "${said.en}"`);
  assert.ok(said.zh && said.en, 'the message is in zh and en');
}

const notXlsx = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
  fc.constantFrom(
    Buffer.from('PK\x03\x04garbage'),
    Buffer.from('出生日期,学历\n2000-01-01,本科\n'),
    Buffer.alloc(0),
    Buffer.from('PK\x05\x06'.padEnd(22, '\0')),
  ),
);

type XlsxCase =
  | { kind: 'sheet'; spec: SheetSpec; historyFirst: boolean }
  | { kind: 'corrupted'; spec: SheetSpec; edits: Edit[] }
  | { kind: 'bytes'; bytes: Buffer };

export function xlsxReaderTarget(): FuzzTarget<XlsxCase> {
  const tally = new Map<string, number>();
  let dir = '';
  let n = 0;
  return {
    name: 'xlsx-reader',
    proves:
      'the XLSX reader never crashes or hangs: generated workbooks (numbers, dates, rich text, formulas, gaps, a history sheet first) come out row for row on their row numbers; corrupted and non-XLSX files are refused with a clear input error (exit 3)',
    async: true,
    arbitrary: fc.oneof(
      { weight: 5, arbitrary: fc.record({ kind: fc.constant('sheet' as const), spec: sheetSpec, historyFirst: fc.boolean() }) },
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('corrupted' as const), spec: sheetSpec, edits }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('bytes' as const), bytes: notXlsx }) },
    ),
    tally,
    mustSee: (runs) => ['sheet', 'corrupted', 'bytes', 'refused-file', ...(runs >= 200 ? ['unreadable', 'scored'] : [])],
    async setup() {
      dir = scratchDir('hujifen-fuzz-xlsx-');
    },
    async teardown() {
      rmSync(dir, { recursive: true, force: true });
    },
    async check(c) {
      const path = join(dir, `case-${n++ % 8}.xlsx`);
      count(tally, c.kind);
      if (c.kind === 'sheet') {
        const { bytes, lines, texts } = await writeXlsx(c.spec, c.historyFirst);
        writeFileSync(path, bytes);
        const out = await within(20_000, 'reading a workbook', readAndAssess(path, 'xlsx'));
        assertSheet(c.spec, out, lines, { texts, exact: true }, tally);
        return;
      }
      const bytes = c.kind === 'bytes' ? c.bytes : corrupt((await writeXlsx(c.spec, false)).bytes, c.edits);
      writeFileSync(path, bytes);
      let out: ReadOutcome;
      try {
        out = await within(20_000, 'reading a damaged workbook', readAndAssess(path, 'xlsx'));
      } catch (error) {
        assertRefusedFile(error);
        return count(tally, 'refused-file');
      }
      if (out.refused) count(tally, 'refused');
      assertRowShape(out, tally);
    },
  };
}

type BatchCase = {
  spec: SheetSpec;
  input: 'csv' | 'xlsx';
  style: CsvStyle;
  output: 'csv' | 'xlsx';
  lang: 'zh' | 'en';
  damage: Edit[] | null;
};

/** The output file's rows as text (CSV written with a BOM, or the XLSX's first sheet). */
async function readOutput(path: string, format: 'csv' | 'xlsx'): Promise<string[][]> {
  if (format === 'csv') return parseCsvSync(readFileSync(path), { bom: true, relax_column_count: true }) as string[][];
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  await wb.xlsx.readFile(path);
  const rows: string[][] = [];
  wb.worksheets[0]?.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    rows[row.number - 1] = values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
  });
  return Array.from(rows, (r) => r ?? []);
}

export function batchTarget(): FuzzTarget<BatchCase> {
  const tally = new Map<string, number>();
  let dir = '';
  let n = 0;
  return {
    name: 'batch',
    proves:
      '`hujifen batch` end to end (runBatch, no workers): the output file has the header and exactly one row per input record, in order, with its line; the exit code says whether rows were unreadable; a file it refuses leaves no output and no partial file behind',
    async: true,
    arbitrary: fc.record({
      spec: sheetSpec,
      input: fc.constantFrom<'csv' | 'xlsx'>('csv', 'csv', 'csv', 'xlsx'),
      style: csvStyle,
      output: fc.constantFrom<'csv' | 'xlsx'>('csv', 'csv', 'xlsx'),
      lang: fc.constantFrom<'zh' | 'en'>('zh', 'en'),
      damage: fc.option(edits, { nil: null, freq: 6 }),
    }),
    tally,
    mustSee: (runs) => [
      'csv→csv',
      'written',
      ...(runs >= 200 ? ['xlsx→csv', 'csv→xlsx', 'xlsx→xlsx', 'exit5', 'exit0', 'refused-file'] : []),
    ],
    async setup() {
      dir = scratchDir('hujifen-fuzz-batch-');
    },
    async teardown() {
      rmSync(dir, { recursive: true, force: true });
    },
    async check(c) {
      const caseDir = join(dir, String(n++ % 4));
      rmSync(caseDir, { recursive: true, force: true });
      mkdirSync(caseDir, { recursive: true });
      const input = join(caseDir, `in.${c.input}`);
      const out = join(caseDir, `out.${c.output}`);
      count(tally, `${c.input}→${c.output}`);
      let lines: number[];
      let texts: string[][] | undefined;
      let bytes: Buffer;
      if (c.input === 'csv') ({ bytes, lines } = writeCsv(c.spec, c.style));
      else ({ bytes, lines, texts } = await writeXlsx(c.spec, false));
      if (c.damage) bytes = corrupt(bytes, c.damage);
      writeFileSync(input, bytes);

      const stderr = process.stderr.write;
      process.stderr.write = () => true;
      let code: number;
      try {
        code = await within(30_000, 'hujifen batch', runBatch({ input, out, date: DATE, jobs: 0, lang: c.lang }));
      } catch (error) {
        process.stderr.write = stderr;
        assertRefusedFile(error);
        assert.deepEqual(readdirSync(caseDir), [`in.${c.input}`], 'a refused file leaves no output and no partial file');
        // An undamaged sheet always has a layout column: it is never refused.
        assert.ok(c.damage, `an undamaged sheet is read, not refused: ${say('en', error.text)}`);
        return count(tally, 'refused-file');
      }
      process.stderr.write = stderr;
      assert.deepEqual(readdirSync(caseDir).sort(), [`in.${c.input}`, `out.${c.output}`].sort(), 'the output, and no partial file');
      count(tally, 'written');
      const rows = await readOutput(out, c.output);
      const header = rows[0] ?? [];
      assert.deepEqual(header.slice(-RESULT_KEYS.length), resultHeaders(c.lang, STANDARD), 'the result columns follow the input columns');
      const statusCol = header.length - RESULT_KEYS.length + 1;
      const unreadable = rows.slice(1).filter((r) => r[statusCol] === UNREADABLE[c.lang]).length;
      assert.equal(code, unreadable ? EXIT.someRowsUnreadable : EXIT.ok, 'exit 5 exactly when rows were unreadable');
      count(tally, `exit${code}`);
      const lineCol = header.length - RESULT_KEYS.length;
      if (!c.damage) {
        let last = -1;
        c.spec.records.forEach((r, i) => {
          if (!isBlankRecord(texts?.[i] ?? r)) last = i;
        });
        assert.equal(rows.length - 1, last + 1, 'rows in = rows out');
        for (const [i, r] of rows.slice(1).entries())
          assert.equal(Number(r[lineCol]), lines[i], `output row ${i + 1} names its input line`);
      } else {
        let previous = 0;
        for (const r of rows.slice(1)) {
          assert.ok(Number(r[lineCol]) > previous, 'line numbers increase');
          previous = Number(r[lineCol]);
        }
      }
    },
  };
}
