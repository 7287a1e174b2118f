// Catalogue lookup, planner, printable report (to PDF) and privacy, served by the real server (its CSP included).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { search } from '../../src/catalog/index.ts';
import { assess, parseApplicant } from '../../src/engine/index.ts';
import { say } from '../../src/messages/catalogue.ts';
import { plan } from '../../src/planner/index.ts';
import { li, liu } from './applicants.ts';
import { answersHash, artifact, buildWeb, launch, startRealServer, watchProblems } from './harness.ts';

let dir: string;
let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let liuHash: string;

before(async () => {
  dir = buildWeb();
  server = await startRealServer(dir);
  browser = await launch();
  // 刘先生 (applicants.ts) as the calculator's quick mode holds him: 2 years at 13,700.
  liuHash = await answersHash('2025-06-15', { birthDate: '1996-04-18', education: liu.input.education }, { years: 2, base: 13700 });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await browser.context.newPage();
  const problems = await watchProblems(page);
  await page.goto(`${server.url}${path}`);
  return { page, problems };
}

describe('catalogue lookup', () => {
  it('searches as you type, with the points each entry gives', async () => {
    const { page, problems } = await open('/catalog');
    const box = page.getByLabel('搜索目录');
    await box.fill('电工');
    const first = page.locator('.catalog-hit').first();
    await first.locator('.hit-name', { hasText: '电工' }).waitFor();
    const expected = search('电工', { date: new Date().toISOString().slice(0, 10), limit: 20 });
    assert.equal(await page.locator('.catalog-hit').count(), expected.hits.length, 'as many hits as the catalogue search');
    assert.equal(await first.locator('.hit-name').textContent(), expected.hits[0]?.entry.name);
    assert.match((await first.getByTestId('hit-points').textContent()) ?? '', /15–140分/);
    await box.fill('jsj');
    await page.locator('.catalog-hit .hit-name', { hasText: '计算机程序设计员' }).waitFor();
    await box.fill('厨师长');
    await page.getByTestId('not-found').getByText('「厨师长」不在目录内，不能积分').waitFor();
    await page.getByLabel('专业技术类职业资格目录').check();
    await box.fill('一建');
    await page.locator('.catalog-hit .hit-name', { hasText: '建造师(一级)' }).waitFor();
    assert.match((await page.locator('.catalog-hit').first().getByTestId('hit-points').textContent()) ?? '', /100分/);
    await page.screenshot({ path: artifact('catalog.png'), fullPage: false });
    assert.deepEqual(await problems(), []);
    await page.close();
  });

  it('in English: finds an entry by its English name and shows the official Chinese name beside it', async () => {
    const { page, problems } = await open('/catalog');
    await page.getByRole('button', { name: 'English' }).click();
    const box = page.getByLabel('Search the catalogues');
    await box.fill('welder');
    const first = page.locator('.catalog-hit').first();
    await first.locator('.hit-name', { hasText: 'Welder' }).waitFor();
    assert.equal(await page.locator('.catalog-hit').count(), 1);
    assert.equal(await first.locator('.hit-official').textContent(), '焊工');
    assert.match((await first.getByTestId('hit-points').textContent()) ?? '', /^15–140 by level: level 5 → 15 /);
    await box.fill('astronaut');
    await page.getByTestId('not-found').getByText('"astronaut" is not on the catalogue: it scores no points').waitFor();
    // the language choice is remembered: back to Chinese for the other pages
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByLabel('搜索目录').waitFor();
    assert.deepEqual(await problems(), []);
    await page.close();
  });
});

describe('planner', () => {
  it('shows the day 120 is reached, ranked actions with dates, and scenarios side by side', async () => {
    const { page, problems } = await open(`/planner${liuHash}`);
    // By hand (RULES.md): the 1–2× base tier needs 36 months in the 48 before the application month. 刘先生's
    // months run from 2023-06 at 13,700 (quick mode: 2 years before 2025-06, and 2025-06; 1.2 × 11,396, carried
    // forward), so the 36th is 2026-05 and the first application month counting it is 2026-06: on 2026-06-01 age 30
    // + 大专 50 + 36 months (2023-06 … 2026-05, where the counts end) → 9 + base 50 = 139.
    await page.getByTestId('reach-date').getByText('预计 2026-06-01 达到 120 分').waitFor({ timeout: 20000 });
    const expected = plan(parseApplicant({ ...liu.input }), { date: '2025-06-15' });
    assert.equal(expected.projection?.reaches?.date, '2026-06-01');
    assert.equal(expected.projection?.reaches?.total, 139);
    const shown = await page.locator('.actions .action').evaluateAll((els) =>
      els.map((e) => ({
        title: e.querySelector('strong')?.textContent,
        reaches: e.querySelector('[data-testid="action-reaches"]')?.textContent,
      })),
    );
    assert.deepEqual(
      shown,
      expected.actions.map((a) => ({ title: say('zh', a.title), reaches: a.reaches?.date ?? '预测期内达不到' })),
      'the ranked actions of the planner, in its order',
    );
    const dates = shown.map((a) => a.reaches).filter((d): d is string => /^\d{4}/.test(d ?? ''));
    assert.deepEqual(dates, [...dates].sort(), 'earliest first');
    await page.locator('.chart svg').first().waitFor();
    // Scenarios on 2025-06-15, by hand: as is 86; 大专 → 本科+学士 90 instead of 50 → 126;
    // a mid-level title 100 (its 1× gate: 12 of the last 12 months at 13,700 ≥ 11,396) instead of 50 → 136.
    const totals = { current: 86, educationUp: 126, midTitle: 136 };
    for (const [label, total] of Object.entries(totals))
      assert.equal(await page.getByTestId(`scenario-total-${label}`).textContent(), String(total), label);
    assert.equal(
      assess(parseApplicant({ ...liu.input, education: [{ level: 'bachelor', degree: true }] }), { date: '2025-06-15' }).total,
      126,
    );
    await page.screenshot({ path: artifact('planner.png'), fullPage: true });
    assert.deepEqual(await problems(), [], 'no errors, no CSP violation (the worker included)');
    await page.close();
  });
});

describe('report', () => {
  it('prints to an A4 PDF with the breakdown, plan, documents, version, date and disclaimer', async () => {
    const { page, problems } = await open(`/report${liuHash}`);
    await page.locator('.report-page[data-ready="true"]').waitFor({ timeout: 20000 });
    await page.locator('.report .chart svg').nth(1).waitFor();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const file = artifact('report.pdf');
    writeFileSync(file, pdf);
    const text = pdfText(file);
    for (const expected of [
      '上海市居住证积分评估报告',
      '沪府规〔2022〕21号',
      '2025-06-15',
      '距 120 分标准分值还差 34 分',
      '预计 2026-06-01 达到 120 分',
      '取得与岗位相符的中级专业技术职称',
      '材料清单',
      '《上海市居住证》',
      '免责声明',
    ]) {
      assert.ok(text.includes(expected), `PDF text has "${expected}"`);
    }
    assert.doesNotMatch(text, /积分计算\s+达标规划\s+目录查询/, 'the site navigation is not printed');
    // the first page as an image, to look at: without a CJK font Chinese would be boxes while the text passes
    spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, artifact('report-page')]);
    assert.deepEqual(await problems(), []);
    await page.close();
  });
});

describe('privacy', () => {
  it('sends nothing to the server while calculating: only the page and its assets are fetched', async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
    await page.goto(`${server.url}/`);
    await li.fill(page);
    await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent === '244');
    await page.getByRole('link', { name: '达标规划' }).click();
    await page.getByTestId('reach-date').waitFor({ timeout: 20000 });
    const notAsset = requests.filter((r) => !/^GET \/(assets\/[\w.-]+|planner|)$/.test(r));
    assert.deepEqual(notAsset, [], 'no API call, no POST');
    await page.close();
  });
});

describe('pages on a 375 × 667 phone', () => {
  for (const path of ['/planner', '/catalog', '/report', '/cases']) {
    it(`${path} has no horizontal scroll`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 375, height: 667 });
      await page.goto(`${server.url}${path}${liuHash}`);
      await page.locator('main h1, main .report').first().waitFor({ timeout: 20000 });
      if (path === '/planner') await page.getByTestId('reach-date').waitFor({ timeout: 20000 });
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.equal(scroll, client, `no horizontal scroll on ${path}`);
      await page.screenshot({ path: artifact(`phone${path.replace('/', '-')}.png`) });
      await page.close();
    });
  }
});

function pdfText(file: string): string {
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (r.error) throw new Error('pdftotext missing: apt-get install -y poppler-utils (scripts/test.sh should install it)');
  return r.stdout;
}
