// Charts as a phone shows them, in English (the longer labels): legends that wrap instead of being cut and paged,
// and a projection that fills its card. Served by the real server (its CSP included).
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { li, liu } from './applicants.ts';
import { answersHash, artifact, buildWeb, launch, startRealServer, watchProblems } from './harness.ts';

let dir: string;
let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let liHash: string;
let liuHash: string;

before(async () => {
  dir = buildWeb();
  server = await startRealServer(dir);
  browser = await launch();
  liHash = await answersHash(li.date, li.input as Record<string, unknown>);
  liuHash = await answersHash('2025-06-15', { birthDate: '1996-04-18', education: liu.input.education }, { years: 2, base: 13700 });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function phone(path: string, lang: 'en' | 'zh'): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript((l) => localStorage.setItem('hujifen.lang', l), lang);
  const problems = await watchProblems(page);
  await page.goto(`${server.url}${path}`);
  return { page, problems };
}

// 李女士's counted items, by hand (applicants.ts): age 42 → 30; 高级 title 100; 85 months → 18 for the years;
// base ≥ 2× over 36 months → 50; Lingang 10; spouse 36 (total 244).
const LI_LEGEND = ['Age 30', 'Title/skill 100', 'SI years 18', 'SI base 50', 'Remote area 10', 'Spouse 36'];

/** The legend as shown, and whether every entry lies whole inside the chart's card. */
async function legend(page: Page): Promise<{ entries: string[]; paged: string[]; outside: string[] }> {
  const card = page.locator('.breakdown-chart').first();
  await card.locator('.chart svg').waitFor();
  return card.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const items = [...el.querySelectorAll('[data-testid="chart-legend"] li')];
    return {
      entries: items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
      // ECharts' scrolling legend writes its page as "1/2" into the SVG.
      paged: [...el.querySelectorAll('svg text')].map((t) => t.textContent ?? '').filter((t) => /^\d+\/\d+$/.test(t)),
      outside: items
        .filter((li) => {
          const r = li.getBoundingClientRect();
          return r.left < box.left || r.right > box.right || li.scrollWidth > li.clientWidth;
        })
        .map((li) => li.textContent ?? ''),
    };
  });
}

describe('charts on a 390 × 844 phone, in English', () => {
  it('the calculator breakdown: every part named in a legend that wraps, none paged', async () => {
    const { page, problems } = await phone(`/${liHash}`, 'en');
    await page.getByRole('button', { name: 'Show the breakdown chart' }).click();
    const shown = await legend(page);
    assert.deepEqual(shown.entries, LI_LEGEND);
    assert.deepEqual(shown.paged, [], 'no page indicator');
    assert.deepEqual(shown.outside, [], 'no entry cut at the card edge');
    await page.locator('.breakdown-chart').screenshot({ path: artifact('chart-breakdown-en-390.png') });
    assert.deepEqual(await problems(), []);
    await page.close();
  });

  it('the report breakdown, on screen and printed on A4', async () => {
    const { page, problems } = await phone(`/report${liHash}`, 'en');
    assert.deepEqual((await legend(page)).entries, LI_LEGEND);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    const printed = await legend(page);
    assert.deepEqual(printed.entries, LI_LEGEND);
    assert.deepEqual(printed.paged, []);
    assert.deepEqual(printed.outside, []);
    await page.locator('.breakdown-chart').screenshot({ path: artifact('chart-report-print-en.png') });
    assert.deepEqual(await problems(), []);
    await page.close();
  });

  it('the planner projection spans its card (no margin kept for labels drawn inside the plot)', async () => {
    const { page, problems } = await phone(`/planner${liuHash}`, 'en');
    await page.locator('.chart svg').first().waitFor({ timeout: 20000 });
    const chart = page.locator('.chart').first();
    const gap = await chart.evaluate((el) => {
      const right = el.getBoundingClientRect().right;
      const lines = [...el.querySelectorAll('svg path')].map((p) => p.getBoundingClientRect().right);
      return right - Math.max(...lines);
    });
    assert.ok(gap < 40, `the plot ends ${gap.toFixed(0)} px before the card's edge`);
    await chart.screenshot({ path: artifact('chart-projection-en-390.png') });
    assert.deepEqual(await problems(), []);
    await page.close();
  });
});
