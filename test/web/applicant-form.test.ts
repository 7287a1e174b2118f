// The calculator's form as an applicant meets it (issue 16): who they are first, the settings folded under
// "advanced", the result summary reachable from the top on a phone, a "no diploma" answer, one message per bad field
// with the rest of the result still shown, answers kept on the device until "clear my data", the planner's dated
// near miss, and labels whose numbers come from the policy in force. Screenshots in test-artifacts/ (looked at).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { param } from '../../src/policy/index.ts';
import { NEAR_DATE } from '../planner/helpers.ts';
import { fillThreeYears, QUICK_LABELS } from './applicants.ts';
import { answersHash, artifact, itemsOnPage } from './harness.ts';
import { DESKTOP, openIn, PHONE, staticApp } from './static-app.ts';

const app = staticApp();
type Lang = 'zh' | 'en';
const open = (path: string, size: { width: number; height: number }, lang: Lang) => openIn(app, path, size, lang);

const L = {
  zh: {
    ...QUICK_LABELS.zh,
    noDiploma: '我没有大专及以上学历',
    addCert: '添加证书',
    cert: '证书 1',
    occupation: '职业（工种）',
    seeResult: '看结果',
    clear: '清除我的数据',
    dateRequired: '取得日期：必填',
    excluded: /^1 处填写有误/,
  },
  en: {
    ...QUICK_LABELS.en,
    noDiploma: 'I have no junior-college or higher diploma',
    addCert: 'Add a certificate',
    cert: 'Certificate 1',
    occupation: 'Occupation (trade)',
    seeResult: 'See the result',
    clear: 'Clear my data',
    dateRequired: 'Date obtained: required',
    excluded: /^1 answer needs correcting/,
  },
};

const totalIs = (page: Page, n: number) =>
  page.waitForFunction((x) => document.querySelector('.result-panel [data-testid="total"]')?.textContent === String(x), n);

/** "3 years at 12,000" typed into the form: 179 (worked in applicants.ts). */
async function threeYears(page: Page, lang: Lang): Promise<void> {
  await fillThreeYears(page, lang);
  await totalIs(page, 179);
}

describe('the form in the applicant order, on a 390 × 844 phone', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: birth date first and above the fold, settings folded, the summary bar leads to the result`, async () => {
      const { page, problems } = await open('/', PHONE, lang);
      const l = L[lang];
      const sections = await page
        .locator('.calculator-form > [data-section]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-section')));
      assert.deepEqual(sections, ['basic', 'eligibility', 'bonus', 'deductions', 'advanced'], 'who you are first, settings last');
      const firstInput = await page.locator('.calculator-form input, .calculator-form select').first().getAttribute('type');
      assert.equal(firstInput, 'date', 'the first answer asked is the birth date');
      const birth = await page.getByLabel(l.birth).boundingBox();
      assert.ok(birth && birth.y + birth.height <= PHONE.height, `birth date above the fold (${birth?.y})`);
      // the assessment date and the version are in the closed "advanced" section
      const advanced = page.locator('details[data-section="advanced"]');
      assert.equal(await advanced.getAttribute('open'), null, 'closed by default');
      assert.equal(await advanced.locator('input[type="date"]').count(), 1, 'the assessment date is in it');
      assert.equal(
        await advanced.getByLabel(lang === 'zh' ? '积分办法版本' : 'Version of the scheme', { exact: true }).count(),
        1,
        'the version is in it',
      );
      assert.deepEqual(
        await advanced.locator('fieldset > legend').allTextContents(),
        [lang === 'zh' ? '政策解读' : 'Readings of the rules'],
        'the readings too',
      );
      assert.equal(await page.getByRole('heading', { name: lang === 'zh' ? '评估设置' : 'Assessment', exact: true }).count(), 0);
      await page.screenshot({ path: artifact(`form-top-${lang}-phone.png`) });

      await threeYears(page, lang);
      await page.evaluate(() => window.scrollTo(0, 0));
      // from the top of the form, the summary bar shows the total and the gap, in view
      const bar = page.getByRole('region', { name: lang === 'zh' ? '结果摘要' : 'Result summary' });
      assert.equal(await bar.getByTestId('summary-total').textContent(), '179');
      const box = await bar.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= PHONE.height, 'the bar is on screen');
      assert.match((await bar.textContent()) ?? '', lang === 'zh' ? /已达标/ : /Reached/);
      await page.screenshot({ path: artifact(`summary-bar-${lang}-phone.png`) });
      await bar.getByRole('button', { name: l.seeResult }).click();
      const total = page.locator('.result-panel [data-testid="total"]');
      await page.waitForFunction(() => {
        const r = document.querySelector('.result-panel [data-testid="total"]')?.getBoundingClientRect();
        return r !== undefined && r.top >= 0 && r.bottom <= window.innerHeight;
      });
      assert.equal(await total.textContent(), '179');
      assert.equal(
        await page.evaluate(() => document.activeElement?.classList.contains('calculator-result-column')),
        true,
        'focus moved to the result',
      );
      assert.deepEqual(await problems(), []);
      await page.close();
    });
  }
});

describe('"no diploma" is an answer', () => {
  for (const [lang, size] of [
    ['zh', PHONE],
    ['en', DESKTOP],
  ] as const) {
    it(`${lang}: education scores 0 with nothing to confirm`, async () => {
      const { page, problems } = await open('/', size, lang);
      await page.getByLabel(L[lang].birth).fill('1990-01-01');
      const education = page.locator('.result-panel [data-item="education"]');
      // not answered: a question ("to confirm")
      await education.locator('.badge-confirm').waitFor();
      await page.getByLabel(L[lang].noDiploma).check();
      await education.locator('.badge-confirm').waitFor({ state: 'detached' });
      assert.equal((await itemsOnPage(page))['education']?.points, 0);
      await education.locator('summary').click();
      assert.equal(await education.locator('[data-status="confirm"]').count(), 0, 'no condition to confirm');
      // no diploma and no list of diplomas to fill in; unticking gives the list back
      assert.equal(await page.getByRole('button', { name: L[lang].addEdu }).count(), 0);
      await page.screenshot({ path: artifact(`no-diploma-${lang}.png`) });
      await page.getByLabel(L[lang].noDiploma).uncheck();
      await page.getByRole('button', { name: L[lang].addEdu }).waitFor();
      await education.locator('.badge-confirm').waitFor();
      assert.deepEqual(await problems(), []);
      await page.close();
    });
  }
});

describe('one message per bad field, and the rest of the result', () => {
  for (const [lang, size] of [
    ['zh', PHONE],
    ['en', DESKTOP],
  ] as const) {
    it(`${lang}: a certificate without its date is said once, beside it, and left out; 179 stays`, async () => {
      const { page, problems } = await open('/', size, lang);
      const l = L[lang];
      await threeYears(page, lang);
      await page.getByRole('button', { name: l.addCert }).click();
      const cert = page.getByRole('group', { name: l.cert });
      await cert.getByRole('combobox', { name: l.occupation }).fill('焊工');
      await page.keyboard.press('Escape');
      // the date is left empty: one message, in the certificate's own box
      await page.locator('[data-status="partial"]').waitFor();
      assert.deepEqual(await page.locator('.field-problems li').allTextContents(), [l.dateRequired]);
      assert.equal(await cert.locator('.field-problems li').count(), 1, 'beside the certificate');
      assert.match((await page.locator('[data-status="partial"]').textContent()) ?? '', l.excluded);
      // everything else is scored and shown as current, not dimmed
      assert.equal(await page.locator('.result-panel [data-testid="total"]').textContent(), '179');
      assert.equal(await page.locator('.stale').count(), 0);
      assert.equal(await page.locator('[data-status="invalid"]').count(), 0, 'no second list of the same problem');
      await cert.scrollIntoViewIfNeeded();
      await page.screenshot({ path: artifact(`bad-field-${lang}.png`) });
      // dated: the message goes and the certificate counts (焊工 level unset: still 0, the total unchanged)
      await cert.getByLabel(lang === 'zh' ? '取得日期' : 'Date obtained').fill('2020-01-01');
      await page.locator('[data-status="partial"]').waitFor({ state: 'detached' });
      assert.equal(await page.locator('.field-problems').count(), 0);
      await totalIs(page, 179);
      assert.deepEqual(await problems(), []);
      await page.close();
    });
  }
});

describe('answers kept on this device', () => {
  it('survive a reload without the link, and are gone after "clear my data" (confirmed)', async () => {
    const { page, problems } = await open('/', PHONE, 'zh');
    await threeYears(page, 'zh');
    assert.match((await page.getByTestId('device-note').textContent()) ?? '', /只保存在这台设备/);
    // a new load of the bare address (no #a= link): the device's answers come back
    await page.goto(`${app.url}/`);
    await totalIs(page, 179);
    assert.equal(await page.getByLabel('出生日期').inputValue(), '1997-06-15');
    assert.equal(await page.getByLabel('累计缴纳年数').inputValue(), '3');
    // "clear my data" asks first: cancelled, nothing is lost
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: '清除我的数据' }).click();
    assert.equal(await page.getByLabel('出生日期').inputValue(), '1997-06-15');
    assert.notEqual(await page.evaluate(() => localStorage.getItem('hujifen.answers')), null);
    // confirmed: the form is empty, the device and the address bar hold nothing
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.accept();
    });
    await page.getByRole('button', { name: '清除我的数据' }).click();
    assert.match(asked, /删除/);
    await page.waitForFunction(() => (document.querySelector('input[type="date"]') as HTMLInputElement | null)?.value === '');
    assert.equal(await page.evaluate(() => localStorage.getItem('hujifen.answers')), null);
    await page.waitForFunction(() => location.hash === '');
    await page.reload();
    await page.locator('main').waitFor();
    assert.equal(await page.getByLabel('出生日期').inputValue(), '');
    assert.equal(await page.locator('.result-panel').count(), 0);
    assert.deepEqual(await problems(), []);
    await page.close();
  });
});

describe('the planner says the near miss first', () => {
  // The near-miss applicant of test/planner/helpers.ts (本科 without a degree, 2.5 years at 12,000 on 2026-12-06):
  // 96 today, +53 from 2027-06 (SI years 6 → 9, base band 0 → 50), as on the result page.
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}, phone: the dated headline under the title`, async () => {
      const hash = await answersHash(
        NEAR_DATE,
        { birthDate: '1997-06-15', education: [{ level: 'bachelor', degree: false, fullTime: true }] },
        { years: 2.5, base: 12000 },
      );
      const { page, problems } = await open(`/planner${hash}`, PHONE, lang);
      const headline = page.getByTestId('near-miss');
      await headline.waitFor({ timeout: 30000 });
      assert.match(
        (await headline.textContent()) ?? '',
        lang === 'zh' ? /^仅靠时间：\s*2027-06 起 \+53 分：/ : /^By waiting alone:\s*From 2027-06, \+53 points: /,
      );
      const order = await page
        .locator('.planner > *')
        .evaluateAll((els) =>
          els.map((e) => e.tagName.toLowerCase() + (e.getAttribute('data-testid') ? `#${e.getAttribute('data-testid')}` : '')),
        );
      assert.deepEqual(order.slice(0, 2), ['h1', 'p#near-miss'], 'right under the title');
      const standard = param('aggregation', NEAR_DATE)?.value.standardScore;
      assert.match((await page.locator('.planner h1').textContent()) ?? '', new RegExp(String(standard)));
      await page.screenshot({ path: artifact(`planner-near-miss-${lang}-phone.png`) });
      assert.deepEqual(await problems(), []);
      await page.close();
    });
  }
});

describe('labels take their numbers from the policy in force', () => {
  it('award points and deductions (points, years) as the policy data says, in zh and en', async () => {
    const award = param('award', NEAR_DATE)?.value.points;
    const deductions = param('deductions', NEAR_DATE)?.value;
    assert.ok(award && deductions);
    const hash = await answersHash(NEAR_DATE, {
      birthDate: '1990-01-01',
      awards: [{ level: 'municipalSpecial', receivedOn: '2020-01-01' }],
      records: [{ kind: 'falseMaterial', date: '2010-01-01' }],
    });
    for (const lang of ['zh', 'en'] as const) {
      const { page } = await open(`/${hash}`, DESKTOP, lang);
      const awardOptions = await page.locator('select:has(option[value="provincialOrAbove"]) option').allTextContents();
      const recordOptions = await page.locator('select:has(option[value="falseMaterial"]) option').allTextContents();
      const want: string[] =
        lang === 'zh'
          ? [`（${award.municipalSpecial}分）`, `（${award.municipalComprehensive}分）`, `（${award.provincialOrAbove}分）`]
          : [`(${award.municipalSpecial})`, `(${award.municipalComprehensive})`, `(${award.provincialOrAbove})`];
      assert.deepEqual(
        awardOptions.map((o, i) => o.endsWith(want[i] ?? '?')),
        [true, true, true],
        awardOptions.join(' | '),
      );
      // the investment's yearly figures: one field a year of the policy's window, each saying so
      const years = param('investment', NEAR_DATE)?.value.windowYears;
      const tax = page.getByLabel(lang === 'zh' ? /^近\d+年第\d+年按出资比例纳税额/ : /^Tax by your investment share, year \d+ of \d+/);
      assert.equal(await tax.count(), years);
      const first = await tax.first().evaluate((e) => (e as HTMLInputElement).labels?.[0]?.textContent ?? '');
      assert.ok(
        first.startsWith(lang === 'zh' ? `近${years}年第1年按出资比例纳税额` : `Tax by your investment share, year 1 of ${years}`),
        first,
      );
      const f = deductions.falseMaterial;
      assert.ok(
        recordOptions[0]?.includes(
          lang === 'zh' ? `减${f.points}分/次，${f.lookbackYears}年内` : `−${f.points} each, ${f.lookbackYears} years`,
        ),
        recordOptions[0],
      );
      await page.close();
    }
  });
});

describe('readings of the rules, under "advanced"', () => {
  it('switching R17 scores a doctoral diploma without its degree as no row (test/cases/education.yaml)', async () => {
    // 30 (age) + 60 (R17 default: the 本科学历 row) = 90; under R17 noRow the diploma matches no row: 30.
    const socialInsurance = ['2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02'].map((month) => ({
      month,
      base: 7000,
    }));
    const hash = await answersHash('2025-03-15', {
      birthDate: '1995-01-01',
      employment: { contributingNow: true },
      education: [{ level: 'doctor', degree: false }],
      socialInsurance,
    });
    const { page, problems } = await open(`/${hash}`, DESKTOP, 'en');
    await totalIs(page, 90);
    // a link with a date opens the section, so what is in force is never hidden
    const advanced = page.locator('details[data-section="advanced"]');
    assert.notEqual(await advanced.getAttribute('open'), null);
    const r17 = advanced.getByLabel(/^R17 /);
    assert.match((await r17.locator('option:checked').textContent()) ?? '', /\(default\)$/);
    await r17.selectOption('noRow');
    await totalIs(page, 30);
    assert.equal((await itemsOnPage(page))['education']?.points, 0);
    // kept with the other answers: a new load of the bare address still reads R17 so
    await page.goto(`${app.url}/`);
    await totalIs(page, 30);
    assert.deepEqual(await problems(), []);
    await page.close();
  });
});
