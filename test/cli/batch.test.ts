// `hujifen batch`: CSV and XLSX round trips, the monthly history, and workers keeping row order. Expected totals
// are worked out by hand from the rules summarised in docs/policy.md (from the team's RULES.md); see examples/batch.csv for the rows.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { EXAMPLES, hujifen, type Run, tempDir } from './helpers.ts';

const DATE = '2024-12-16';

/**
 * examples/batch.csv on 2024-12-16 (application month 2024-12; windows end 2024-11):
 * A001 graduate: age 22 → 30, 本科学士 90, fresh graduate 10 (§2.4 #8) = 130.
 * The SI years count the months up to 2024-11, like the base windows (W1): the histories run to 2024-12.
 * A002 skilled worker: 30 + level-3 焊工 60 (beats 大专 50) + 60 months, 59 counted → 12; base 9,000 reaches 0.8× in
 *      only 31 of 48 months (§4.2) → 0; = 102.
 * A003 engineer: 30 + 中级 100 (gate met: 12,000 ≥ 11,396) + 48 months with 社保截止月 empty: 2020-12 … 2024-11, the last
 *      month posted (W1), and 2024-12 paid too → 48 counted → 4 years → 12 + 48 months ≥ 1× → 50 = 192.
 * A004: 4 months of SI, 社保截止月 empty → 2024-08 … 2024-11 counted: 4 < 6 → not eligible, total 0 (§3.1).
 * A005: age 44 → 29 (§2.3 table), 大专 50, 84 months, 83 counted → 6 years → 18, base 7,000 < 0.8× throughout → 0,
 *      spouse married 2015-10-01 → 9 full years × 4 = 36 (§2.4 #10), 5 years in a new town → 5 × 2 = 10 (R6) = 143.
 * A006: born 1992-02-29 → 32 → 30, 本科 (no degree) 60, 37 months, 36 counted → 9, 36 of 48 months ≥ 0.8× → 25,
 *      administrative detention 2022-05-01 (within 5 years) → −50 (§2.5) = 74.
 */
const TOTALS: Record<string, number> = { A001: 130, A002: 102, A003: 192, A004: 0, A005: 143, A006: 74 };

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { bom: true, columns: true }) as Record<string, string>[];
}

async function readXlsx(path: string, sheet?: string): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  assert.ok(ws, `sheet ${sheet ?? '#1'}`);
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as unknown[];
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i + 1] ?? ''])));
  });
  return rows;
}

describe('batch: examples/batch.csv → CSV', () => {
  const tmp = tempDir('batch');
  let run: Run;
  let rows: Record<string, string>[];
  before(async () => {
    run = await hujifen(['batch', join(EXAMPLES, 'batch.csv'), '--out', join(tmp.dir, 'out.csv'), '--date', DATE]);
    rows = readCsv(join(tmp.dir, 'out.csv'));
  });
  after(() => tmp.cleanup());

  it('exits 0 and leaves only the output file', () => {
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readdirSync(tmp.dir), ['out.csv']);
    assert.equal(run.stdout, '');
  });

  it('writes every row in order with its line number, total and 120 verdict', () => {
    assert.deepEqual(
      rows.map((r) => [r['编号'], r['行号'], Number(r['总积分'])]),
      Object.entries(TOTALS).map(([ref, total], i) => [ref, String(i + 2), total]),
    );
    assert.deepEqual(
      rows.map((r) => r['达到120分']),
      ['是', '否', '是', '否', '是', '否'],
    );
    assert.equal(rows[1]?.['距120分差距'], '18'); // A002: 120 − 102
    assert.equal(rows[3]?.['状态'], '不符合申请条件');
    assert.equal(rows[3]?.['若符合条件积分'], '130');
  });

  it("gives each indicator's points (counted ones; the two-choice loser shows 0)", () => {
    const a005 = rows[4] as Record<string, string>;
    assert.equal(a005['年龄得分'], '29');
    assert.equal(a005['配偶为本市户籍人员得分'], '36');
    assert.equal(a005['远郊重点区域得分'], '10');
    assert.equal(a005['在本市工作及缴纳职工社会保险年限得分'], '18'); // 83 months counted (to 2024-11) → 6 years
    const a002 = rows[1] as Record<string, string>;
    assert.equal(a002['专业技术职称和技能等级得分'], '60');
    assert.equal(a002['教育背景得分'], '0');
    assert.equal(rows[5]?.['行政拘留记录得分'], '-50');
  });

  it('gives the failure reasons in Chinese', () => {
    assert.match(rows[1]?.['未得分原因'] ?? '', /缴纳职工社会保险费基数：.*31.*36/);
    assert.match(rows[3]?.['未得分原因'] ?? '', /申请条件：/);
    assert.match(rows[5]?.['未得分原因'] ?? '', /行政拘留记录：/);
    assert.equal(rows[0]?.['无法读取的原因'], '');
  });

  it('reports a summary on stderr', () => {
    assert.match(run.stderr, /编码：UTF-8/);
    assert.match(run.stderr, /共 6 行：已评分 5（达到120分 3），不符合申请条件 1/);
  });
});

describe('batch: row order with and without worker threads', () => {
  const tmp = tempDir('jobs');
  after(() => tmp.cleanup());

  it('--jobs 0 and --jobs 2 write the same file', async () => {
    const lines = readFileSync(join(EXAMPLES, 'batch.csv'), 'utf8').trimEnd().split('\n');
    const header = lines[0] as string;
    // 900 rows (the first chunk of 512 records read with the header, the rest parsed in a worker): the six examples
    // over and over, each with its own 编号.
    const body = Array.from({ length: 900 }, (_, i) => (lines[1 + (i % 6)] as string).replace(/^A00\d/, `R${i}`));
    const input = join(tmp.dir, 'many.csv');
    writeFileSync(input, `${[header, ...body].join('\n')}\n`);
    const [a, b] = await Promise.all([
      hujifen(['batch', input, '--out', join(tmp.dir, 'inline.csv'), '--date', DATE, '--jobs', '0']),
      hujifen(['batch', input, '--out', join(tmp.dir, 'workers.csv'), '--date', DATE, '--jobs', '2']),
    ]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const inline = readFileSync(join(tmp.dir, 'inline.csv'), 'utf8');
    assert.equal(readFileSync(join(tmp.dir, 'workers.csv'), 'utf8'), inline);
    const rows = readCsv(join(tmp.dir, 'workers.csv'));
    assert.equal(rows.length, 900);
    rows.forEach((r, i) => {
      assert.equal(r['编号'], `R${i}`);
      assert.equal(Number(r['总积分']), Object.values(TOTALS)[i % 6]);
    });
  });
});

describe('batch: XLSX in and out, with the 社保明细 sheet', () => {
  const tmp = tempDir('xlsx');
  after(() => tmp.cleanup());

  it('reads a workbook (dates as date cells, history on a second sheet) and writes XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    const main = wb.addWorksheet('申请人');
    // English keys and Chinese headers mixed, in an order of their own: headers decide.
    main.addRow([
      'reference',
      '学历',
      '出生日期',
      '证书类型',
      '证书名称',
      '职称等级',
      '取得日期',
      '取得方式',
      '在沪工作期间取得',
      '岗位相符',
    ]);
    // The engineer of examples/engineer.json, his months on 社保明细 (2021-01 back-paid).
    main.addRow([
      'E1',
      '本科学士',
      new Date(Date.UTC(1985, 2, 20)),
      '职称',
      '工程师',
      '中级',
      new Date(Date.UTC(2022, 8, 1)),
      '评审',
      '是',
      '是',
    ]);
    // No history for E2: 4 months of nothing → not eligible, scored by the items alone.
    main.addRow(['E2', '硕士', '1990-01-01']);
    const history = wb.addWorksheet('社保明细');
    history.addRow(['编号', '月份', '缴费基数', '补缴']);
    for (let i = 0; i < 48; i++) {
      const month = `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      history.addRow(['E1', month, month < '2023-01' ? 11000 : 13000, i === 0 ? '是' : '']);
    }
    const input = join(tmp.dir, 'in.xlsx');
    await wb.xlsx.writeFile(input);

    const run = await hujifen(['batch', input, '--out', join(tmp.dir, 'out.xlsx'), '--date', DATE, '--lang', 'en']);
    assert.equal(run.code, 0, run.stderr);
    const rows = await readXlsx(join(tmp.dir, 'out.xlsx'));
    assert.equal(rows.length, 2);
    // Same figures as `score examples/engineer.json`: 30 + 100 + 9 (47 months counted) + 50 = 189.
    assert.equal(rows[0]?.['reference'], 'E1');
    assert.equal(rows[0]?.['total'], 189);
    assert.equal(rows[0]?.['points.siYears'], 9);
    assert.equal(rows[0]?.['points.siBase'], 50);
    assert.equal(rows[0]?.['reached120'], 'yes');
    assert.equal(rows[0]?.['line'], 2);
    // E2: no social insurance at all → not eligible; age 34 → 30 + 硕士 100 = 130 if eligible.
    assert.equal(rows[1]?.['status'], 'not eligible to apply');
    assert.equal(rows[1]?.['total'], 0);
    assert.equal(rows[1]?.['scoreIfEligible'], 130);
  });

  it('reads the history from --history CSV and writes CSV from XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRows([
      ['编号', '出生日期', '学历'],
      ['H1', '1990-01-01', '大专'],
    ]);
    const input = join(tmp.dir, 'h.xlsx');
    await wb.xlsx.writeFile(input);
    // 36 months 2021-12 … 2024-11 at 10,000: ≥ 0.8× of 10,338 and 11,396 → 25 (36 of 48); 3 years → 9.
    const lines = ['编号,月份,缴费基数'];
    for (let m = 0; m < 36; m++) lines.push(`H1,${2021 + Math.floor((m + 11) / 12)}-${String(((m + 11) % 12) + 1).padStart(2, '0')},10000`);
    writeFileSync(join(tmp.dir, 'h.csv'), lines.join('\n'));
    const run = await hujifen(['batch', input, '--history', join(tmp.dir, 'h.csv'), '--out', join(tmp.dir, 'h-out.csv'), '--date', DATE]);
    assert.equal(run.code, 0, run.stderr);
    const [row] = readCsv(join(tmp.dir, 'h-out.csv'));
    // age 34 → 30, 大专 50, 9, 25 = 114: six short of 120.
    assert.equal(row?.['总积分'], '114');
    assert.equal(row?.['距120分差距'], '6');
    assert.equal(existsSync(join(tmp.dir, 'h-out.csv')), true);

    // The same history as a workbook of its own, on its first (and only) sheet, with a back-paid month added:
    // 2021-11 back-paid counts for nothing, so the total is unchanged; a history line with a bad month is reported.
    const hx = new ExcelJS.Workbook();
    const sheet = hx.addWorksheet('Sheet1');
    for (const line of lines) sheet.addRow(line.split(','));
    sheet.addRow(['H1', '2021-11', 10000, '是']);
    const historyXlsx = join(tmp.dir, 'h-history.xlsx');
    await hx.xlsx.writeFile(historyXlsx);
    const again = await hujifen(['batch', input, '--history', historyXlsx, '--out', join(tmp.dir, 'h-out2.csv'), '--date', DATE]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(readCsv(join(tmp.dir, 'h-out2.csv'))[0]?.['总积分'], '114');
    sheet.addRow(['H1', '2021-13', 10000]);
    await hx.xlsx.writeFile(historyXlsx);
    const bad = await hujifen(['batch', input, '--history', historyXlsx, '--out', join(tmp.dir, 'h-out3.csv'), '--date', DATE]);
    assert.equal(bad.code, 5);
    assert.equal(readCsv(join(tmp.dir, 'h-out3.csv'))[0]?.['无法读取的原因'], '社保明细第39行 月份（month）：月份应为 01–12');
  });
});

describe('batch: XLSX output holds numbers and dates, not text', () => {
  const tmp = tempDir('typed');
  after(() => tmp.cleanup());

  it('社保月数, 月缴费基数, 出生日期 and the result columns read back as numbers and dates', async () => {
    const run = await hujifen(['batch', join(EXAMPLES, 'batch.csv'), '--out', join(tmp.dir, 'out.xlsx'), '--date', DATE]);
    assert.equal(run.code, 0, run.stderr);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(tmp.dir, 'out.xlsx'));
    const ws = wb.worksheets[0];
    assert.ok(ws);
    const headers = (ws.getRow(1).values as unknown[]).map(String);
    const cell = (row: number, header: string) => ws.getRow(row).getCell(headers.indexOf(header));
    // A002 (row 3): born 1988-09-01, 60 months from 2020-01 at 9,000; 102 points, 18 short of 120 (see TOTALS).
    const expected: [string, ExcelJS.ValueType, unknown][] = [
      ['出生日期', ExcelJS.ValueType.Date, new Date(Date.UTC(1988, 8, 1))],
      ['毕业日期', ExcelJS.ValueType.Date, new Date(Date.UTC(2009, 5, 30))],
      ['取得日期', ExcelJS.ValueType.Date, new Date(Date.UTC(2021, 4, 20))],
      ['社保月数', ExcelJS.ValueType.Number, 60],
      ['月缴费基数', ExcelJS.ValueType.Number, 9000],
      ['行号', ExcelJS.ValueType.Number, 3],
      ['总积分', ExcelJS.ValueType.Number, 102],
      ['距120分差距', ExcelJS.ValueType.Number, 18],
      ['若符合条件积分', ExcelJS.ValueType.Number, 102],
      ['年龄得分', ExcelJS.ValueType.Number, 30],
      // Text stays text: the reference, the month (a month is not a date), the status.
      ['编号', ExcelJS.ValueType.String, 'A002'],
      ['社保起始月', ExcelJS.ValueType.String, '2020-01'],
    ];
    for (const [header, type, value] of expected) {
      const c = cell(3, header);
      assert.equal(c.type, type, `${header}: type`);
      assert.deepEqual(c.value, value, header);
    }
    assert.equal(cell(3, '出生日期').numFmt, 'yyyy-mm-dd');
    // An empty cell stays empty, not a zero.
    assert.equal(cell(2, '结婚日期').type, ExcelJS.ValueType.Null);
  });
});
