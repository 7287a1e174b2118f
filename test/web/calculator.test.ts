// The calculator in headless Chromium: three hand-worked applicants filled through the form, the shareable
// link, the language switch, options disabled by version, vetoes first, and a 375-px phone screen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assess, parseApplicant } from '../../src/engine/index.ts';
import { APPLICANTS, li, liu, wang } from './applicants.ts';
import { artifact, itemsOnPage, watchProblems } from './harness.ts';
import { staticApp } from './static-app.ts';

const app = staticApp();

async function open(path = '/'): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await app.context.newPage();
  const problems = await watchProblems(page);
  await page.goto(`${app.url}${path}`);
  await page.getByRole('heading', { name: '居住证积分计算' }).waitFor();
  return { page, problems };
}

async function total(page: Page): Promise<number> {
  return Number(await page.getByTestId('total').textContent());
}

describe('calculator: hand-worked applicants', () => {
  for (const applicant of APPLICANTS) {
    it(`${applicant.name}: the page shows the hand-worked total and items, equal to the engine`, async () => {
      const { page, problems } = await open();
      await applicant.fill(page);
      await page
        .waitForFunction((n) => document.querySelector('[data-testid="total"]')?.textContent === String(n), applicant.expected.total, {
          timeout: 5000,
        })
        .catch(() => {});
      const x = applicant.expected;
      const engine = assess(parseApplicant(applicant.input), { date: applicant.date });
      assert.equal(engine.total, x.total, 'engine total = hand-worked total');
      assert.equal(engine.version.id, x.version);
      assert.equal(await total(page), x.total, 'page total = hand-worked total');
      const shown = await itemsOnPage(page);
      assert.equal(Object.keys(shown).length, engine.items.length, 'every item is on the page');
      for (const item of engine.items) {
        assert.equal(shown[item.id]?.points, x.items[item.id] ?? 0, `hand-worked points of ${item.id}`);
        assert.equal(shown[item.id]?.points, item.points, `engine points of ${item.id}`);
        assert.equal(shown[item.id]?.counted, item.counted, `counted ${item.id}`);
      }
      assert.deepEqual(
        engine.items.filter((i) => !i.counted && i.points !== 0).map((i) => i.id),
        x.notCounted,
      );
      const gap = await page.getByTestId('gap').textContent();
      assert.ok(gap?.includes(x.total >= 120 ? `超出 ${x.total - 120} 分` : `还差 ${120 - x.total} 分`), gap ?? '');
      assert.match((await page.locator('.version-line').textContent()) ?? '', new RegExp(`评估日期 ${applicant.date}`));
      await page.screenshot({ path: artifact(`calculator-${applicant.name}.png`), fullPage: false });
      assert.deepEqual(await problems(), [], 'no page errors or CSP violations');
      await page.close();
    });
  }

  it('explains an item: why not, what to confirm, article and linked sources', async () => {
    const { page } = await open();
    await wang.fill(page);
    await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent === '118');
    const title = page.locator('.result-panel [data-item="titleSkill"]');
    await title.locator('summary').click();
    await assert.doesNotReject(title.getByText('为什么没有得分').waitFor());
    const gate = title.locator('[data-condition="baseGate"]');
    assert.equal(await gate.getAttribute('data-status'), 'failed');
    assert.match((await gate.textContent()) ?? '', /实际0个月/);
    const links = title.locator('.sources a');
    assert.ok((await links.count()) > 0, 'sources are linked');
    assert.match((await links.first().getAttribute('href')) ?? '', /^https?:\/\//);
    // a certificate whose post match is not answered is "to confirm", highlighted, and scores nothing
    await page.getByRole('group', { name: '证书 1' }).getByRole('group', { name: '专业、工种与所聘岗位相符' }).getByLabel('不确定').check();
    await page.locator('.result-panel [data-item="titleSkill"].item-confirm').waitFor();
    assert.match((await title.locator('.badge-confirm').textContent()) ?? '', /1 项待确认/);
    assert.match(
      (await title.locator('[data-status="confirm"]').textContent()) ?? '',
      /岗位/,
      'the post-match question is the one to confirm',
    );
    await page.close();
  });
});

describe('calculator: state, language, versions', () => {
  it('a share link restores the form from the #a= fragment', async () => {
    const { page } = await open();
    await li.fill(page);
    await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent === '244');
    // the "copy link" button encodes the answers as they are now (the address bar follows after a short debounce)
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    await page.getByRole('button', { name: '复制分享链接' }).click();
    await page.getByText('链接已复制').waitFor();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/#a=[\w-]+$/, 'answers in the fragment, base64url');
    assert.ok(!url.includes('1983'), 'the answers are compressed, not plain text in the URL');
    await page.waitForFunction((u) => location.href === u, url);
    const copy = await app.context.newPage();
    await copy.goto(url);
    await copy.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent === '244');
    assert.equal(await copy.getByLabel('出生日期').inputValue(), '1983-02-14');
    assert.equal(await copy.getByLabel('结婚日期').inputValue(), '2015-10-01');
    assert.equal(await copy.getByText('共 85 个月').count(), 1, 'the month table is restored');
    assert.deepEqual(await itemsOnPage(copy), await itemsOnPage(page));
    await copy.close();
    await page.close();
  });

  it('switches to English and remembers the choice', async () => {
    const { page } = await open();
    await liu.fill(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Residence-permit points calculator' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.match((await page.getByTestId('gap').textContent()) ?? '', /34 points short of the standard 120/);
    assert.match(
      (await page.locator('.result-panel [data-item="education"] .item-label').textContent()) ?? '',
      /^[\x20-\x7e]+$/,
      'engine labels in English',
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Residence-permit points calculator' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '居住证积分计算' }).waitFor();
    await page.close();
  });

  it('in English, the certificate picker finds an occupation by its English name and keeps the official name', async () => {
    const { page, problems } = await open();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Add a certificate' }).click();
    const box = page.getByRole('group', { name: 'Certificate 1' }).getByRole('combobox', { name: 'Occupation (trade)' });
    await box.fill('welder');
    await page.getByRole('option', { name: /^Welder \(焊工\)/ }).click();
    // the certificate is stored under its official name, the one printed on it
    assert.equal(await box.inputValue(), '焊工');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '居住证积分计算' }).waitFor();
    assert.deepEqual(await problems(), []);
    await page.close();
  });

  it('disables options that cannot apply, with the reason (startup talent under the 2013 trial)', async () => {
    const { page } = await open();
    await page.getByLabel('出生日期').fill('1990-01-01');
    const startup = page.getByLabel('创业人才（孵化企业股东）');
    assert.equal(await startup.isDisabled(), false);
    await page.locator('details[data-section="advanced"] > summary').click();
    await page.getByLabel('积分办法版本').selectOption('2013');
    assert.equal(await startup.isDisabled(), true);
    const reasonId = (await startup.getAttribute('aria-describedby')) ?? '';
    assert.match((await page.locator(`[id="${reasonId}"]`).textContent()) ?? '', /2018-01-01/);
    await page.getByRole('button', { name: '添加区域工作居住经历' }).click();
    const newTown = page.getByRole('group', { name: '区域经历 1' }).locator('option[value="newTown"]');
    assert.equal(await newTown.isDisabled(), true, 'the new towns came in 2021');
    await page.close();
  });

  it('shows a veto first and the total as 0', async () => {
    const { page } = await open();
    await liu.fill(page);
    await page.getByRole('button', { name: '添加记录' }).click();
    const rec = page.getByRole('group', { name: '记录 1' });
    await rec.getByLabel('记录类型').selectOption('seriousCrime');
    await rec.getByLabel('日期').fill('2020-01-01');
    const veto = page.locator('.result-panel > [data-status="vetoed"]');
    await veto.waitFor();
    assert.equal(await total(page), 0);
    const order = await page
      .locator('.result-panel > *')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? e.className));
    assert.equal(order[0], 'vetoed', 'the veto comes before the total');
    await page.close();
  });

  it('recomputes on every change and announces the total politely', async () => {
    const { page } = await open();
    await liu.fill(page);
    await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent === '86');
    await page.getByRole('group', { name: '学历 1' }).getByLabel('学历层次').selectOption('master');
    await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent === '136');
    assert.equal(await page.locator('[aria-live="polite"]:has([data-testid="total"])').count(), 1);
    await page.close();
  });
});

describe('calculator on a 375 × 667 phone', () => {
  it('has no horizontal scroll, with a long month table', async () => {
    const page = await app.context.newPage();
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(`${app.url}/`);
    await li.fill(page);
    await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent === '244');
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.equal(scroll, client, 'no horizontal scroll');
    await page.locator('.mini-total').waitFor();
    await page.screenshot({ path: artifact('calculator-phone.png') });
    await page.close();
  });
});
