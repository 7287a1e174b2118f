// `hujifen batch` on files larger than one chunk (512 records): past the first chunk, CSV bytes go to the worker
// threads and are parsed there. Blank lines held back at the end of a chunk, multi-line cells, unreadable rows,
// GB18030 and a quote never closed must come out exactly as when one thread reads the whole file, with --jobs 0,
// 1 or 2. Totals are those of examples/batch.csv (worked out in test/cli/batch.test.ts).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { EXAMPLES, hujifen, type Run, tempDir } from './helpers.ts';

const DATE = '2024-12-16';
const TOTALS = [130, 102, 192, 0, 143, 74]; // as in batch.test.ts, worked out there
const DATA_ROWS = 1300;
const TRAILING_BLANK = 600;

type Expected = [reference: string, line: string, status: string, total: string];

/**
 * One leading blank line, the header (with a column of notes the layout does not know), 1,300 data rows, 600
 * blank lines. Rows 700–702 and 1021–1022 are blank (the last two on either side of the second chunk boundary),
 * row 900 has a note over two lines, row 1000 a 30 February, row 1100 a cell too many.
 */
function sheet(eol: string, unclosedQuote: boolean): { text: string; expected: Expected[] } {
  const examples = readFileSync(join(EXAMPLES, 'batch.csv'), 'utf8').trimEnd().split('\n');
  const out = ['', `${examples[0]},备注`];
  const expected: Expected[] = [];
  let line = 3;
  for (let i = 0; i < DATA_ROWS; i++) {
    const ref = `R${i}`;
    let row = `${(examples[1 + (i % 6)] as string).replace(/^A00\d/, ref)},备注${i}`;
    let lines = 1;
    let status = i % 6 === 3 ? '不符合申请条件' : '已评分';
    let total = String(TOTALS[i % 6]);
    if ([700, 701, 702, 1021, 1022].includes(i)) {
      out.push(i === 702 ? ' , ,,' : '');
      expected.push(['', String(line), '空行', '']);
      line++;
      continue;
    }
    if (i === 900) {
      row = row.replace(/备注900$/, `"第一行${eol}第二行"`);
      lines = 2;
    }
    if (i === 1000) row = row.replace(/^(R1000,)[^,]+/, '$11990-02-30');
    if (i === 1100) row += ',多出来';
    if (i === 1000 || i === 1100) [status, total] = ['无法读取', ''];
    if (unclosedQuote && i === DATA_ROWS - 1) {
      row = row.replace(/备注\d+$/, `"不闭合${eol}x${eol}y`);
      [status, total] = ['无法读取', ''];
    }
    out.push(row);
    // A record csv-parse cannot close has no cells to copy: only its line and the reason.
    expected.push([unclosedQuote && i === DATA_ROWS - 1 ? '' : ref, String(line), status, total]);
    line += lines;
  }
  if (!unclosedQuote) for (let i = 0; i < TRAILING_BLANK; i++) out.push('');
  return { text: `${out.join(eol)}${eol}`, expected };
}

const variants = [
  { name: 'UTF-8 with a BOM, CRLF', encoding: 'utf8-bom', eol: '\r\n', unclosedQuote: false },
  { name: 'GB18030, LF', encoding: 'gb18030', eol: '\n', unclosedQuote: false },
  { name: 'UTF-8, LF, a quote never closed on the last row', encoding: 'utf8', eol: '\n', unclosedQuote: true },
] as const;

for (const v of variants) {
  describe(`batch over several chunks: ${v.name}`, () => {
    const tmp = tempDir('chunks');
    const runs: Record<string, Run> = {};
    let expected: Expected[];
    before(async () => {
      const made = sheet(v.eol, v.unclosedQuote);
      expected = made.expected;
      const bytes =
        v.encoding === 'gb18030'
          ? iconv.encode(made.text, 'gb18030')
          : Buffer.from(`${v.encoding === 'utf8-bom' ? '\ufeff' : ''}${made.text}`);
      writeFileSync(join(tmp.dir, 'in.csv'), bytes);
      for (const jobs of ['0', '1', '2']) {
        runs[jobs] = await hujifen([
          'batch',
          join(tmp.dir, 'in.csv'),
          '--out',
          join(tmp.dir, `out${jobs}.csv`),
          '--date',
          DATE,
          '--jobs',
          jobs,
        ]);
      }
    });
    after(() => tmp.cleanup());

    it('every data row once, in order, on its line, with its status and total', () => {
      const rows = parse(readFileSync(join(tmp.dir, 'out2.csv')), { bom: true, columns: true }) as Record<string, string>[];
      assert.deepEqual(
        rows.map((r) => [r['编号'], r['行号'], r['状态'], r['总积分']]),
        expected,
      );
      assert.equal(rows.find((r) => r['编号'] === 'R900')?.['备注'], `第一行${v.eol}第二行`, 'the two-line note is kept');
    });

    it('--jobs 0, 1 and 2 write the same bytes, exit 5 (unreadable rows) and say the same on stderr', () => {
      const inline = readFileSync(join(tmp.dir, 'out0.csv'));
      for (const jobs of ['0', '1', '2']) {
        assert.equal(runs[jobs]?.code, 5, runs[jobs]?.stderr);
        assert.ok(readFileSync(join(tmp.dir, `out${jobs}.csv`)).equals(inline), `--jobs ${jobs}`);
        assert.equal(runs[jobs]?.stderr.replaceAll(`out${jobs}.csv`, 'out.csv'), runs['0']?.stderr.replaceAll('out0.csv', 'out.csv'));
      }
    });

    it('reports the blank lines inside the data, and those at the end as not data', () => {
      const stderr = runs['2']?.stderr ?? '';
      const blank = expected.filter((e) => e[2] === '空行').map((e) => e[1]);
      assert.match(stderr, new RegExp(`数据中的空行：第 ${blank.join(', ')} 行`));
      if (v.unclosedQuote) assert.doesNotMatch(stderr, /忽略文件末尾/);
      else assert.match(stderr, new RegExp(`忽略文件末尾的 ${TRAILING_BLANK} 个空行`));
      if (v.encoding === 'gb18030') assert.match(stderr, /按 GB18030（GBK）编码读取/);
    });
  });
}
