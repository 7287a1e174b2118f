// `hujifen score`: the breakdown table and --json, for the example applicants. Every expected figure is worked out
// by hand from the rules summarised in docs/policy.md (from the team's RULES.md) (section in each comment), not copied from the program's output.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { EXAMPLES, hasStackTrace, hujifen, type Run, tableRows } from './helpers.ts';

const DATE = '2024-12-16'; // application month 2024-12; "last N months" windows end 2024-11 (reading W1)

interface Item {
  id: string;
  points: number;
  counted: boolean;
}
interface AssessmentJson {
  date: string;
  status: string;
  total: number;
  scoreIfEligible: number;
  reaches: boolean;
  version: { id: string; docNo: string };
  items: Item[];
  eligibility: { id: string; status: string }[];
  documents: { id: string }[];
  confidence: string;
}

function pointsOf(a: AssessmentJson): Record<string, number> {
  return Object.fromEntries(a.items.filter((i) => i.points !== 0).map((i) => [i.id, i.points]));
}

describe('score, text (zh): the fresh graduate', () => {
  let run: Run;
  before(async () => {
    run = await hujifen(['score', join(EXAMPLES, 'graduate.yaml'), '--date', DATE]);
  });

  it('exits 0 and prints to stdout only', () => {
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
  });

  it('shows each indicator with points, max and counted', () => {
    const rows = tableRows(run.stdout);
    // §2.3 age: born 2002-04-10, 22 on the date, ≤ 43 → 30 (cap 30)
    assert.deepEqual(rows.get('年龄'), ['30', '30', '是']);
    // §2.3 education: 本科学历 + 学士学位 → 90, cap 110
    assert.deepEqual(rows.get('教育背景'), ['90', '110', '是']);
    // §2.4 #8 full-time fresh graduate, applying in the graduation year with the notice (R11) → 10
    assert.deepEqual(rows.get('全日制应届高校毕业生'), ['10', '10', '是']);
    // §2.3 SI years: 7 months (2024-06 … 2024-12) is not one full year → 0; no cap
    assert.deepEqual(rows.get('在本市工作及缴纳职工社会保险年限'), ['0', '-', '是']);
    // §2.4 #5 SI base: 36 of the last 48 months needed, 6 held → 0
    assert.equal(rows.get('缴纳职工社会保险费基数')?.[0], '0');
    assert.equal(rows.size, 17, 'every indicator, deductions included');
  });

  it('gives the total against 120 with the gap, status, version and confidence', () => {
    // 30 + 90 + 10 = 130 ≥ 120 (§2: standard score 120)
    assert.match(run.stdout, /^总积分：130 \/ 120（已达到标准分值，超出 10 分）$/m);
    assert.match(run.stdout, /^状态：已评分$/m);
    // §1.1 row 6: the 2022 revision is in force from 2023-01-01
    assert.match(run.stdout, /^适用版本：2022 .*沪府规〔2022〕21号 \(2023-01-01 至 2027-12-31\)$/m);
    assert.match(run.stdout, /^可信度：(高|中|低)$/m);
  });

  it('lists eligibility, documents to bring and the readings used', () => {
    // §3.1: 6 months in 2023-12 … 2024-11 (2024-06 … 2024-11), back-paid excluded
    assert.match(run.stdout, /✓ .*2023-12.*2024-11.*6个月/);
    assert.match(run.stdout, /需准备的材料\n {2}- /);
    assert.match(run.stdout, /采用的解读：均为默认/);
  });
});

describe('score, text (en): the skilled worker below 120', () => {
  let run: Run;
  before(async () => {
    run = await hujifen(['score', join(EXAMPLES, 'skilled-worker.json'), '--date', DATE, '--lang', 'en']);
  });

  it('scores 102, 18 short of 120', () => {
    assert.equal(run.code, 0, run.stderr);
    // age 36 → 30; skill level 3 (焊工, on the catalogue, not gated) → 60, chosen over 大专 50 (Art. 11);
    // SI 2020-01 … 2024-12, counted up to 2024-11 like the base windows (W1) → 59 months → 4 full years × 3 = 12;
    // base 9,000 < 0.8 × 11,396 from 2023-07, so only 31 of the 48 months 2020-12 … 2024-11 reach 0.8× (7 at 9,339,
    // 24 at 10,338) → the 25-point tier (36) is missed.
    assert.match(run.stdout, /^Total: 102 \/ 120 \(below the standard score: 18 short\)$/m);
    const rows = tableRows(run.stdout);
    assert.deepEqual(rows.get('Education'), ['50', '110', 'no']);
    assert.equal(rows.get('Age')?.[0], '30');
  });

  it('says why not: the choose-one rule and the base tier that was missed', () => {
    assert.match(run.stdout, /Why not/);
    assert.match(run.stdout, /31 of the required 36 months/);
    assert.match(run.stdout, /one choice with/);
  });
});

describe('score --json', () => {
  it('the engineer: a mid title through the 1× gate, with a back-paid month', async () => {
    const run = await hujifen(['score', join(EXAMPLES, 'engineer.json'), '--date', DATE, '--json']);
    assert.equal(run.code, 0, run.stderr);
    const a = JSON.parse(run.stdout) as AssessmentJson;
    // age 39 → 30. 中级职称 → 100 (gate §3.2: 12 of the last 12 months at 13,000 ≥ 11,396) over 本科+学士 90.
    // 48 months 2021-01 … 2024-12, 2021-01 back-paid: 47 counted → 3 full years → 9 (§2.3 exclusions).
    // Base tier 1–2×: 2021-02 … 2024-11 = 46 months ≥ 1× (11,000 ≥ 9,339 / 10,338; 13,000 ≥ 10,338 / 11,396) → 50.
    assert.deepEqual(pointsOf(a), { age: 30, education: 90, titleSkill: 100, siYears: 9, siBase: 50 });
    assert.equal(a.items.find((i) => i.id === 'education')?.counted, false);
    assert.equal(a.total, 189);
    assert.equal(a.status, 'scored');
    assert.equal(a.reaches, true);
    assert.equal(a.version.id, '2022');
    assert.equal(a.date, DATE);
  });

  it('the ineligible applicant: assessed (exit 0), total 0, what the items would give', async () => {
    const run = await hujifen(['score', join(EXAMPLES, 'ineligible.yaml'), '--date', DATE, '--json']);
    assert.equal(run.code, 0, run.stderr);
    const a = JSON.parse(run.stdout) as AssessmentJson;
    // §3.1: only 2024-09 … 2024-11 fall in 2023-12 … 2024-11 → 3 < 6 months
    assert.equal(a.status, 'ineligible');
    assert.equal(a.total, 0);
    // age 34 → 30, 硕士 → 100; 4 months → 0 SI years
    assert.equal(a.scoreIfEligible, 130);
    assert.deepEqual(
      a.eligibility.filter((c) => c.status === 'failed').map((c) => c.id),
      ['siMonths'],
    );
  });

  it('reads the applicant from stdin with -', async () => {
    const text = readFileSync(join(EXAMPLES, 'engineer.json'), 'utf8');
    const run = await hujifen(['score', '-', '--date', DATE, '--json'], { input: text });
    assert.equal(run.code, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as AssessmentJson).total, 189);
  });

  it('--version pins the 2017 procedures; --reading switches a reading', async () => {
    const run = await hujifen([
      'score',
      join(EXAMPLES, 'engineer.json'),
      '--date',
      DATE,
      '--version',
      '2017',
      '--reading',
      'R1=last6consecutive',
      '--json',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const a = JSON.parse(run.stdout) as AssessmentJson & { version: { pinned: boolean }; readings: Record<string, string> };
    assert.equal(a.version.id, '2017');
    assert.equal(a.version.pinned, true);
    assert.equal(a.readings['R1'], 'last6consecutive');
    // the last 6 months 2024-06 … 2024-11 are all at 13,000 ≥ 11,396: the title still counts
    assert.equal(a.items.find((i) => i.id === 'titleSkill')?.points, 100);
    assert.ok(!hasStackTrace(run.stdout + run.stderr));
  });
});
