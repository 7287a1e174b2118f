// No policy number is typed into a sentence (issue 15): the program runs, in a child process, on a test-only copy of
// policy/ in which the numbers change (standard score; age range, cap and pivot; education, title/skill and award
// points; deductions and their look-back; base bands' ratios, months, windows and points; the 1× gate). Every
// sentence of a few applicants' assessments, and the CLI's breakdown, must show the fixture's numbers, in zh and en.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '../..');
const HERE = join(import.meta.dirname, 'policy-fixture');

type Json = Record<string, unknown>;
interface Dated {
  value: Json;
}

/** The fixture's numbers, by policy file: every dated value of the file changed alike. */
const CHANGES: Record<string, (v: Json) => void> = {
  'eligibility.json': (v) => {
    v.permitSyncWorkingDays = 4;
  },
  'aggregation.json': (v) => {
    v.standardScore = 137;
  },
  'indicators/age.json': (v) => {
    Object.assign(v, { minAge: 19, maxAge: 59, cap: 33, oldBandFromAge: 53, oldBandPoints: 7, pointsPerYearYounger: 3 });
  },
  'indicators/education.json': (v) => {
    Object.assign(v, { points: { associate: 51, bachelorNoDegree: 61, bachelor: 91, master: 101, doctor: 111 }, cap: 111 });
  },
  'indicators/title-skill.json': (v) => {
    const p = { skill5: 16, skill4: 32, skill3: 63, skill2: 103, skill1: 143, titleMid: 103, titleSenior: 143, qualificationMid: 103 };
    Object.assign(v, { points: p, cap: 143, gate: { minRatio: 1.2, months: 5, windowMonths: 11 }, outOfTownSkillMinLevel: 2 });
  },
  'indicators/award.json': (v) => {
    Object.assign(v, { points: { municipalSpecial: 31, municipalComprehensive: 61, provincialOrAbove: 113 }, cap: 113 });
  },
  'indicators/deductions.json': (v) => {
    Object.assign(v, {
      falseMaterial: { points: 157, lookbackYears: 4 },
      adminDetention: { points: 57, lookbackYears: 6 },
      generalCrime: { points: 153, lookbackYears: 7 },
    });
  },
  'indicators/si-base.json': (v) => {
    const tiers = {
      x0_8: { minRatio: 0.7, maxRatio: 1.1, months: 31, windowMonths: 43, points: 27 },
      x1: { minRatio: 1.1, maxRatio: 2.2, months: 31, windowMonths: 43, points: 53 },
      x2: { minRatio: 2.2, maxRatio: 3.3, months: 31, windowMonths: 43, points: 103 },
      x3: { minRatio: 3.3, maxRatio: null, months: 23, windowMonths: 35, points: 127 },
    } as Record<string, Json>;
    for (const t of v.tiers as Json[]) Object.assign(t, tiers[t.id as string]);
    v.cap = 127;
  },
};

/**
 * Sentences worked out by hand from the fixture (assessed 2025-03-15; 30,000 a month from 2021-03 to 2025-02, over
 * 2.2 and under 3.3 times each month's reference wage). [applicant, key, zh, en]; a key met twice takes the first.
 */
const EXPECTED: [string, string, string, string][] = [
  [
    'full',
    'engine:age.explanationYoung',
    '评估日2025-03-15年满30周岁：每比53周岁小1岁加3分，最高33分，积33分。',
    'Aged 30 on 2025-03-15: +3 for each year under 53, at most 33, so 33 points.',
  ],
  ['full', 'engine:age.inRange', '19–59周岁', 'aged 19–59'],
  [
    'older',
    'engine:age.explanationOld',
    '评估日2025-03-15年满59周岁：53–59周岁积7分，积7分。',
    'Aged 59 on 2025-03-15: 53–59 gives 7, so 7 points.',
  ],
  ['outside', 'engine:age.outsideRange', '61周岁，不在19–59周岁范围内', 'aged 61, outside 19–59'],
  ['outside', 'engine:age.outsideRangeFix', '积分只适用于19至59周岁的在职人员', 'the scheme covers working people aged 19 to 59'],
  [
    'full',
    'engine:education.explanation',
    '最高可认定学历为大学本科学历并学士学位，积91分。',
    "Highest recognised qualification: bachelor's diploma with degree, 91 points.",
  ],
  ['older', 'engine:education.noneFix', '大专及以上学历可积51–111分', 'a junior-college diploma or higher gives 51–111 points'],
  [
    'full',
    'engine:titleSkill.counts',
    '「焊工」符合条件，且满足1.2倍社保基数条件（11个月），积103分。',
    'Welder (焊工) counts, and the 1.2× base gate is met (11 months): 103 points.',
  ],
  [
    'full',
    'engine:titleSkill.gate.anyOf',
    '2024-04至2025-02的11个月中累计至少5个月缴费基数不低于当月参考工资的1.2倍（不含补缴；实际11个月）',
    "at least 5 of the 11 months 2024-04 → 2025-02 with base ≥ 1.2× that month's reference wage, back-paid months excluded (11 months)",
  ],
  [
    'full',
    'engine:assess.chooseOne',
    '与「专业技术职称和技能等级」二选一，取较高的103分',
    'one choice with "Professional title and skill level": the higher, 103, counts',
  ],
  [
    'older',
    'engine:titleSkill.noneFix',
    '目录内的技能等级证书或中级职称可积16–143分',
    'a catalogue skill certificate or a mid-level title gives 16–143 points',
  ],
  [
    'full',
    'engine:award.explanation',
    '省部级及以上政府表彰奖励，积113分（多项取最高）。',
    'provincial/ministerial or higher award: 113 points (the highest counts).',
  ],
  [
    'full',
    'engine:deductions.explanation',
    '4年内提供虚假材料1次，每次减157分，共减157分。',
    '1 record(s) of false materials within 4 years, −157 each: -157.',
  ],
  ['full', 'engine:deductions.restored', '2027-06-01后超出4年，不再减分', 'no longer deducted after 2027-06-01, 4 years on'],
  ['full', 'engine:deductions.none', '6年内无行政拘留记录，不减分。', 'No administrative detention within 6 years: no deduction.'],
  ['older', 'engine:deductions.noRecords', '4年内无提供虚假材料', 'no false materials within 4 years'],
  [
    'full',
    'engine:siBase.explanation',
    '最近43个月内有43个月缴费基数达到当月参考工资的2.2倍及以上（需31个月），积103分。',
    "43 of the last 43 months had a base at ≥ 2.2× that month's reference (31 needed): 103 points.",
  ],
  [
    'full',
    'engine:siBase.tier',
    '2021-08至2025-02中基数0.7倍及以上的月份43个，需31个（27分档）',
    '43 of the required 31 months at ≥ 0.7× between 2021-08 and 2025-02 (27-point tier)',
  ],
  ['full', 'engine:siBase.tierFix', '还差23个月', '23 more month(s) needed'],
  [
    'elsewhere',
    'engine:eligibility.noResidencePermitFix',
    '先办理或签注居住证，4个工作日后再申请',
    'obtain or renew the residence permit, then apply 4 working days later',
  ],
  [
    'elsewhere',
    'engine:titleSkill.where.lowLevelElsewhere',
    '外省市取得的三级技能证书不能积分（仅二级及以上经验证可计分）',
    'an out-of-town skill certificate of level 3 scores no points (only level 2 and above may count, verified)',
  ],
  [
    'elsewhere',
    'engine:titleSkill.where.lowLevelElsewhereFix',
    '在本市工作期间取得证书，或取得二级及以上证书并按规定验证',
    'Obtain the certificate while working in Shanghai, or a certificate of level 2 or above verified as required',
  ],
];

/** Fragments only the real policy's numbers would put into a sentence. */
const REAL_ONLY = [
  '56周岁',
  '最高30分',
  '18至60',
  '50–110',
  '15–140',
  '积90分',
  '积110分',
  '每次减150分',
  '3年内',
  '需36个',
  '48个月内',
  '（120分档）',
  '1倍社保',
  '的2倍及以上',
  '基数2倍及以上',
  'under 56',
  'at most 30',
  'aged 18',
  '−150',
  'within 3 years',
  '(36 needed)',
  '≥ 1×',
  '≥ 2×',
  '3个工作日',
  '3 working days',
  '三级及以上',
  'level 3 or above',
];

interface Rendered {
  who: string;
  key: string;
  zh: string;
  en: string;
}

let fixture = '';
let out: {
  messages: Rendered[];
  cli: Record<string, { zh: string; en: string }>;
  batchHeaders: { zh: string[]; en: string[] };
};

describe('a policy whose numbers change changes every sentence', () => {
  before(() => {
    fixture = mkdtempSync(join(tmpdir(), 'hujifen-policy-'));
    cpSync(join(ROOT, 'policy'), fixture, { recursive: true });
    for (const [file, change] of Object.entries(CHANGES)) {
      const path = join(fixture, file);
      const data = JSON.parse(readFileSync(path, 'utf8')) as { values: Dated[] };
      for (const dated of data.values) change(dated.value);
      writeFileSync(path, JSON.stringify(data));
    }
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--import', join(HERE, 'register.mjs'), join(HERE, 'render-all.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, POLICY_FIXTURE: `${pathToFileURL(fixture).href}/` },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    out = JSON.parse(stdout);
  });
  after(() => rmSync(fixture, { recursive: true, force: true }));

  for (const [who, key, zh, en] of EXPECTED) {
    it(`${who}: ${key}`, () => {
      const m = out.messages.find((x) => x.who === who && x.key === key);
      assert.ok(m, `${key} is said`);
      assert.equal(m.zh, zh);
      assert.equal(m.en, en);
    });
  }

  it('no sentence of the engine keeps a number of the real policy', () => {
    const engine = out.messages.filter((m) => m.key.startsWith('engine:'));
    assert.ok(engine.length > 100, `${engine.length} sentences`);
    const stale = engine.flatMap((m) => REAL_ONLY.filter((f) => m.zh.includes(f) || m.en.includes(f)).map((f) => `${m.key}: ${f}`));
    assert.deepEqual(stale, []);
  });

  it("the CLI's breakdown measures against the fixture's standard score", () => {
    for (const { zh, en } of Object.values(out.cli)) {
      assert.match(zh, /^总积分：\d+ \/ 137（/m);
      assert.match(en, /^Total: \d+ \/ 137 \(/m);
      assert.doesNotMatch(`${zh}${en}`, / \/ 120\b/);
    }
  });

  it("the batch's result headers name the fixture's standard score", () => {
    assert.deepEqual(out.batchHeaders.zh.slice(3, 5), ['达到137分', '距137分差距']);
    assert.deepEqual(out.batchHeaders.en.slice(3, 5), ['reached137', 'gapTo137']);
    assert.ok(!`${out.batchHeaders.zh}${out.batchHeaders.en}`.includes('120'));
  });
});
