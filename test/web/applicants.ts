// Three realistic applicants, each worked out by hand from the rules summarised in docs/policy.md (the team's RULES.md), given to the
// calculator through its form (as a person would fill it) and to the engine directly: both must give these numbers.
import type { Page } from 'playwright-core';
import type { ApplicantInput } from '../../src/applicant/applicant.ts';

export interface Expected {
  status: 'scored' | 'ineligible' | 'vetoed' | 'outsideScheme';
  total: number;
  version: string;
  /** Points of every item that is not 0 (the rest must be 0). */
  items: Record<string, number>;
  /** Items with points that do not count (choose one with a higher item, Art. 11). */
  notCounted: string[];
}

export interface Applicant {
  name: string;
  date: string;
  input: ApplicantInput;
  expected: Expected;
  fill: (page: Page) => Promise<void>;
}

/** Consecutive months from..to (YYYY-MM) at one base; `backPaid` months flagged 补缴. */
export function months(from: string, to: string, base: number, backPaid: string[] = []) {
  const out: { month: string; base: number; backPaid: boolean }[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month, base, backPaid: backPaid.includes(month) });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

async function setDate(page: Page, date: string) {
  // The calculator keeps the date under its "advanced" section, closed by default (the workspace shows it open).
  const advanced = page.locator('details[data-section="advanced"]:not([open])');
  if (await advanced.count()) await advanced.locator('summary').click();
  await page.getByLabel('评估日期').fill(date);
}

async function tri(scope: ReturnType<Page['locator']>, legend: string, answer: '是' | '否' | '不确定') {
  await scope.getByRole('group', { name: legend }).getByLabel(answer, { exact: true }).check();
}

/**
 * 1 — 刘先生 (RULES.md §7.1 E8): 29, full-time 大专, 2 years of social insurance at about 1.2× the reference.
 * Assessed 2025-06-15 → the 2022 revision (R13: 2023-01-01 → 2027-12-31).
 *   age: born 1996-04-18 → 29 on the date; ≤ 43 → 30 (§2.3)
 *   education: 大专(高职) → 50 (§2.3)
 *   SI years: quick mode "2 years at 13,700" = the 24 months 2023-06 … 2025-05 before the application month, and
 *            2025-06 (paid now); the counts end 2025-05 (reading W1) → 24 → 2 full years × 3 → 6 (§2.3)
 *   SI base: 13,700 / 11,396 = 1.20× (1–2× band) but the 48-month window 2021-06 … 2025-05 holds 24 months < 36
 *            → 0 (§2.4 row 5)
 *   total 30 + 50 + 6 = 86 — E8's published 86; gap 34.
 */
export const liu: Applicant = {
  name: 'liu',
  date: '2025-06-15',
  input: {
    birthDate: '1996-04-18',
    education: [{ level: 'associate', degree: true, fullTime: true, verified: true, foreign: false }],
    socialInsurance: months('2023-06', '2025-06', 13700),
  },
  expected: { status: 'scored', total: 86, version: '2022', items: { age: 30, education: 50, siYears: 6 }, notCounted: [] },
  async fill(page) {
    await setDate(page, '2025-06-15');
    await page.getByLabel('出生日期').fill('1996-04-18');
    await page.getByRole('button', { name: '添加学历' }).click();
    await page.getByRole('group', { name: '学历 1' }).getByLabel('学历层次').selectOption('associate');
    await page.getByLabel('累计缴纳年数').fill('2');
    await page.getByLabel('每月缴费基数约').fill('13700');
  },
};

/** Rows as copied from an Excel sheet of the 社保 statement: month, base, back-paid. */
export const LI_MONTHS = months('2018-06', '2025-06', 12000, ['2019-01', '2019-02', '2019-03']);
const LI_PASTE = ['月份\t缴费基数\t补缴', ...LI_MONTHS.map((m) => `${m.month}\t12,000\t${m.backPaid ? '是' : ''}`)].join('\n');

/**
 * 2 — 李女士: 42, 本科 without degree, skill level 2 (技师) as 计算机程序设计员 (catalogue item 4), married to a
 * Shanghai-hukou spouse since 2015-10-01, working and living in Lingang since 2020-03-01; 85 months of SI
 * 2018-06 … 2025-06 at 12,000, of which 2019-01 … 2019-03 back-paid. Assessed 2025-06-15 (2022 revision).
 *   age: born 1983-02-14 → 42 → 30
 *   education: 本科 without 学士学位 → 60, but not counted: choose one with title/skill (Art. 11)
 *   title/skill: 二级 → 100 (§2.3); occupation on the catalogue (R3), obtained while working in Shanghai (R4),
 *                post match confirmed; 1× gate: 2024-06 … 2025-05 all at 12,000 ≥ 11,396 → 12 of 12 ≥ 6 (§3.2)
 *   SI years: 85 − 3 back-paid = 82 months → 6 full years × 3 → 18
 *   SI base: window 2021-06 … 2025-05: 48 months, none back-paid; 12,000 ≥ 1× of 9,339 / 10,338 / 11,396 and
 *            < 2× → 48 ≥ 36 in the 1–2× band → 50
 *   spouse: 2015-10-01 → 2025-06-15 = 9 full years × 4 → 36 (cap 40)
 *   Lingang: 2020-03-01 → 2025-06-15 = 5 full years × 2 → 10; from 2024-08-21 counted from year 1 (§1.4)
 *   total 30 + 100 + 18 + 50 + 36 + 10 = 244.
 */
export const li: Applicant = {
  name: 'li',
  date: '2025-06-15',
  input: {
    birthDate: '1983-02-14',
    education: [{ level: 'bachelor', degree: false, fullTime: true, verified: true, foreign: false }],
    certificates: [
      {
        kind: 'skill',
        name: '计算机程序设计员',
        catalogId: 'skill-04',
        skillLevel: 2,
        obtainedOn: '2022-09-30',
        obtainedBy: 'assessment',
        whileWorkingInShanghai: true,
        matchesPost: true,
      },
    ],
    socialInsurance: LI_MONTHS,
    marriage: { spouseShanghaiHukou: true, marriedOn: '2015-10-01' },
    remoteArea: [{ area: 'lingang', from: '2020-03-01' }],
  },
  expected: {
    status: 'scored',
    total: 244,
    version: '2022',
    items: { age: 30, education: 60, titleSkill: 100, siYears: 18, siBase: 50, spouse: 36, remoteArea: 10 },
    notCounted: ['education'],
  },
  async fill(page) {
    await setDate(page, '2025-06-15');
    await page.getByLabel('出生日期').fill('1983-02-14');
    await page.getByRole('button', { name: '添加学历' }).click();
    const edu = page.getByRole('group', { name: '学历 1' });
    await edu.getByLabel('学历层次').selectOption('bachelor');
    await edu.getByLabel('同时获得学位（本科为学士学位）').uncheck();
    await page.getByRole('button', { name: '添加证书' }).click();
    const cert = page.getByRole('group', { name: '证书 1' });
    await cert.getByRole('combobox', { name: '职业（工种）' }).fill('计算机程序');
    await page.getByRole('option', { name: /计算机程序设计员/ }).click();
    await cert.getByLabel('技能等级').selectOption('2');
    await cert.getByLabel('取得日期').fill('2022-09-30');
    await cert.getByLabel('取得方式').selectOption('assessment');
    await tri(cert, '在本市工作期间取得', '是');
    await tri(cert, '专业、工种与所聘岗位相符', '是');
    await page.getByLabel('逐月明细（可从 Excel 粘贴）').check();
    await page.getByLabel('从 Excel 粘贴（每行：月份、基数、是否补缴）').fill(LI_PASTE);
    await page.getByRole('button', { name: '导入粘贴的月份' }).click();
    await page.getByLabel('配偶为本市户籍人员').check();
    await page.getByLabel('结婚日期').fill('2015-10-01');
    await page.getByRole('button', { name: '添加区域工作居住经历' }).click();
    const area = page.getByRole('group', { name: '区域经历 1' });
    await area.getByLabel('区域').selectOption('lingang');
    await area.getByLabel('开始日期').fill('2020-03-01');
  },
};

/**
 * 3 — 王先生: 52, 硕士, mid-level engineer title by evaluation in Shanghai, 10 years of SI at 8,000 (2011-03 …
 * 2021-02, and 2021-03 paid now: quick mode), one administrative detention on 2019-05-01. Assessed 2021-03-01 →
 * the 2017 version.
 *   age: born 1968-09-01 → 52 → 5 + 2 × (56 − 52) = 13 (§2.3)
 *   title: 中级 → 100 only with the 1× gate: 2020-03 … 2021-02 at 8,000 against 8,211 (to 2020-06) and 9,339
 *          → 0 of 12 months ≥ 1× → the title gives 0 (§3.2), and education counts instead
 *   education: 硕士研究生学历学位 → 100
 *   SI years: 120 months up to 2021-02, where the counts end (W1) → 10 years × 3 → 30
 *   SI base: window 2017-03 … 2021-02 (48 months) against the talent-domain reference (§4.2):
 *            ≥ 1×: 2017-03 (5,939), 2017-04 … 2018-03 (6,504), 2018-04 … 2019-03 (7,132), 2019-04 … 2019-10
 *            (7,832) = 1 + 12 + 12 + 7 = 32 < 36 → no 50; ≥ 0.8×: all 48 (8,000 ≥ 0.8 × 9,339 = 7,471.2) → 25
 *   admin detention within 5 years → −50 (§2.5)
 *   total 13 + 100 + 30 + 25 − 50 = 118; gap 2.
 */
export const wang: Applicant = {
  name: 'wang',
  date: '2021-03-01',
  input: {
    birthDate: '1968-09-01',
    education: [{ level: 'master', degree: true, fullTime: true, verified: true, foreign: false }],
    certificates: [
      {
        kind: 'title',
        name: '工程师',
        titleLevel: 'mid',
        obtainedOn: '2015-12-01',
        obtainedBy: 'evaluation',
        whileWorkingInShanghai: true,
        matchesPost: true,
        appointed: true,
      },
    ],
    socialInsurance: months('2011-03', '2021-03', 8000),
    records: [{ kind: 'adminDetention', date: '2019-05-01' }],
  },
  expected: {
    status: 'scored',
    total: 118,
    version: '2017',
    items: { age: 13, education: 100, siYears: 30, siBase: 25, adminDetention: -50 },
    notCounted: [],
  },
  async fill(page) {
    await setDate(page, '2021-03-01');
    await page.getByLabel('出生日期').fill('1968-09-01');
    await page.getByRole('button', { name: '添加学历' }).click();
    await page.getByRole('group', { name: '学历 1' }).getByLabel('学历层次').selectOption('master');
    await page.getByRole('button', { name: '添加证书' }).click();
    const cert = page.getByRole('group', { name: '证书 1' });
    await cert.getByLabel('证书类型').selectOption('title');
    await cert.getByLabel('职称名称').fill('工程师');
    await cert.getByLabel('职称级别').selectOption('mid');
    await cert.getByLabel('取得日期').fill('2015-12-01');
    await cert.getByLabel('取得方式').selectOption('evaluation');
    await tri(cert, '在本市工作期间取得', '是');
    await tri(cert, '专业、工种与所聘岗位相符', '是');
    await tri(cert, '单位已聘任到相应岗位', '是');
    await page.getByLabel('累计缴纳年数').fill('10');
    await page.getByLabel('每月缴费基数约').fill('8000');
    await page.getByRole('button', { name: '添加记录' }).click();
    const rec = page.getByRole('group', { name: '记录 1' });
    await rec.getByLabel('记录类型').selectOption('adminDetention');
    await rec.getByLabel('日期').fill('2019-05-01');
  },
};

export const APPLICANTS = [liu, li, wang];

/** The quick-entry labels the "3 years at 12,000" applicant is typed with, in both languages. */
export const QUICK_LABELS = {
  zh: { birth: '出生日期', addEdu: '添加学历', edu: '学历 1', level: '学历层次', years: '累计缴纳年数', base: '每月缴费基数约' },
  en: {
    birth: 'Date of birth',
    addEdu: 'Add a diploma',
    edu: 'Diploma 1',
    level: 'Level',
    years: 'Years contributed',
    base: 'Monthly contribution base, about',
  },
};

/**
 * "3 years at 12,000" (issue 16): born 1997-06-15, 本科 + 学士, quick mode with the last month left empty, assessed
 * today: 30 (age ≤ 43) + 90 (本科 + 学士) + 9 (3 years × 3) + 50 (36 of 48 months at 1–2× of 11,396) = 179.
 */
export async function fillThreeYears(page: Page, lang: 'zh' | 'en'): Promise<void> {
  const l = QUICK_LABELS[lang];
  await page.getByLabel(l.birth).fill('1997-06-15');
  await page.getByRole('button', { name: l.addEdu }).click();
  await page.getByRole('group', { name: l.edu }).getByLabel(l.level).selectOption('bachelor');
  await page.getByLabel(l.years).fill('3');
  await page.getByLabel(l.base).fill('12000');
}
