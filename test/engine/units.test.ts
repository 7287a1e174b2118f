// Unit tests of the engine's small pure pieces. Every expected value is worked out by hand from RULES.md and the
// policy data (policy/indicators/age.json, policy/reference-wage.json, policy/versions.json).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseApplicant } from '../../src/applicant/index.ts';
import { isValidIdNumber } from '../../src/applicant/primitives.ts';
import {
  addMonthsToDate,
  addYears,
  fullMonths,
  fullMonthsIn,
  fullYears,
  isRealDate,
  monthIndex,
  monthString,
} from '../../src/core/calendar.ts';
import { assess } from '../../src/engine/assess.ts';
import { atLeast, backPaidIn, type HistoryMonth, indexHistory, inWindow, monthsThrough } from '../../src/engine/history.ts';
import { agePoints } from '../../src/engine/indicators/age.ts';
import { yearsCounted } from '../../src/engine/indicators/waiting-period.ts';
import { param } from '../../src/policy/index.ts';
import { chooseVersion } from '../../src/policy/version.ts';
import { referenceWage } from '../../src/policy/wages.ts';
import { asTexts } from '../messages/as-texts.ts';

describe('dates: fullYears (周岁)', () => {
  it('counts a birthday reached on the day itself', () => {
    assert.equal(fullYears('1990-06-15', '2025-06-14'), 34);
    assert.equal(fullYears('1990-06-15', '2025-06-15'), 35);
    assert.equal(fullYears('1990-06-15', '2025-06-16'), 35);
  });
  it('moves a 29 February anniversary to 1 March in common years', () => {
    assert.equal(fullYears('2000-02-29', '2001-02-28'), 0);
    assert.equal(fullYears('2000-02-29', '2001-03-01'), 1);
    assert.equal(fullYears('1980-02-29', '2025-02-28'), 44);
    assert.equal(fullYears('1980-02-29', '2025-03-01'), 45);
  });
  it('keeps 29 February in leap years', () => {
    assert.equal(fullYears('2000-02-29', '2004-02-28'), 3);
    assert.equal(fullYears('2000-02-29', '2004-02-29'), 4);
  });
  it('is 0 on the same day and negative backwards', () => {
    assert.equal(fullYears('2020-05-05', '2020-05-05'), 0);
    assert.equal(fullYears('2025-06-15', '1990-06-15'), -35);
  });
});

describe('dates: fullMonths', () => {
  it('a month is full on the same day of the month', () => {
    assert.equal(fullMonths('2024-01-15', '2024-02-14'), 0);
    assert.equal(fullMonths('2024-01-15', '2024-02-15'), 1);
    assert.equal(fullMonths('2020-03-15', '2025-03-15'), 60);
    assert.equal(fullMonths('2020-03-16', '2025-03-15'), 59);
    assert.equal(fullMonths('2024-01-31', '2024-03-31'), 2);
    assert.equal(fullMonths('2024-01-31', '2024-03-30'), 1);
  });
  it('across 29 February', () => {
    assert.equal(fullMonths('2024-02-29', '2024-03-29'), 1);
    assert.equal(fullMonths('2024-02-29', '2024-03-28'), 0);
    // 2024-02-29 → 2025-02-28 is 11 full months, as fullYears says 0 full years
    assert.equal(fullMonths('2024-02-29', '2025-02-28'), 11);
    assert.equal(fullMonths('2024-02-29', '2025-03-01'), 12);
  });
  it('is 0 for an empty or backwards period', () => {
    assert.equal(fullMonths('2024-05-05', '2024-05-05'), 0);
    assert.equal(fullMonths('2024-05-05', '2023-05-05'), 0);
  });
  it('fullMonthsIn adds periods; an open period runs to the date; a future period adds nothing', () => {
    // a period counts its last day: 2015-01-01 → 2017-12-31 is 36 full months; 2022-03-15 → 2025-03-15 (open,
    // through the date) 36 months and a day
    assert.equal(
      fullMonthsIn(
        [
          { from: '2015-01-01', to: '2017-12-31' },
          { from: '2022-03-15', to: undefined },
        ],
        '2025-03-15',
      ),
      72,
    );
    // "from 1 June 2021 to 31 May 2026" is five years; a day less is not; the last day of a month or year rolls over
    assert.equal(fullMonthsIn([{ from: '2021-06-01', to: '2026-05-31' }], '2026-06-15'), 60);
    assert.equal(fullMonthsIn([{ from: '2021-06-01', to: '2026-05-30' }], '2026-06-15'), 59);
    assert.equal(fullMonthsIn([{ from: '2024-02-01', to: '2024-02-29' }], '2026-06-15'), 1);
    assert.equal(fullMonthsIn([{ from: '2024-01-01', to: '2024-12-31' }], '2026-06-15'), 12);
    // a period that ends before it starts counts 0, like fullMonths backwards
    assert.equal(fullMonthsIn([{ from: '2024-05-05', to: '2024-05-03' }], '2026-06-15'), 0);
    // a period that ends after the date is cut at the date; one that starts after it counts 0
    assert.equal(
      fullMonthsIn(
        [
          { from: '2024-03-15', to: '2026-01-01' },
          { from: '2025-04-01', to: undefined },
        ],
        '2025-03-15',
      ),
      12,
    );
  });
});

describe('dates: other helpers', () => {
  it('addYears moves 29 February to 28 February in a common year', () => {
    assert.equal(addYears('2024-02-29', 1), '2025-02-28');
    assert.equal(addYears('2024-02-29', 4), '2028-02-29');
    assert.equal(addYears('2025-03-15', -3), '2022-03-15');
    assert.equal(addYears('2025-03-15', -5), '2020-03-15');
  });
  it('addMonthsToDate clamps to the last day of the month', () => {
    assert.equal(addMonthsToDate('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonthsToDate('2023-01-31', 1), '2023-02-28');
    assert.equal(addMonthsToDate('2023-11-15', 3), '2024-02-15');
  });
  it('monthIndex orders and subtracts; monthString inverts it', () => {
    assert.equal(monthIndex('2024-01') - monthIndex('2023-12'), 1);
    assert.equal(monthIndex('2025-03-15'), monthIndex('2025-03'));
    assert.equal(monthIndex('2025-03') - monthIndex('2021-03'), 48);
    for (const m of ['2013-07', '2019-11', '2023-07', '2024-12', '2028-01']) assert.equal(monthString(monthIndex(m)), m);
  });
});

/** One month as the engine prepares it (indexHistory), so the test never depends on HistoryMonth's private fields. */
function month(m: string, base: number): HistoryMonth {
  const [h] = indexHistory(
    [{ month: m, base, backPaid: false, employerMatchesContract: true, taxMatches: true }],
    monthIndex(m),
    'talentDomain',
  );
  assert.ok(h);
  return h;
}

describe('history: running counts, so a count up to a month is a position and a subtraction', () => {
  // Given out of order, with 2024-04 missing: 01 regular, 02 another employer, 03 back-paid, 05 regular, 06 back-paid.
  const given = (m: string, backPaid: boolean, employerMatchesContract: boolean) => ({
    month: m,
    base: 10000,
    backPaid,
    employerMatchesContract,
    taxMatches: true,
  });
  const history = indexHistory(
    [
      given('2024-03', true, true),
      given('2024-01', false, true),
      given('2024-02', false, false),
      given('2024-05', false, true),
      given('2024-06', true, true),
    ],
    monthIndex('2024-12'),
    'talentDomain',
  );
  it('the months in order, each with the back-paid and other-employer months through it', () => {
    assert.deepEqual(
      history.map((m) => [monthString(m.month), m.backPaidThrough, m.otherEmployerThrough]),
      [
        ['2024-01', 0, 0],
        ['2024-02', 0, 1],
        ['2024-03', 1, 1],
        ['2024-05', 1, 1],
        ['2024-06', 2, 1],
      ],
    );
  });
  it('monthsThrough counts the months at or before a month, gaps included', () => {
    assert.deepEqual(
      ['2023-12', '2024-01', '2024-03', '2024-04', '2024-06', '2025-01'].map((m) => monthsThrough(history, monthIndex(m))),
      [0, 1, 3, 3, 5, 5],
    );
  });
  it('backPaidIn the first n months', () => {
    assert.deepEqual(
      [0, 2, 3, 5].map((n) => backPaidIn(history, n)),
      [0, 0, 1, 2],
    );
  });
});

describe('history: atLeast compares in integers', () => {
  it('the months used here carry the references 11,396 (2024-01), 10,338 (2022-01) and none (2010-01)', () => {
    assert.equal(month('2024-01', 1).reference, 11396);
    assert.equal(month('2022-01', 1).reference, 10338);
    assert.equal(month('2010-01', 1).reference, 0);
  });
  it('0.8 × 11,396 = 9,116.8: 9,117 reaches it, 9,116 does not', () => {
    assert.equal(atLeast(month('2024-01', 9117), 0.8), true);
    assert.equal(atLeast(month('2024-01', 9116), 0.8), false);
  });
  it('0.8 × 10,338 = 8,270.4: 8,271 reaches it, 8,270 does not', () => {
    assert.equal(atLeast(month('2022-01', 8271), 0.8), true);
    assert.equal(atLeast(month('2022-01', 8270), 0.8), false);
  });
  it('0.79 × 11,396 = 9,002.84', () => {
    assert.equal(atLeast(month('2024-01', 9003), 0.79), true);
    assert.equal(atLeast(month('2024-01', 9002), 0.79), false);
  });
  it('1×, 2×, 3× are inclusive', () => {
    assert.equal(atLeast(month('2024-01', 11396), 1), true);
    assert.equal(atLeast(month('2024-01', 11395), 1), false);
    assert.equal(atLeast(month('2024-01', 22792), 2), true);
    assert.equal(atLeast(month('2024-01', 22791), 2), false);
    assert.equal(atLeast(month('2024-01', 34188), 3), true);
    assert.equal(atLeast(month('2024-01', 34187), 3), false);
    assert.equal(atLeast(month('2022-01', 31014), 3), true);
    assert.equal(atLeast(month('2022-01', 31013), 3), false);
  });
  it('a month without a published reference never reaches a band', () => {
    assert.equal(atLeast(month('2010-01', 100000), 0.8), false);
  });
  it('inWindow: the N months ending with the window end', () => {
    const end = monthIndex('2025-02');
    assert.equal(inWindow(month('2025-02', 1), end, 48), true);
    assert.equal(inWindow(month('2021-03', 1), end, 48), true);
    assert.equal(inWindow(month('2021-02', 1), end, 48), false);
    assert.equal(inWindow(month('2025-03', 1), end, 48), false);
  });
});

describe('agePoints against the RULES.md §2.3 table', () => {
  // ≤ 43 → 30; 44 → 29; 45 → 27; 46 → 25; 47 → 23; 48 → 21; 49 → 19; 50 → 17; 51 → 15; 52 → 13; 53 → 11; 54 → 9;
  // 55 → 7; 56–60 → 5
  const table: Record<number, number> = { 44: 29, 45: 27, 46: 25, 47: 23, 48: 21, 49: 19, 50: 17, 51: 15, 52: 13, 53: 11, 54: 9, 55: 7 };
  for (let a = 18; a <= 43; a++) table[a] = 30;
  for (let a = 56; a <= 60; a++) table[a] = 5;
  for (const version of ['2013-07-01', '2018-01-01', '2025-03-15']) {
    it(`every age 18..60 (rules in force on ${version})`, () => {
      const p = param('age', version);
      assert.ok(p, 'age rule in force');
      for (let a = 18; a <= 60; a++) assert.equal(agePoints(a, p.value), table[a], `age ${a}`);
    });
  }
});

describe('waiting period (满N年后开始计入, R6)', () => {
  it('all years once reached (default)', () => {
    assert.equal(yearsCounted(4, 5, 'allYearsOnceReached'), 0);
    assert.equal(yearsCounted(5, 5, 'allYearsOnceReached'), 5);
    assert.equal(yearsCounted(7, 5, 'allYearsOnceReached'), 7);
    assert.equal(yearsCounted(3, 3, 'allYearsOnceReached'), 3);
  });
  it('only the years beyond N (alternative)', () => {
    assert.equal(yearsCounted(4, 5, 'yearsBeyondN'), 0);
    assert.equal(yearsCounted(5, 5, 'yearsBeyondN'), 0);
    assert.equal(yearsCounted(7, 5, 'yearsBeyondN'), 2);
  });
  it('no wait (Lingang from 2024-08-21): from the first full year', () => {
    assert.equal(yearsCounted(0, 0, 'allYearsOnceReached'), 0);
    assert.equal(yearsCounted(1, 0, 'allYearsOnceReached'), 1);
    assert.equal(yearsCounted(1, 0, 'yearsBeyondN'), 1);
  });
});

describe('chooseVersion (R13)', () => {
  const pick = (date: string) => chooseVersion(date).info;
  it('throws before the scheme began', () => {
    assert.throws(() => chooseVersion('2013-06-30'), RangeError);
  });
  it('each boundary date', () => {
    assert.equal(pick('2013-07-01').id, '2013');
    assert.equal(pick('2017-12-31').id, '2013');
    assert.equal(pick('2018-01-01').id, '2017');
    assert.equal(pick('2022-12-31').id, '2017');
    assert.equal(pick('2023-01-01').id, '2022');
    assert.equal(pick('2027-12-31').id, '2022');
    assert.equal(pick('2027-12-31').beyondValidity, false);
    assert.equal(pick('2028-01-01').id, '2022');
    assert.equal(pick('2028-01-01').beyondValidity, true);
  });
  it('reads the rules on the date itself when the date picks the version', () => {
    assert.equal(chooseVersion('2025-03-15').lookupDate, '2025-03-15');
    assert.equal(chooseVersion('2025-03-15').info.pinned, false);
  });
  it('a pinned version is clamped into its own validity', () => {
    const trial = chooseVersion('2025-03-15', '2013');
    assert.equal(trial.info.id, '2013');
    assert.equal(trial.info.pinned, true);
    assert.equal(trial.info.beyondValidity, true);
    assert.equal(trial.lookupDate, '2017-12-31');
    const early = chooseVersion('2017-06-15', '2017');
    assert.equal(early.lookupDate, '2018-01-01');
    assert.equal(early.info.beyondValidity, false);
    // the last version is not clamped at its end: it continues, flagged
    const late = chooseVersion('2030-01-01', '2022');
    assert.equal(late.lookupDate, '2030-01-01');
    assert.equal(late.info.beyondValidity, true);
  });
  it('an unknown pinned version is an error', () => {
    assert.throws(() => chooseVersion('2025-03-15', '2019'), RangeError);
  });
  it('past a version validity, the warning names its last day and says whether it continues or is read as of then', () => {
    const applicant = parseApplicant({ birthDate: '1990-01-01' });
    // The 2022 revision ends 2027-12-31 and, being the latest, continues after it.
    const latest = asTexts(assess(applicant, { date: '2028-03-01' }).warnings[0]);
    assert.equal(latest?.zh, '评估日期已超出所适用版本的有效期（2027-12-31），按最新版本继续计算，请以届时公布的新规定为准。');
    // The 2013 trial, pinned on 2025-03-15, ended 2017-12-31: its rules are read as on that day.
    const pinned = asTexts(assess(applicant, { date: '2025-03-15', version: '2013' }).warnings[0]);
    assert.equal(pinned?.zh, '所选版本已于2017-12-31失效，按其失效当日的规定计算，仅供对比。');
    assert.equal(pinned?.en, 'The chosen version ended on 2017-12-31; its rules are applied as they stood that day, for comparison only.');
  });
  it('assess refuses a date before 2013-07-01', () => {
    const applicant = parseApplicant({ birthDate: '1990-01-01' });
    assert.throws(() => assess(applicant, { date: '2013-06-30' }), RangeError);
  });
});

describe('reference wage by month (policy/reference-wage.json, R8)', () => {
  const ref = (m: string) => referenceWage(monthIndex(m));
  it('boundary months of the talent-domain table', () => {
    assert.equal(ref('2019-10')?.value, 7832);
    assert.equal(ref('2019-11')?.value, 8211);
    assert.equal(ref('2020-06')?.value, 8211);
    assert.equal(ref('2020-07')?.value, 9339);
    assert.equal(ref('2021-06')?.value, 9339);
    assert.equal(ref('2021-07')?.value, 10338);
    assert.equal(ref('2023-06')?.value, 10338);
    assert.equal(ref('2023-07')?.value, 11396);
    assert.equal(ref('2019-03')?.value, 7132);
    assert.equal(ref('2019-04')?.value, 7832);
  });
  it('published months are not carried; 2023-07 is high, 2025-07 → 2026-06 low', () => {
    assert.equal(ref('2023-07')?.carried, false);
    assert.equal(ref('2023-07')?.confidence, 'high');
    assert.equal(ref('2026-06')?.value, 11396);
    assert.equal(ref('2026-06')?.carried, false);
    assert.equal(ref('2026-06')?.confidence, 'low');
  });
  it('after the last published month the latest value is carried forward, low', () => {
    const w = ref('2026-07');
    assert.equal(w?.value, 11396);
    assert.equal(w?.carried, true);
    assert.equal(w?.confidence, 'low');
    assert.equal(ref('2031-01')?.value, 11396);
  });
  it('before the first published period there is none', () => {
    // 2010-04 → 2011-03: the 2009 average 42,789 / 12 = 3,565.75 → 3,566; 2011-04 → 2012-03: 46,757 / 12 → 3,896
    assert.equal(ref('2010-03'), undefined);
    assert.deepEqual([ref('2010-04')?.value, ref('2010-04')?.confidence], [3566, 'medium']);
    assert.equal(ref('2011-04')?.value, 3896);
    assert.equal(ref('2012-03')?.value, 3896);
    assert.equal(ref('2012-04')?.value, 4331);
  });
  it('the R8 alternative series (SI average) differs from 2019', () => {
    assert.equal(referenceWage(monthIndex('2023-07'), 'socialInsuranceAverage')?.value, 12183);
    assert.equal(referenceWage(monthIndex('2022-07'), 'socialInsuranceAverage')?.value, 11396);
    assert.equal(referenceWage(monthIndex('2018-04'), 'socialInsuranceAverage')?.value, 7132);
  });
});

describe('schema primitives', () => {
  it('real calendar dates', () => {
    assert.equal(isRealDate('2024-02-29'), true);
    assert.equal(isRealDate('2023-02-29'), false);
    assert.equal(isRealDate('2000-02-29'), true);
    assert.equal(isRealDate('1900-02-29'), false);
    assert.equal(isRealDate('2023-02-30'), false);
    assert.equal(isRealDate('2023-04-31'), false);
    assert.equal(isRealDate('2023-13-01'), false);
  });
  it('ID number checksum (GB 11643)', () => {
    assert.equal(isValidIdNumber('11010519491231002X'), true);
    assert.equal(isValidIdNumber('110105194912310021'), false);
    assert.equal(isValidIdNumber('110105198001010016'), true);
    assert.equal(isValidIdNumber('110105198001010017'), false);
    assert.equal(isValidIdNumber('11010519800101001'), false);
  });
  it('parseApplicant upper-cases the check character before checking it', () => {
    assert.equal(parseApplicant({ birthDate: '1949-12-31', idNumber: '11010519491231002x' }).idNumber, '11010519491231002X');
  });
});
