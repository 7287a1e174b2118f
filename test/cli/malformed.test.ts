// Malformed batch input: every row comes out, with its line number, and the reason when it cannot be read.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { hasStackTrace, hujifen, type Run, tempDir } from './helpers.ts';

const DATE = '2024-12-16';
const EXIT_SOME_UNREADABLE = 5;

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { bom: true, columns: true }) as Record<string, string>[];
}

describe('batch: a messy hand-made CSV', () => {
  const tmp = tempDir('messy');
  let run: Run;
  let rows: Record<string, string>[];
  before(async () => {
    const input = [
      // UTF-8 BOM; columns in an order of their own; an English key; a column the layout does not know.
      '\ufeff学历,birthDate,编号,备注,社保月数,月缴费基数',
      '本科学士,1990-02-30,M1,x,24,12000', // 2: no 30 February
      '大学,1991-05-01,M2,,24,12000', // 3: 大学 is not an education level of the layout
      '', // 4: blank line inside the data
      '硕士,1992-06-01,M3,,24,12000', // 5: fine
      ',,,,,', // 6: blank (only separators)
      '大专,1993/7/8,M4,"两行的', // 7–8: a quoted note over two lines; 社保月数 is not a number
      '备注",abc,12000',
      '本科,1994-01-01,M5,,12,9000,多出来', // 9: one cell more than there are headers
      '博士,1980-01-01,M6,,,', // 10: fine, but no social insurance
      '',
      '',
    ].join('\r\n');
    writeFileSync(join(tmp.dir, 'messy.csv'), input);
    run = await hujifen(['batch', join(tmp.dir, 'messy.csv'), '--out', join(tmp.dir, 'out.csv'), '--date', DATE]);
    rows = readCsv(join(tmp.dir, 'out.csv'));
  });
  after(() => tmp.cleanup());

  it('exits 5: output written, some rows unreadable; no stack trace', () => {
    assert.equal(run.code, EXIT_SOME_UNREADABLE, run.stderr);
    assert.ok(!hasStackTrace(run.stderr));
  });

  it('keeps every data row, in order, with the line it starts on (trailing blank lines are not data)', () => {
    assert.deepEqual(
      rows.map((r) => [r['行号'], r['编号'], r['状态']]),
      [
        ['2', 'M1', '无法读取'],
        ['3', 'M2', '无法读取'],
        ['4', '', '空行'],
        ['5', 'M3', '已评分'],
        ['6', '', '空行'],
        ['7', 'M4', '无法读取'],
        ['9', 'M5', '无法读取'],
        ['10', 'M6', '不符合申请条件'],
      ],
    );
  });

  it('names the column of each unreadable cell (zh header and English key)', () => {
    const error = (ref: string) => rows.find((r) => r['编号'] === ref)?.['无法读取的原因'] ?? '';
    assert.equal(error('M1'), '出生日期（birthDate）：不是有效的日历日期');
    assert.match(error('M2'), /^学历（education）：学历应为 大专、本科、本科学士、硕士 或 博士$/);
    assert.match(error('M4'), /^社保月数（siMonths）：应为不带小数的非负整数$/);
    assert.match(error('M5'), /多出1个非空单元格/);
    assert.equal(rows[2]?.['无法读取的原因'], '空行：没有任何数据');
  });

  it('scores the rows that can be read, the unknown column passed through', () => {
    const m3 = rows.find((r) => r['编号'] === 'M3');
    // age 32 → 30, 硕士 100; 社保截止月 empty: the 24 months end in 2024-11, the last month posted, where the counts
    // end (W1), and 2024-12 is paid too: 24 → 2 years × 3 = 6; 24 < 36 months for any base tier → 0
    assert.equal(m3?.['总积分'], '136');
    const m6 = rows.find((r) => r['编号'] === 'M6');
    // age 44 → 29 (§2.3), 博士 110; no social insurance → not eligible (§3.1)
    assert.equal(m6?.['若符合条件积分'], '139');
    assert.equal(rows.find((r) => r['编号'] === 'M4')?.['备注'], '两行的\r\n备注');
  });

  it('reports the encoding, the unknown column, blank and unreadable lines on stderr', () => {
    assert.match(run.stderr, /编码：UTF-8（带 BOM）/);
    assert.match(run.stderr, /未知的列（原样保留在输出中）：备注/);
    assert.match(run.stderr, /数据中的空行：第 4, 6 行/);
    assert.match(run.stderr, /无法读取的行.*第 2, 3, 7, 9 行/);
    assert.match(run.stderr, /忽略文件末尾的 1 个空行/);
  });
});

describe('batch: encodings and broken quoting', { concurrency: 3 }, () => {
  const tmp = tempDir('enc');
  after(() => tmp.cleanup());

  it('reads a GBK-encoded CSV (as Chinese Excel saves it) and says so', async () => {
    const text = '编号,出生日期,学历,证书名称,社保月数,月缴费基数\r\n张三,1990-01-01,本科学士,,12,12000\r\n';
    const bytes = iconv.encode(text, 'gbk');
    assert.ok(!Buffer.from(text).equals(bytes), 'the file really is not UTF-8');
    writeFileSync(join(tmp.dir, 'gbk.csv'), bytes);
    const run = await hujifen(['batch', join(tmp.dir, 'gbk.csv'), '--out', join(tmp.dir, 'gbk-out.csv'), '--date', DATE]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /不是有效的 UTF-8，按 GB18030（GBK）编码读取/);
    const [row] = readCsv(join(tmp.dir, 'gbk-out.csv'));
    assert.equal(row?.['编号'], '张三');
    assert.equal(row?.['学历'], '本科学士');
    // age 34 → 30, 本科学士 90; 12 months ending the month before the application month, all counted (W1) → 1 year
    // × 3 = 3: 123
    assert.equal(row?.['总积分'], '123');
  });

  it('a quote never closed: the rest is one unreadable row with its line and reason (English)', async () => {
    writeFileSync(
      join(tmp.dir, 'quote.csv'),
      'reference,birthDate,education\nQ1,1990-01-01,master\n"Q2,1990-01-01,master\nQ3,1990-01-01,master\n',
    );
    const run = await hujifen([
      'batch',
      join(tmp.dir, 'quote.csv'),
      '--out',
      join(tmp.dir, 'quote-out.csv'),
      '--date',
      DATE,
      '--lang',
      'en',
    ]);
    assert.equal(run.code, EXIT_SOME_UNREADABLE, run.stderr);
    const rows = readCsv(join(tmp.dir, 'quote-out.csv'));
    assert.deepEqual(
      rows.map((r) => [r['line'], r['status']]),
      [
        ['2', 'not eligible to apply'],
        ['3', 'unreadable'],
      ],
    );
    assert.match(rows[1]?.['error'] ?? '', /a quote opened on line 3 is never closed/);
  });

  it('English headers, English messages naming the column', async () => {
    writeFileSync(join(tmp.dir, 'en.csv'), 'reference,birthDate,education,siMonths\nX1,01/02/1990,master,12\n');
    const run = await hujifen(['batch', join(tmp.dir, 'en.csv'), '--out', join(tmp.dir, 'en-out.csv'), '--date', DATE, '--lang', 'en']);
    assert.equal(run.code, EXIT_SOME_UNREADABLE);
    const [row] = readCsv(join(tmp.dir, 'en-out.csv'));
    assert.equal(row?.['error'], 'birthDate (出生日期): date must be YYYY-MM-DD; siBase (月缴费基数): required');
  });

  it('a file that is not in the layout at all: exit 3', async () => {
    writeFileSync(join(tmp.dir, 'other.csv'), 'name,amount\nfoo,1\n');
    const run = await hujifen(['batch', join(tmp.dir, 'other.csv'), '--out', join(tmp.dir, 'other-out.csv')]);
    assert.equal(run.code, 3);
    assert.match(run.stderr, /不是本工具的表头.*\/ line 1 of .* is not a header row/);
  });
});
