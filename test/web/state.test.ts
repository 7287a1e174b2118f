// The web app's pure pieces, without a browser: the #a= link format, quick mode's months, Excel paste, the answers
// left out when some have problems.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyAnswers, fromApplicantInput, toApplicantInput } from '../../web/src/state/answers.ts';
import { onePerField, valueAt, withoutProblems } from '../../web/src/state/partial.ts';
import { answersParam, decodeAnswers, encodeAnswers } from '../../web/src/state/share.ts';
import { generateQuickHistory, mergeMonths, parseMonth, parsePastedMonths } from '../../web/src/state/si.ts';
import { li } from './applicants.ts';

describe('share link (#a=)', () => {
  it('round-trips answers through deflate-raw + base64url', async () => {
    const a = fromApplicantInput(li.input, '2025-06-15');
    const encoded = await encodeAnswers(a);
    assert.match(encoded, /^[A-Za-z0-9_-]+$/, 'base64url, no padding');
    assert.ok(encoded.length < JSON.stringify(a).length / 4, `compressed: ${encoded.length} chars for ${JSON.stringify(a).length}`);
    assert.deepEqual(await decodeAnswers(encoded), a);
    assert.equal(answersParam(`#a=${encoded}`), encoded);
    assert.equal(answersParam('#token=abc'), null);
  });

  it('refuses a fragment that is not an answers link', async () => {
    await assert.rejects(decodeAnswers('not-a-link'));
    const bytes = new Blob([new TextEncoder().encode(JSON.stringify({ hello: 1 }))])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const other = Buffer.from(await new Response(bytes).arrayBuffer()).toString('base64url');
    await assert.rejects(decodeAnswers(other), /not a hujifen answers link/);
  });
});

describe('quick social-insurance mode', () => {
  it('stands for round(12 × years) months at one base before the assessment month, which is paid too', () => {
    // 2 years: 2023-06 … 2025-05 (24 months, where the SI counts end: W1) and 2025-06, the assessment month
    const months = generateQuickHistory({ years: 2, base: 13700.4, lastMonth: '' }, '2025-06-15');
    assert.equal(months.length, 25);
    assert.equal(months[0]?.month, '2023-06');
    assert.equal(months.at(-1)?.month, '2025-06');
    assert.ok(months.every((m) => m.base === 13700));
    assert.equal(generateQuickHistory({ years: 1.5, base: 8000, lastMonth: '2024-12' }, '2025-06-15').at(0)?.month, '2023-07');
    assert.deepEqual(generateQuickHistory({ years: 3, base: 0, lastMonth: '' }, '2025-06-15'), []);
  });

  it('is what the engine sees in quick mode; detailed mode passes the table through', () => {
    const a = emptyAnswers();
    a.quickSi = { years: 1, base: 9000, lastMonth: '' };
    a.applicant.socialInsurance = [{ month: '2020-01', base: 1 }];
    a.date = '2025-06-15';
    assert.equal(toApplicantInput(a).socialInsurance?.length, 13); // 12 before 2025-06, and 2025-06
    a.siMode = 'detailed';
    assert.deepEqual(toApplicantInput(a).socialInsurance, [{ month: '2020-01', base: 1 }]);
  });
});

describe('pasting months from Excel', () => {
  it('reads tab-separated rows with a header, thousands separators and back-paid marks', () => {
    const r = parsePastedMonths('月份\t缴费基数\t补缴\n2024-01\t12,000\t\n2024/2\t12000.40\t是\n2024年3月\t￥9,800\t\n\n合计\t33,800\n');
    assert.deepEqual(r.months, [
      { month: '2024-01', base: 12000, backPaid: false },
      { month: '2024-02', base: 12000, backPaid: true },
      { month: '2024-03', base: 9800, backPaid: false },
    ]);
    assert.deepEqual(r.skipped, [6], 'the total row is reported, the header is not');
  });

  it('reads what a batch cell reads: a whole date in Chinese, 有 as yes', () => {
    const r = parsePastedMonths('2023年1月31日\t12000\t有\n2023年2月28日\t12000\t否\n');
    assert.deepEqual(r.months, [
      { month: '2023-01', base: 12000, backPaid: true },
      { month: '2023-02', base: 12000, backPaid: false },
    ]);
    assert.deepEqual(r.skipped, []);
  });

  it('reads the month formats people type', () => {
    for (const [cell, month] of [
      ['2023-01', '2023-01'],
      ['2023/1', '2023-01'],
      ['2023.12', '2023-12'],
      ['202305', '2023-05'],
      ['2023年5月', '2023-05'],
      ['2023/5/31', '2023-05'],
      ['2023-13', null],
      ['May 2023', null],
    ] as const) {
      assert.equal(parseMonth(cell), month, cell);
    }
  });

  it('a pasted month replaces the same month in the table, in order', () => {
    const merged = mergeMonths(
      [
        { month: '2024-02', base: 1 },
        { month: '2024-01', base: 1 },
      ],
      [{ month: '2024-02', base: 2 }],
    );
    assert.deepEqual(merged, [
      { month: '2024-01', base: 1 },
      { month: '2024-02', base: 2 },
    ]);
  });
});

describe('answers with problems', () => {
  const issue = (path: string) => ({ path, field: { zh: path, en: path }, message: { zh: 'x', en: 'x' } });
  const input = {
    birthDate: '1990-01-01',
    certificates: [
      { kind: 'skill' as const, name: 'A', obtainedOn: '2020-01-01' },
      { kind: 'skill' as const, name: 'B', obtainedOn: '' },
    ],
    awards: [{ level: 'municipalSpecial' as const, receivedOn: '' }],
    marriage: { spouseShanghaiHukou: true, marriedOn: '' },
  };

  it('one issue per field: the first of those the schema gives for it', () => {
    const issues = [
      issue('certificates[1].obtainedOn'),
      { ...issue('certificates[1].obtainedOn'), message: { zh: 'y', en: 'y' } },
      issue('a'),
    ];
    assert.deepEqual(
      onePerField(issues).map((i) => [i.path, (i.message as { en: string }).en]),
      [
        ['certificates[1].obtainedOn', 'x'],
        ['a', 'x'],
      ],
    );
  });

  it('leaves out the records and sections that have one, and keeps the rest', () => {
    const rest = withoutProblems(input, [issue('certificates[1].obtainedOn'), issue('awards[0].receivedOn'), issue('marriage.marriedOn')]);
    assert.deepEqual(rest, { birthDate: '1990-01-01', certificates: [input.certificates[0]], awards: [] });
  });

  it('cannot leave out the birth date', () => {
    assert.equal(withoutProblems(input, [issue('birthDate')]), null);
  });

  it('reads the value a path points at', () => {
    assert.equal(valueAt(input, 'certificates[1].obtainedOn'), '');
    assert.equal(valueAt(input, 'certificates[0].name'), 'A');
    assert.equal(valueAt(input, 'certificates[5].name'), undefined);
  });
});
