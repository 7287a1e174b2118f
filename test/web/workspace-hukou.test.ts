// 居转户 in the case workspace (issue 18): the case list's earliest-date column (sorted, filtered), the case page's
// panel from the stored answer (re-assessed with the case), and the printable report's section, in zh and en, on a
// desktop and a 390 × 844 phone. Real server (temporary SQLite), Debian's Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { msg } from '../../src/core/message.ts';
import { say } from '../../src/messages/catalogue.ts';
import { applicantOf, hukouCases } from '../hukou/case-file.ts';
import { answersHash, artifact, callFromPage, signedUpWorkspace } from './harness.ts';

let dir: string;
let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
let problems: () => Promise<string[]>;

/**
 * Hand-worked cases of test/hukou/cases.yaml (derivations there, from JUZHUANHU.md):
 * - W1 on 2024-03-10: 84 permit and SI months, mid title appointed 2021-05, 48 of 48 window months at 20,000 ≥ 1.3 ×
 *   11,396 → basic route met: open now (2024-03).
 * - W1 a month early (2024-02-10, SI to 2024-01): 83 months → later, 2024-03. Re-assessed on 2024-03-10 the last base
 *   is carried into 2024-02 (at most 3 months back, said in a warning) → 84 months → open in 2024-03.
 * - W2 (lapse 2019-06…2019-10) on 2024-03-10: 27 + 52 = 79 permit and SI months (need 84: 5 more) → later, 2024-08.
 * - W8 (13,000 ≈ 1.2 × the reference, 2023-05-10): 26 of 48 window months at 1.3× and never more → none found.
 * - an out-of-town title obtained during the permit, recognition unknown (2023-01-10, J14) → to confirm (2023-01).
 */
const cases = Object.fromEntries(
  (
    [
      ['W1', 'W1 — '],
      ['W1_EARLY', 'W1 a month early'],
      ['W2', 'W2 — permit lapsed'],
      ['W8', 'W8 — '],
      ['CONFIRM', 'out-of-town title obtained during the permit, recognition unknown'],
    ] as const
  ).map(([label, prefix]) => {
    const c = hukouCases().find((x) => x.name.startsWith(prefix));
    if (!c) throw new Error(`no case ${prefix}`);
    return [label, { facts: applicantOf(c) as Record<string, unknown>, date: c.date }];
  }),
) as Record<'W1' | 'W1_EARLY' | 'W2' | 'W8' | 'CONFIRM', { facts: Record<string, unknown>; date: string }>;
const ids: Record<string, string> = {};

const call = (method: string, path: string, body?: unknown) => callFromPage(page, method, path, body);

async function setLang(lang: 'zh' | 'en') {
  await page.evaluate((l) => localStorage.setItem('hujifen.lang', l), lang);
}

async function noSidewaysScroll() {
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'no sideways scroll');
}

before(async () => {
  ({ dir, server, browser, page, problems } = await signedUpWorkspace({
    organisation: '徐汇人才服务社',
    name: '吴主管',
    email: 'wu@example.com',
  }));
  for (const [label, c] of Object.entries(cases)) {
    const created = await call('POST', '/cases', { label, facts: c.facts });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    ids[label] = created.body.id;
    assert.equal((await call('POST', `/cases/${created.body.id}/assessments`, { date: c.date })).status, 201);
  }
  ids.NEVER = (await call('POST', '/cases', { label: 'NEVER', facts: cases.W1.facts })).body.id;
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const table = () => page.locator('.case-table');
const labels = () => table().locator('tbody th a').allTextContents();
async function hukouCells(): Promise<Record<string, string>> {
  const rows = await table()
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th a')?.textContent ?? '', tr.querySelector('[data-col="hukou"]')?.textContent ?? '']),
    );
  return Object.fromEntries(rows);
}
const firstIs = (label: string) => page.waitForFunction((l) => document.querySelector('.case-table tbody th a')?.textContent === l, label);

describe('hukou in the case workspace', { concurrency: false }, () => {
  it('the case list shows the earliest hukou date, sorts and filters by it (desktop and phone, zh and en)', async () => {
    await page.goto(`${server.url}/cases`);
    await table().waitFor();
    assert.deepEqual(await hukouCells(), {
      NEVER: '未评估',
      CONFIRM: '待确认',
      W8: '未找到可走的途径',
      W2: '2024-08',
      W1_EARLY: '2024-03',
      W1: '现在可申请',
    });
    await table().getByRole('button', { name: '居转户最早日期' }).click();
    await firstIs('CONFIRM');
    // Earliest month first (the month assessed when open or to confirm), ties by creation; no month last.
    assert.deepEqual(await labels(), ['CONFIRM', 'W1', 'W1_EARLY', 'W2', 'W8', 'NEVER']);
    await page.getByLabel('按居转户筛选').selectOption('later');
    await firstIs('W1_EARLY');
    assert.deepEqual(await labels(), ['W1_EARLY', 'W2']);
    await page.getByLabel('按居转户筛选').selectOption('');
    await firstIs('CONFIRM');
    await page.screenshot({ path: artifact('hukou-case-list-zh.png'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await noSidewaysScroll();
    await page.screenshot({ path: artifact('hukou-case-list-phone-zh.png'), fullPage: true });
    await page.getByRole('button', { name: 'English' }).click();
    await table().getByRole('button', { name: 'Earliest hukou date (居转户)' }).waitFor();
    assert.deepEqual(await hukouCells(), {
      CONFIRM: 'To confirm',
      W1: 'Open now',
      W1_EARLY: '2024-03',
      W2: '2024-08',
      W8: 'None found',
      NEVER: 'Not assessed',
    });
    await page.screenshot({ path: artifact('hukou-case-list-phone-en.png'), fullPage: true });
    await page.getByRole('button', { name: '中文' }).click();
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(await problems(), []);
  });

  it('the case page shows the stored answer: each route, its failed conditions, the earliest month and the way there', async () => {
    await page.goto(`${server.url}/cases/${ids.W2}`);
    const panel = page.getByTestId('hukou-panel');
    await panel.getByTestId('hukou-summary').waitFor();
    assert.equal(await panel.getByTestId('hukou-summary').textContent(), '如情况不变，最早2024-08可以申办；预计2024-11至2025-02获批');
    assert.equal(await panel.getByTestId('hukou-earliest').textContent(), '2024-08');
    const basic = panel.locator('tr[data-route="basic"]');
    assert.equal(await basic.locator('.hukou-verdict').textContent(), '不符合');
    assert.equal(await basic.locator('td.num').textContent(), '2024-08');
    assert.equal(await panel.locator('tbody tr').count(), 17, 'every route, in the engine order (docs/hukou.md)');
    await basic.locator('summary').click();
    assert.deepEqual(await basic.locator('[data-condition]').allTextContents(), [
      '2024-03之前持有可计入的居住证79个月（需84个月） — 再持证5个月',
      '2024-03之前持证期间正常缴纳本市社保79个月（需84个月，不含补缴） — 再正常缴纳社保5个月',
    ]);
    assert.deepEqual(await panel.getByTestId('hukou-plan').locator('li').allTextContents(), [
      '如情况不变：基本条件（7年+中级职称或技师）将于2024-08符合条件，预计2024-11至2025-02获批',
    ]);
    assert.match((await panel.locator('.hukou-points').textContent()) ?? '', /^积分（包括120分）既不是居转户的条件/);
    await panel.screenshot({ path: artifact('hukou-panel-zh.png') });

    await page.setViewportSize({ width: 390, height: 844 });
    await setLang('en');
    await page.reload();
    await panel.getByTestId('hukou-summary').waitFor();
    assert.equal(
      await panel.getByTestId('hukou-summary').textContent(),
      'if nothing changes, the earliest application month is 2024-08; approval expected 2024-11 to 2025-02',
    );
    assert.equal(await panel.locator('tr[data-route="basic"] .hukou-verdict').textContent(), 'Not met');
    await noSidewaysScroll();
    await panel.screenshot({ path: artifact('hukou-panel-phone-en.png') });
    await setLang('zh');
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(await problems(), []);
  });

  it('re-assessing the case replaces the panel and the list column with the new answer', async () => {
    await page.goto(`${server.url}/cases/${ids.W1_EARLY}`);
    const panel = page.getByTestId('hukou-panel');
    await panel.locator('[data-hukou-status="later"]').waitFor();
    assert.equal(await panel.getByTestId('hukou-earliest').textContent(), '2024-03');
    await page.getByLabel('评估日期').fill('2024-03-10');
    await page.getByRole('button', { name: '保存并重新评估' }).click();
    await panel.locator('[data-hukou-status="open"]').waitFor();
    assert.equal(await panel.getByTestId('hukou-summary').textContent(), '2024-03可以申办：1个通道符合条件');
    assert.equal(await panel.locator('tr[data-route="basic"] .hukou-verdict').textContent(), '符合');
    await page.screenshot({ path: artifact('hukou-case-page-zh.png'), fullPage: true });
    await page.goto(`${server.url}/cases`);
    await table().waitFor();
    assert.equal((await hukouCells()).W1_EARLY, '现在可申请');
    assert.deepEqual(await problems(), []);
  });

  it('the printable report has the hukou section, with what 120 points do not do, on an A4 PDF (zh) and a phone (en)', async () => {
    const hash = await answersHash(cases.W1.date, cases.W1.facts);
    await page.goto(`${server.url}/report${hash}`);
    await page.locator('.report-page[data-ready="true"]').waitFor({ timeout: 20000 });
    const section = page.getByTestId('report-hukou');
    await section.waitFor();
    assert.equal(await section.getByTestId('report-hukou-open').textContent(), '基本条件（7年+中级职称或技师）');
    assert.equal(await section.getByTestId('report-hukou-earliest').textContent(), '2024-03（基本条件（7年+中级职称或技师））');
    const points = say('zh', msg('hukou:points.statement'));
    assert.match((await section.getByTestId('report-hukou-points').textContent()) ?? '', new RegExp(`^${points}`));
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const file = artifact('hukou-report.pdf');
    writeFileSync(file, pdf);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    for (const expected of [
      '居转户',
      '2024-03可以申办：1个通道符合条件',
      '路径：怎样更早',
      '可以在2024-03通过单位提交申请',
      '最早途径所需材料',
      '单位聘任证明',
      points,
    ])
      assert.ok(text.includes(expected.replace(/\s+/g, '')), `PDF text has "${expected}"`);
    spawnSync('pdftoppm', ['-png', '-r', '60', file, artifact('hukou-report-page')]);

    await page.setViewportSize({ width: 390, height: 844 });
    await setLang('en');
    await page.reload();
    await section.getByTestId('report-hukou-open').waitFor();
    assert.equal(await section.getByTestId('report-hukou-open').textContent(), 'basic route (7 years + mid-level title or technician)');
    assert.match(
      (await section.getByTestId('report-hukou-points').textContent()) ?? '',
      /^a points score \(120 points included\) is neither/,
    );
    await noSidewaysScroll();
    await section.screenshot({ path: artifact('hukou-report-phone-en.png') });
    await setLang('zh');
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(await problems(), []);
  });
});
