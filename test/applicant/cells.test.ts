// The one grammar of typed values (src/applicant/cells.ts): batch cells and rows pasted into the web form. The common cells (YYYY-MM-DD, 是/否, plain digits)
// take a fast path: they must give exactly what the general path gives for the same value written another way.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type Parsed,
  parseBackPaidCell,
  parseBoolCell,
  parseDateCell,
  parseIntCell,
  parseMonthCell,
  parseYuanCell,
} from '../../src/applicant/cells.ts';
import { text } from '../../src/messages/catalogue.ts';

/** A parse result with its error said in both languages, as the doors show it. */
const shown = <T>(r: Parsed<T>) => (r.ok ? r : { ok: false, error: text(r.error) });

const NOT_A_DAY = { ok: false, error: { zh: '不是有效的日历日期', en: 'not a real calendar date' } };
const NOT_A_DATE = { ok: false, error: { zh: '日期格式应为 YYYY-MM-DD', en: 'date must be YYYY-MM-DD' } };

describe('the cell grammar', () => {
  it('dates: canonical cells as they are, other spellings normalised, impossible days refused', () => {
    assert.deepEqual(parseDateCell('2024-02-29'), { ok: true, value: '2024-02-29' });
    assert.deepEqual(parseDateCell('2024/2/29'), { ok: true, value: '2024-02-29' });
    assert.deepEqual(parseDateCell(' 2024-02-29 '), { ok: true, value: '2024-02-29' });
    assert.deepEqual(parseDateCell('2024-1-05'), { ok: true, value: '2024-01-05' });
    assert.deepEqual(shown(parseDateCell('2023-02-29')), NOT_A_DAY); // not a leap year
    assert.deepEqual(shown(parseDateCell('2023/2/29')), NOT_A_DAY);
    assert.deepEqual(shown(parseDateCell('2024-13-01')), NOT_A_DAY);
    assert.deepEqual(shown(parseDateCell('2024-04-31')), NOT_A_DAY);
    assert.deepEqual(shown(parseDateCell('2024-00-10')), NOT_A_DAY);
    assert.deepEqual(shown(parseDateCell('2024-03-0a')), NOT_A_DATE);
    assert.deepEqual(shown(parseDateCell('2024+03-01')), NOT_A_DATE);
    assert.deepEqual(parseDateCell(''), { ok: true, value: undefined });
  });

  it('yes/no: 是 and 否 as typed, and every other spelling', () => {
    assert.deepEqual(parseBoolCell('是'), { ok: true, value: true });
    assert.deepEqual(parseBoolCell(' 是 '), { ok: true, value: true });
    assert.deepEqual(parseBoolCell('YES'), { ok: true, value: true });
    assert.deepEqual(parseBoolCell('否'), { ok: true, value: false });
    assert.deepEqual(parseBoolCell('0'), { ok: true, value: false });
    assert.deepEqual(parseBoolCell(''), { ok: true, value: undefined });
    assert.equal(parseBoolCell('也许').ok, false);
  });

  it('whole numbers: plain digits, separators, units and a bound', () => {
    assert.deepEqual(parseIntCell('12000'), { ok: true, value: 12000 });
    assert.deepEqual(parseIntCell('007'), { ok: true, value: 7 });
    assert.deepEqual(parseIntCell('12,000'), { ok: true, value: 12000 });
    assert.deepEqual(parseIntCell('12000元'), { ok: true, value: 12000 });
    assert.deepEqual(parseIntCell('12000.00'), { ok: true, value: 12000 });
    assert.equal(parseIntCell('12000.5').ok, false);
    assert.deepEqual(parseIntCell('600', 600), { ok: true, value: 600 });
    assert.deepEqual(shown(parseIntCell('601', 600)), { ok: false, error: { zh: '不能大于 600', en: 'must not exceed 600' } });
    assert.deepEqual(shown(parseIntCell('601个', 600)), { ok: false, error: { zh: '不能大于 600', en: 'must not exceed 600' } });
    assert.deepEqual(parseIntCell(''), { ok: true, value: undefined });
  });

  it('months: the spellings people type, with spaces, or a whole date (which the web paste once refused)', () => {
    for (const [cell, month] of [
      ['2023-01', '2023-01'],
      ['2023/1', '2023-01'],
      ['2023.12', '2023-12'],
      ['202305', '2023-05'],
      ['2023年5月', '2023-05'],
      ['2023 年 5 月', '2023-05'],
      ['2023/5/31', '2023-05'],
      ['2023年1月31日', '2023-01'],
      ['20230131', '2023-01'],
    ] as const) {
      assert.deepEqual(parseMonthCell(cell), { ok: true, value: month }, cell);
    }
    assert.deepEqual(shown(parseMonthCell('2023-13')), { ok: false, error: { zh: '月份应为 01–12', en: 'month must be 01–12' } });
    assert.equal(parseMonthCell('May 2023').ok, false);
  });

  it('yuan: currency signs, separators and 元, cents rounded to the yuan', () => {
    assert.deepEqual(parseYuanCell('12000'), { ok: true, value: 12000 });
    assert.deepEqual(parseYuanCell('￥9,800'), { ok: true, value: 9800 });
    assert.deepEqual(parseYuanCell('¥ 12,000.00'), { ok: true, value: 12000 });
    assert.deepEqual(parseYuanCell('12000.40'), { ok: true, value: 12000 });
    assert.deepEqual(parseYuanCell('12000.5元'), { ok: true, value: 12001 });
    assert.deepEqual(shown(parseYuanCell('合计')), {
      ok: false,
      error: { zh: '应为金额（元），如 12000', en: 'must be an amount in yuan, e.g. 12000' },
    });
    assert.deepEqual(shown(parseYuanCell('-5')), {
      ok: false,
      error: { zh: '应为金额（元），如 12000', en: 'must be an amount in yuan, e.g. 12000' },
    });
    assert.deepEqual(parseYuanCell(''), { ok: true, value: undefined });
  });

  it('the back-paid mark: yes/no words, and 补缴 or 补', () => {
    assert.deepEqual(parseBackPaidCell('补缴'), { ok: true, value: true });
    assert.deepEqual(parseBackPaidCell(' 补 '), { ok: true, value: true });
    assert.deepEqual(parseBackPaidCell('有'), { ok: true, value: true });
    assert.deepEqual(parseBackPaidCell('否'), { ok: true, value: false });
    assert.equal(parseBackPaidCell('也许').ok, false);
  });
});
