// The batch's quick social-insurance columns with an empty 社保截止月 (and no 社保起始月): the months end in the last
// month already posted, the month before the assessment month, where every count ends (W1), and the assessment
// month is paid too — as the web's quick mode reads "3 years". Assessed today, with no --date.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { hujifen, tempDir } from './helpers.ts';

/**
 * "3 years at 12,000": born 1997-06-15, 本科学士, 社保月数 36 at 12,000, 社保截止月 empty. Hand-worked from RULES.md:
 * age 29 or 30 (≤ 43) → 30; 本科 + 学士 → 90 (§2.3); the 36 months before the assessment month → 3 full years × 3
 * → 9 (§2.3); 12,000 ≥ 1 × 11,396 (R8, carried forward) and < 2× → 36 of the last 48 months in the 1–2× band → 50
 * (§2.4 row 5). Total 30 + 90 + 9 + 50 = 179. (Ending in the assessment month instead, as before, the counts held
 * 35 months: 2 years → 6 and no band: 126.)
 */
describe('batch: 社保截止月 empty', () => {
  const tmp = tempDir('quick-si');
  after(() => tmp.cleanup());

  it('"3 years at 12,000" gets the 36-month band', async () => {
    const input = join(tmp.dir, 'in.csv');
    writeFileSync(input, '编号,出生日期,学历,社保月数,月缴费基数,社保截止月\r\nQ1,1997-06-15,本科学士,36,12000,\r\n');
    const run = await hujifen(['batch', input, '--out', join(tmp.dir, 'out.csv')]);
    assert.equal(run.code, 0, run.stderr);
    const [row] = parse(readFileSync(join(tmp.dir, 'out.csv')), { bom: true, columns: true }) as Record<string, string>[];
    assert.ok(row);
    const points = (label: RegExp) => Object.entries(row).find(([h]) => label.test(h))?.[1];
    assert.equal(row['总积分'], '179');
    assert.equal(points(/基数.*得分$/), '50');
    assert.equal(points(/年限.*得分$/), '9');
  });
});
