// `hujifen template`: the layout with Chinese headers, drop-down lists, an example row and the history sheet;
// the template as written scores with `hujifen batch`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { hujifen, tempDir } from './helpers.ts';

const FIRST_HEADERS = ['编号', '身份证号', '出生日期', '居住证有效'];

describe('template', { concurrency: 2 }, () => {
  const tmp = tempDir('template');
  after(() => tmp.cleanup());

  it('XLSX: sheets, headers with notes, validation lists, example row; the batch reads it back', async () => {
    const path = join(tmp.dir, 'template.xlsx');
    const made = await hujifen(['template', '--out', path]);
    assert.equal(made.code, 0, made.stderr);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['申请人', '社保明细', '填写说明'],
    );
    const main = wb.getWorksheet('申请人');
    assert.ok(main);
    const headers = (main.getRow(1).values as unknown[]).slice(1).map(String);
    assert.deepEqual(headers.slice(0, 4), FIRST_HEADERS);
    const col = (h: string) => headers.indexOf(h) + 1;
    const education = main.getRow(2).getCell(col('学历'));
    assert.equal(education.value, '本科学士');
    assert.deepEqual(main.getRow(3).getCell(col('学历')).dataValidation?.formulae, ['"大专,本科,本科学士,硕士,博士"']);
    assert.deepEqual(main.getRow(2).getCell(col('全日制')).dataValidation?.formulae, ['"是,否"']);
    assert.deepEqual(main.getRow(2).getCell(col('技能等级')).dataValidation?.formulae, ['"五级,四级,三级,二级,一级"']);
    assert.deepEqual(main.getRow(2).getCell(col('证书类型')).dataValidation?.formulae, ['"技能等级,职称,职业资格"']);
    assert.match(String(main.getRow(1).getCell(col('出生日期')).note), /YYYY-MM-DD/);
    const historySheet = wb.getWorksheet('社保明细');
    assert.ok(historySheet);
    const history = (historySheet.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(history, ['编号', '月份', '缴费基数', '补缴', '合同单位缴费', '个税对应']);

    // The example: born 2001-05-20 (23 → 30), 本科学士 90, June 2024 graduate with the notice → 10;
    // 8 months at 9,000 ending in the application month: 7 in 2023-12 … 2024-11 ≥ 6, eligible. 30 + 90 + 10 = 130.
    const run = await hujifen(['batch', path, '--out', join(tmp.dir, 'scored.csv'), '--date', '2024-12-16']);
    assert.equal(run.code, 0, run.stderr);
    const [row] = parse(readFileSync(join(tmp.dir, 'scored.csv')), { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(row?.['总积分'], '130');
  });

  it('CSV: the layout file and a sibling history file, both UTF-8 with BOM', async () => {
    const path = join(tmp.dir, 'template.csv');
    const made = await hujifen(['template', '--out', path, '--lang', 'en']);
    assert.equal(made.code, 0, made.stderr);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.startsWith('\ufeffreference,idNumber,birthDate,'));
    assert.equal(text.trimEnd().split('\n').length, 2);
    assert.match(made.stderr, /template-社保明细\.csv/);
    assert.equal(
      readFileSync(join(tmp.dir, 'template-社保明细.csv'), 'utf8').trimEnd(),
      '\ufeffreference,month,base,backPaid,employerMatchesContract,taxMatches',
    );
  });
});
