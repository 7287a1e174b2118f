// The applicant on a phone (390 × 844) and on desktop, in zh and en: no silent lost points in quick mode, the near
// miss said first (calculator and report), and "not reached" never styled as success. Screenshots in
// test-artifacts/ (looked at). Hand-worked figures: test/cli/batch-quick-si.test.ts ("3 years at 12,000") and
// test/planner/helpers.ts (the near-miss applicant).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { monthIndex, monthString } from '../../src/core/calendar.ts';
import { todayInShanghai } from '../../src/core/today.ts';
import { NEAR_DATE } from '../planner/helpers.ts';
import { fillThreeYears } from './applicants.ts';
import { answersHash, artifact, itemsOnPage } from './harness.ts';
import { DESKTOP, openIn, PHONE, staticApp } from './static-app.ts';

const app = staticApp();
const open = (path: string, size: { width: number; height: number }, lang: 'zh' | 'en') => openIn(app, path, size, lang);

describe('"3 years at 12,000", assessed today, quick mode with the last month left empty', () => {
  for (const [lang, size, name] of [
    ['zh', PHONE, 'phone'],
    ['en', PHONE, 'phone'],
    ['en', DESKTOP, 'desktop'],
  ] as const) {
    it(`${lang}, ${name}: 179 points, the 36-month band's 50 and no "35 of 36"`, async () => {
      const { page, problems } = await open('/', size, lang);
      await fillThreeYears(page, lang);
      // 30 (age ≤ 43) + 90 (本科 + 学士) + 9 (3 years × 3) + 50 (36 of 48 months at 1–2× of 11,396): 179
      await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent === '179');
      const items = await itemsOnPage(page);
      assert.deepEqual(
        [items['age']?.points, items['education']?.points, items['siYears']?.points, items['siBase']?.points],
        [30, 90, 9, 50],
      );
      const band = (await page.locator('.result-panel [data-item="siBase"]').textContent()) ?? '';
      assert.doesNotMatch(band, /35/, 'no "35 of 36 months"');
      // the last-month field is a month picker, and says what empty means: the month before this one
      const last = monthString(monthIndex(todayInShanghai()) - 1);
      const field = page.locator('input[type="month"]');
      assert.equal(await field.count(), 1);
      const hintId = (await field.getAttribute('aria-describedby')) ?? '';
      const hint = (await page.locator(`[id="${hintId.split(' ')[0]}"]`).textContent()) ?? '';
      assert.ok(hint.includes(last), `${hint} names ${last}`);
      await page.locator('.result-panel').scrollIntoViewIfNeeded();
      await page.screenshot({ path: artifact(`quick-3y-${lang}-${name}.png`) });
      assert.deepEqual(await problems(), []);
      await page.close();
    });
  }
});

describe('the near miss, first in the result', () => {
  // 本科 without a degree, 2.5 years at 12,000 on 2026-12-06: quick mode holds 2024-06 … 2026-12, the near-miss
  // applicant of test/planner/helpers.ts: 96 today, "+53 from 2027-06" (SI years 6 → 9, base band 0 → 50).
  let hash: string;
  before(async () => {
    hash = await answersHash(
      NEAR_DATE,
      { birthDate: '1997-06-15', education: [{ level: 'bachelor', degree: false, fullTime: true }] },
      { years: 2.5, base: 12000 },
    );
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}, phone: the dated headline above the total`, async () => {
      const { page, problems } = await open(`/${hash}`, PHONE, lang);
      await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent === '96');
      const headline = page.getByTestId('near-miss');
      const text = (await headline.textContent()) ?? '';
      assert.match(text, lang === 'zh' ? /^仅靠时间：\s*2027-06 起 \+53 分：/ : /^By waiting alone:\s*From 2027-06, \+53 points: /);
      const first = await page.locator('.result-panel > *').first().getAttribute('data-testid');
      assert.equal(first, 'near-miss', 'said first');
      await headline.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: artifact(`near-miss-${lang}-phone.png`) });
      assert.deepEqual(await problems(), []);
      await page.close();
    });
  }

  it('the printable report says it too, from the plan', async () => {
    const { page, problems } = await open(`/report${hash}`, DESKTOP, 'zh');
    await page.locator('.report-page[data-ready="true"]').waitFor({ timeout: 30000 });
    assert.match((await page.getByTestId('near-miss').textContent()) ?? '', /2027-06 起 \+53 分：/);
    assert.deepEqual(await problems(), []);
    await page.close();
  });
});

describe('the planner a person can act on', () => {
  it('the skilled worker (焊工 level 3, base 9,000) is offered the 1× base and level 2 as one step, with its yuan a month', async () => {
    // examples/skilled-worker.json on 2024-12-16; worked by hand in test/planner/combined.test.ts: +40 from 2025-07-01,
    // 2,396 yuan a month more (11,396 − 9,000), reaching 145.
    const welder = JSON.parse(readFileSync(new URL('../../examples/skilled-worker.json', import.meta.url), 'utf8')) as Record<
      string,
      unknown
    >;
    const hash = await answersHash('2024-12-16', welder);
    for (const lang of ['zh', 'en'] as const) {
      const { page, problems } = await open(`/planner${hash}`, PHONE, lang);
      const first = page.locator('.actions > li').first();
      await first.waitFor({ timeout: 30000 });
      const text = (await first.textContent()) ?? '';
      if (lang === 'zh') {
        assert.match(text, /提高到参考工资的1倍（11,396元），并取得「焊工」技能等级二级证书/);
        assert.match(text, /代价：缴费基数每月多2,396元；7个月后（2025-07-01）起计分；需通过考试或认定/);
        // the mid-level-title what-if scores the same: the gate, in the 12 months before the plan month
        const unchanged = page.getByTestId('scenario-unchanged');
        await unchanged.waitFor();
        assert.match(
          (await unchanged.textContent()) ?? '',
          /不加分：2023-12至2024-11的12个月中累计至少6个月缴费基数不低于当月参考工资.*实际0个月/,
        );
      } else {
        assert.match(text, /1× the reference wage \(¥11,396\), and obtain a level-2 skill certificate as /);
        assert.match(
          text,
          /Cost: ¥2,396 a month more on the base; counts in 7 month\(s\) \(from 2025-07-01\); an exam or appraisal to pass/,
        );
      }
      assert.match((await page.getByTestId('ranking-rule').textContent()) ?? '', lang === 'zh' ? /^排序：/ : /^Order: /);
      await page.getByTestId('ranking-rule').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: artifact(`planner-combined-${lang}-phone.png`) });
      assert.deepEqual(await problems(), []);
      await page.close();
    }
  });
});

describe('"not reached" is not success', () => {
  it('the planner does not show "waiting alone does not reach it" in green', async () => {
    // Not contributing, no record: 30 (age) + 50 (大专) once eligible; nothing changes with time: never 120.
    const hash = await answersHash('2026-12-06', {
      birthDate: '1990-01-01',
      education: [{ level: 'associate', degree: true, fullTime: true }],
      employment: { contributingNow: false },
    });
    const { page, problems } = await open(`/planner${hash}`, PHONE, 'zh');
    const reach = page.getByTestId('reach-date');
    await reach.waitFor({ timeout: 30000 });
    assert.match((await reach.textContent()) ?? '', /达不到/);
    const colour = await reach.evaluate((e) => getComputedStyle(e).color);
    const good = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--good').trim());
    assert.equal(good, '#1e7d4f');
    assert.notEqual(colour, 'rgb(30, 125, 79)', 'not the success green');
    await page.screenshot({ path: artifact('planner-not-reached-zh-phone.png') });
    assert.deepEqual(await problems(), []);
    await page.close();
  });
});
