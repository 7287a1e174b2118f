// Certificate verdicts worked out by hand from RULES.md (§2.3, §3.2, §3.3, §5 and readings R3, R4, R5, R14, R15, R16).
// Points: skill 5→15, 4→30, 3→60, 2→100, 1→140; mid title / equivalent qualification 100; senior title 140.
// Gated (1× base): skill 2/1, mid/senior titles, equivalent qualifications; never skill 3/4/5.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Certificate } from '../../src/applicant/applicant.ts';
import { certificateVerdict } from '../../src/engine/index.ts';
import type { CertificateContext, CertificateVerdict } from '../../src/engine/indicators/title-skill/types.ts';
import { asTexts, type Textified } from '../messages/as-texts.ts';

interface Case {
  name: string;
  cert: Partial<Certificate> & Pick<Certificate, 'kind' | 'name'>;
  date?: string;
  readings?: Record<string, string>;
  employment?: CertificateContext['employment'];
  expect: {
    status: CertificateVerdict['status'];
    level: CertificateVerdict['level'];
    points: number;
    gated?: boolean;
    failed?: string[];
    confirm?: string[];
    entry?: string | null;
    confidence?: CertificateVerdict['confidence'];
  };
}

const inShanghai = { whileWorkingInShanghai: true, matchesPost: true, obtainedOn: '2020-05-01' } as const;
const qualified = { ...inShanghai, registered: true, appointed: true, seriesConditionsMet: true } as const;

const cases: Case[] = [
  {
    name: '焊工 level 3, obtained while working in Shanghai, post confirmed → counts 60, not gated',
    cert: { kind: 'skill', name: '焊工', skillLevel: 3, ...inShanghai },
    expect: { status: 'counts', level: 'skill3', points: 60, gated: false, entry: 'skill-30', confidence: 'low' },
  },
  {
    name: '焊工 level 2 → counts 100, gated',
    cert: { kind: 'skill', name: '焊工', skillLevel: 2, ...inShanghai },
    expect: { status: 'counts', level: 'skill2', points: 100, gated: true },
  },
  {
    name: '电工 level 1 → counts 140, gated',
    cert: { kind: 'skill', name: '电工', skillLevel: 1, ...inShanghai },
    expect: { status: 'counts', level: 'skill1', points: 140, gated: true },
  },
  {
    name: '电工 level 5 → counts 15, not gated',
    cert: { kind: 'skill', name: '电工', skillLevel: 5, ...inShanghai },
    expect: { status: 'counts', level: 'skill5', points: 15, gated: false },
  },
  {
    name: 'out-of-town level 4, not verified → fails where obtained',
    cert: {
      kind: 'skill',
      name: '电工',
      skillLevel: 4,
      obtainedOn: '2020-05-01',
      whileWorkingInShanghai: false,
      verifiedInShanghai: false,
      matchesPost: true,
    },
    expect: { status: 'doesNotCount', level: 'skill4', points: 30, failed: ['whereObtained'] },
  },
  {
    name: 'out-of-town level 4 even if verified → fails (only level 3+ may be verified)',
    cert: {
      kind: 'skill',
      name: '电工',
      skillLevel: 4,
      obtainedOn: '2020-05-01',
      whileWorkingInShanghai: false,
      verifiedInShanghai: true,
      matchesPost: true,
    },
    expect: { status: 'doesNotCount', level: 'skill4', points: 30, failed: ['whereObtained'] },
  },
  {
    name: 'out-of-town level 3 verifiable nationally (2022/23 细则) → counts 60',
    cert: {
      kind: 'skill',
      name: '电工',
      skillLevel: 3,
      obtainedOn: '2020-05-01',
      whileWorkingInShanghai: false,
      verifiedInShanghai: true,
      matchesPost: true,
    },
    expect: { status: 'counts', level: 'skill3', points: 60 },
  },
  {
    name: 'out-of-town level 3, verification unknown → to confirm',
    cert: { kind: 'skill', name: '电工', skillLevel: 3, obtainedOn: '2020-05-01', whileWorkingInShanghai: false, matchesPost: true },
    expect: { status: 'needsCheck', level: 'skill3', points: 60, confirm: ['whereObtained'] },
  },
  {
    name: 'where obtained unknown → to confirm',
    cert: { kind: 'skill', name: '焊工', skillLevel: 4, obtainedOn: '2020-05-01', matchesPost: true },
    expect: { status: 'needsCheck', level: 'skill4', points: 30, confirm: ['whereObtained'] },
  },
  {
    name: '美容师 level 3 → not on the catalogue',
    cert: { kind: 'skill', name: '美容师', skillLevel: 3, ...inShanghai },
    expect: { status: 'doesNotCount', level: 'skill3', points: 60, failed: ['catalogue'], entry: null },
  },
  {
    name: 'R3 alternative: a level-5 certificate off the catalogue (美容师) counts 15',
    cert: { kind: 'skill', name: '美容师', skillLevel: 5, ...inShanghai },
    readings: { R3: 'catalogueLevels3to1' },
    expect: { status: 'counts', level: 'skill5', points: 15, entry: null },
  },
  {
    name: 'R3 alternative: 美容师 level 3 is still bound to the catalogue',
    cert: { kind: 'skill', name: '美容师', skillLevel: 3, ...inShanghai },
    readings: { R3: 'catalogueLevels3to1' },
    expect: { status: 'doesNotCount', level: 'skill3', points: 60, failed: ['catalogue'] },
  },
  {
    name: '疫苗制品工 on 2022-05-31 → not yet on the catalogue',
    cert: { kind: 'skill', name: '疫苗制品工', skillLevel: 3, ...inShanghai },
    date: '2022-05-31',
    expect: { status: 'doesNotCount', level: 'skill3', points: 60, failed: ['catalogue'], entry: 'skill-63' },
  },
  {
    name: '疫苗制品工 on 2022-06-01 → on the catalogue, counts 60',
    cert: { kind: 'skill', name: '疫苗制品工', skillLevel: 3, ...inShanghai },
    date: '2022-06-01',
    expect: { status: 'counts', level: 'skill3', points: 60, entry: 'skill-63' },
  },
  {
    name: 'a typo (焊功) is not matched: fails with a "did you mean"',
    cert: { kind: 'skill', name: '焊功', skillLevel: 3, ...inShanghai },
    expect: { status: 'doesNotCount', level: 'skill3', points: 60, failed: ['catalogue'], entry: null },
  },
  {
    name: 'picked by catalogue id: 叉车司机证 as skill-62 → counts',
    cert: { kind: 'skill', name: '叉车司机证', catalogId: 'skill-62', skillLevel: 4, ...inShanghai },
    expect: { status: 'counts', level: 'skill4', points: 30, entry: 'skill-62' },
  },
  {
    name: 'post does not match → fails',
    cert: { kind: 'skill', name: '焊工', skillLevel: 3, ...inShanghai, matchesPost: false },
    expect: { status: 'doesNotCount', level: 'skill3', points: 60, failed: ['post'] },
  },
  {
    name: 'post match not stated → to confirm',
    cert: { kind: 'skill', name: '焊工', skillLevel: 3, obtainedOn: '2020-05-01', whileWorkingInShanghai: true },
    expect: { status: 'needsCheck', level: 'skill3', points: 60, confirm: ['post'] },
  },
  {
    name: 'obtained after the assessment date → not yet held',
    cert: { kind: 'skill', name: '焊工', skillLevel: 3, ...inShanghai, obtainedOn: '2024-07-01' },
    expect: { status: 'doesNotCount', level: 'skill3', points: 60, failed: ['obtainedOn'] },
  },
  {
    name: '一级建造师 not registered → fails (R15)',
    cert: { kind: 'qualification', name: '一级建造师', ...qualified, registered: false },
    expect: { status: 'doesNotCount', level: 'qualificationMid', points: 100, failed: ['registration'], entry: 'qual-08' },
  },
  {
    name: '一级建造师 registered, appointed, series conditions met → counts 100, gated',
    cert: { kind: 'qualification', name: '一级建造师', ...qualified },
    expect: { status: 'counts', level: 'qualificationMid', points: 100, gated: true, entry: 'qual-08', confidence: 'medium' },
  },
  {
    name: '一级建造师 with an expired registration → fails',
    cert: { kind: 'qualification', name: '建造师(一级)', ...qualified, registrationValidUntil: '2023-12-31' },
    expect: { status: 'doesNotCount', level: 'qualificationMid', points: 100, failed: ['registration'] },
  },
  {
    name: '中级会计 (not registration-type), appointment unknown → to confirm (R16)',
    cert: { kind: 'qualification', name: '中级会计', obtainedOn: '2020-05-01', matchesPost: true, seriesConditionsMet: true },
    expect: { status: 'needsCheck', level: 'qualificationMid', points: 100, confirm: ['appointed'], entry: 'qual-20' },
  },
  {
    name: '会计专业技术资格(中级), not appointed → fails (R16); obtained by national exam elsewhere is fine',
    cert: {
      kind: 'qualification',
      name: '会计专业技术资格(中级)',
      obtainedOn: '2020-05-01',
      whileWorkingInShanghai: false,
      matchesPost: true,
      appointed: false,
      seriesConditionsMet: true,
    },
    expect: { status: 'doesNotCount', level: 'qualificationMid', points: 100, failed: ['appointed'] },
  },
  {
    name: '法律职业资格 → needs a human check: its title is not stated (R14)',
    cert: { kind: 'qualification', name: '法律职业资格', ...qualified },
    expect: { status: 'needsCheck', level: 'qualificationMid', points: 100, confirm: ['titleStated'], entry: 'qual-56', confidence: 'low' },
  },
  {
    name: '二级建造师 is not on the qualification catalogue → no level, 0',
    cert: { kind: 'qualification', name: '二级建造师', ...qualified },
    expect: { status: 'doesNotCount', level: null, points: 0, failed: ['catalogue'], entry: null },
  },
  {
    name: 'junior title → 0',
    cert: { kind: 'title', name: '助理工程师', titleLevel: 'junior', obtainedBy: 'evaluation', ...inShanghai },
    expect: { status: 'doesNotCount', level: null, points: 0, gated: false, failed: ['level'] },
  },
  {
    name: 'mid title by evaluation outside Shanghai, not re-evaluated → fails (R4)',
    cert: {
      kind: 'title',
      name: '工程师',
      titleLevel: 'mid',
      obtainedBy: 'evaluation',
      obtainedOn: '2020-05-01',
      whileWorkingInShanghai: false,
      verifiedInShanghai: false,
      matchesPost: true,
    },
    expect: { status: 'doesNotCount', level: 'titleMid', points: 100, failed: ['whereObtained'] },
  },
  {
    name: 'mid title by evaluation outside Shanghai, re-evaluated in Shanghai → counts',
    cert: {
      kind: 'title',
      name: '工程师',
      titleLevel: 'mid',
      obtainedBy: 'evaluation',
      obtainedOn: '2020-05-01',
      whileWorkingInShanghai: false,
      verifiedInShanghai: true,
      matchesPost: true,
    },
    expect: { status: 'counts', level: 'titleMid', points: 100, gated: true },
  },
  {
    name: 'mid title by national exam outside Shanghai → counts 100, gated (R4 default)',
    cert: {
      kind: 'title',
      name: '经济师',
      titleLevel: 'mid',
      obtainedBy: 'exam',
      obtainedOn: '2018-05-01',
      whileWorkingInShanghai: false,
      matchesPost: true,
    },
    date: '2019-06-01',
    expect: { status: 'counts', level: 'titleMid', points: 100, gated: true, confidence: 'high' },
  },
  {
    name: 'R4 alternative (Shanghai only): the same exam title obtained elsewhere → fails',
    cert: {
      kind: 'title',
      name: '经济师',
      titleLevel: 'mid',
      obtainedBy: 'exam',
      obtainedOn: '2020-05-01',
      whileWorkingInShanghai: false,
      matchesPost: true,
    },
    readings: { R4: 'shanghaiOnly' },
    expect: { status: 'doesNotCount', level: 'titleMid', points: 100, failed: ['whereObtained'], confidence: 'low' },
  },
  {
    name: 'senior title by evaluation while working in Shanghai → counts 140, gated',
    cert: { kind: 'title', name: '高级工程师', titleLevel: 'senior', obtainedBy: 'evaluation', ...inShanghai },
    expect: { status: 'counts', level: 'titleSenior', points: 140, gated: true, confidence: 'medium' },
  },
  {
    name: 'title of unknown level → to confirm, no level',
    cert: { kind: 'title', name: '工程师', obtainedBy: 'exam', ...inShanghai },
    expect: { status: 'needsCheck', level: null, points: 0, confirm: ['level'] },
  },
  {
    name: 'R5 alternative (gate): 焊工 at a bakery → fails on business scope',
    cert: { kind: 'skill', name: '焊工', skillLevel: 3, ...inShanghai },
    readings: { R5: 'gate' },
    employment: { businessScope: '面包、糕点制售；餐饮服务' },
    expect: { status: 'doesNotCount', level: 'skill3', points: 60, failed: ['businessScope'] },
  },
  {
    name: 'R5 alternative (gate): 焊工 at a welding firm → counts',
    cert: { kind: 'skill', name: '焊工', skillLevel: 3, ...inShanghai },
    readings: { R5: 'gate' },
    employment: { businessScope: '金属结构件焊接加工' },
    expect: { status: 'counts', level: 'skill3', points: 60 },
  },
  {
    name: 'before the scheme began → nothing counts',
    cert: { kind: 'skill', name: '焊工', skillLevel: 3, ...inShanghai, obtainedOn: '2010-01-01' },
    date: '2012-12-31',
    expect: { status: 'doesNotCount', level: null, points: 0, failed: ['scheme'] },
  },
];

function verdict(c: Case): Textified<CertificateVerdict> {
  const date = c.date ?? '2024-06-01';
  const cert = { obtainedOn: '2020-05-01', ...c.cert } as Certificate;
  return asTexts(
    certificateVerdict(cert, { date, lookupDate: date, readings: c.readings ?? {}, employment: c.employment ?? { post: '技术岗' } }),
  );
}

describe('certificateVerdict: hand-worked cases', () => {
  for (const c of cases) {
    it(c.name, () => {
      const v = verdict(c);
      const ids = (status: string) => v.conditions.filter((x) => x.status === status).map((x) => x.id);
      assert.equal(v.status, c.expect.status);
      assert.equal(v.level, c.expect.level);
      assert.equal(v.points, c.expect.points);
      if (c.expect.gated !== undefined) assert.equal(v.gated, c.expect.gated);
      assert.deepEqual(ids('failed'), c.expect.failed ?? []);
      assert.deepEqual(ids('confirm'), c.expect.confirm ?? []);
      if (c.expect.entry !== undefined) assert.equal(v.catalogEntry?.id ?? null, c.expect.entry);
      if (c.expect.confidence) assert.equal(v.confidence, c.expect.confidence);
      for (const x of v.conditions) {
        assert.ok(x.text.zh && x.text.en, `${x.id} has zh and en`);
        if (x.status !== 'met') assert.ok(x.fix?.zh && x.fix.en, `${x.id} says what would change it`);
      }
    });
  }
});

describe('certificateVerdict: details', () => {
  const welder = (extra: Partial<Certificate> = {}) =>
    verdict({ name: '', cert: { kind: 'skill', name: '焊工', skillLevel: 3, ...inShanghai, ...extra }, expect: {} as Case['expect'] });

  it('a typo gets a "did you mean" naming the catalogue entry', () => {
    const v = verdict({ name: '', cert: { kind: 'skill', name: '焊功', skillLevel: 3, ...inShanghai }, expect: {} as Case['expect'] });
    const c = v.conditions.find((x) => x.id === 'catalogue');
    assert.match(c?.text.zh ?? '', /不在.*目录内，不能积分/);
    assert.match(c?.fix?.zh ?? '', /焊工/);
  });

  it('R5 default: a countable certificate carries a business-scope warning, never a condition', () => {
    const v = welder();
    assert.equal(v.warnings.length, 1);
    assert.match(v.warnings[0]!.zh, /经营范围/);
    assert.ok(!v.conditions.some((c) => c.id === 'businessScope'));
    assert.equal(v.readings.R5, undefined);
  });

  it('records the readings it relied on', () => {
    assert.deepEqual(welder().readings, { R3: 'catalogueAllLevels', R4: 'examAnywhereEvaluationInShanghai' });
    const law = verdict({ name: '', cert: { kind: 'qualification', name: '执业律师', ...qualified }, expect: {} as Case['expect'] });
    assert.equal(law.readings.R14, 'inferred');
    assert.equal(law.readings.R16, 'appointedAndSeriesConditions');
    assert.equal(law.readings.R15, undefined, '法律职业资格 is not registration-type');
  });

  it('documents: the certificate itself, plus appointment, registration and tax papers when they apply', () => {
    assert.deepEqual(
      welder().documents.map((d) => d.id),
      ['certificate'],
    );
    assert.match(welder().documents[0]!.zh, /焊工/);
    assert.deepEqual(
      welder({ skillLevel: 2 }).documents.map((d) => d.id),
      ['certificate', 'tax_records'],
    );
    const builder = verdict({ name: '', cert: { kind: 'qualification', name: '一建', ...qualified }, expect: {} as Case['expect'] });
    assert.deepEqual(builder.documents.map((d) => d.id).sort(), [
      'appointment_letter',
      'certificate',
      'registration_certificate',
      'tax_records',
    ]);
  });

  it('the appointment condition names the titles the qualification can be appointed to', () => {
    const v = verdict({
      name: '',
      cert: { kind: 'qualification', name: '一建', ...qualified, appointed: undefined },
      expect: {} as Case['expect'],
    });
    assert.match(v.conditions.find((c) => c.id === 'appointed')?.text.zh ?? '', /工程师或经济师/);
  });

  it('the out-of-town rule follows the version: re-evaluated in Shanghai (2017) vs national database (2022)', () => {
    const out = { skillLevel: 3, whileWorkingInShanghai: false, verifiedInShanghai: true, obtainedOn: '2018-05-01' };
    const at = (date: string) =>
      verdict({
        name: '',
        cert: { kind: 'skill', name: '焊工', matchesPost: true, ...out },
        date,
        expect: {} as Case['expect'],
      }).conditions.find((c) => c.id === 'whereObtained')?.text.zh;
    assert.match(at('2019-06-01') ?? '', /复评或验证/);
    assert.match(at('2024-06-01') ?? '', /全国联网查询系统/);
  });
});
