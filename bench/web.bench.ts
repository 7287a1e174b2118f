// The calculator page's weight and speed, in the browser it runs in (Debian's headless Chromium):
//  - JS the calculator page loads (entry chunk + everything the route fetches before any click), gzipped;
//  - time from navigation start until the form is usable on a slow phone network (below), served by the real
//    server with its precompressed assets;
//  - time from an input event to the total on screen updating, median of 60 changes; and `assess` alone in
//    the page (the app's "hujifen:assess" User Timing measure), so the engine's share is visible.
// Floors: ≤ 150 KB gzipped; usable ≤ 2.5 s on the slow network; recompute < 5 ms. Exits 1 when a floor is missed.
import { readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { lookup } from '../src/messages/catalogue.ts';
import type { AppEnv } from '../src/server/http/env.ts';
import { webRoutes } from '../src/server/routes/web.ts';
import { li } from '../test/web/applicants.ts';
import { buildWeb, launch } from '../test/web/harness.ts';

const KB = 1024;
const SIZE_FLOOR_KB = 150;
const RECOMPUTE_FLOOR_MS = 5;
const CHANGES = 60;
const USABLE_FLOOR_MS = 2500;
const USABLE_RUNS = 3;
// A slow phone network, as Chromium's DevTools emulate it: throughput in bytes a second, latency added to every request.
const SLOW = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] as number;

/**
 * The build served by the real server's web route (precompressed copies, caching headers), alone: the whole
 * server (src/server/main.ts) would start a second one on its default port when bundled into this file.
 */
async function serveWeb(webDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const app = new Hono<AppEnv>();
  webRoutes(app, webDir);
  const running = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = running.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => running.close(() => r())) };
}

const dir = buildWeb();
const server = await serveWeb(dir);
const browser = await launch();
let failed = false;
try {
  const page = await browser.context.newPage();
  const fetched = new Set<string>();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/assets/')) fetched.add(path);
  });
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });

  // What the calculator route loads, before any click (the chart, planner and workspace are lazy).
  const js = [...fetched].filter((p) => p.endsWith('.js'));
  const css = [...fetched].filter((p) => p.endsWith('.css'));
  const jsGz = js.reduce((n, p) => n + gz(join(dir, p)), 0);
  const cssGz = css.reduce((n, p) => n + gz(join(dir, p)), 0);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1] ?? '';
  console.log('calculator page (gzip -9, node:zlib):');
  console.log(`  entry chunk ${entry}: ${(gz(join(dir, entry)) / KB).toFixed(1)} KB`);
  for (const p of js.filter((p) => p !== entry)) console.log(`  + ${p}: ${(gz(join(dir, p)) / KB).toFixed(1)} KB`);
  console.log(
    `  JS total: ${(jsGz / KB).toFixed(1)} KB (floor ${SIZE_FLOOR_KB} KB: ${((jsGz / KB / SIZE_FLOOR_KB) * 100).toFixed(0)}% of it); CSS ${(cssGz / KB).toFixed(1)} KB`,
  );
  if (jsGz / KB > SIZE_FLOOR_KB) failed = true;

  // The labels the page shows in Chinese, from the catalogue the app itself reads.
  const BIRTH_DATE = lookup('zh', 'web:age.birthDate') as string;
  const SHOW_CHART = lookup('zh', 'web:chart.show') as string;

  // Lazy chunks, for the record: the engine comes with the first birth date, ECharts with "show chart".
  const lazyKb = (before: readonly string[]) =>
    ([...fetched].filter((p) => p.endsWith('.js') && !before.includes(p)).reduce((n, p) => n + gz(join(dir, p)), 0) / KB).toFixed(1);
  await page.getByLabel(BIRTH_DATE).fill('1990-01-01');
  await page.getByTestId('total').waitFor();
  console.log(`  lazy, with the first birth date: ${lazyKb(js)} KB (the engine)`);
  const withEngine = [...fetched];
  await page.getByRole('button', { name: SHOW_CHART }).click();
  await page.locator('.chart svg').waitFor();
  console.log(`  lazy, on "show chart": ${lazyKb(withEngine)} KB (ECharts core + SVG renderer)`);

  // Usable on a slow network: a fresh page with the cache disabled, from navigation start (performance.now()'s
  // origin) to the first animation frame where the birth-date input is rendered (checkVisibility: laid out, not
  // display:none or visibility:hidden; it may lie below the fold) and not disabled: the user can type into it.
  const usable: number[] = [];
  for (let run = 0; run < USABLE_RUNS; run++) {
    const slow = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(slow);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW);
    await slow.goto(`${server.url}/`, { waitUntil: 'commit' });
    const at = await slow.waitForFunction(
      (name) => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === name);
        const input = label?.control as HTMLInputElement | null | undefined;
        return input?.checkVisibility() && !input.disabled ? performance.now() : false;
      },
      BIRTH_DATE,
      { polling: 'raf', timeout: 30_000 },
    );
    usable.push((await at.jsonValue()) as number);
    await slow.close();
  }
  const u = median(usable);
  console.log(
    `form usable at ${(SLOW.downloadThroughput * 8) / 1e6} Mbit/s down, ${(SLOW.uploadThroughput * 8) / 1e3} kbit/s up, ${SLOW.latency} ms latency, cache disabled (the server's web route, precompressed assets):`,
  );
  console.log(
    `  navigation start → birth-date input visible and enabled: median ${u.toFixed(0)} ms of ${usable.map((x) => x.toFixed(0)).join(', ')} (floor ${USABLE_FLOOR_MS} ms: ${((u / USABLE_FLOOR_MS) * 100).toFixed(0)}% of it)`,
  );
  if (u > USABLE_FLOOR_MS) failed = true;

  // Recompute: 李女士 (85 months month by month, a certificate, spouse, Lingang); the birth date alternates
  // between 42 (age 30 points) and 57 (5 points), so every change moves the total (244 ↔ 219).
  await page.goto(`${server.url}/`);
  await li.fill(page);
  await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent === '244');
  const birth = await page.getByLabel(BIRTH_DATE).elementHandle();
  const result = await page.evaluate(
    async ({ input, changes }) => {
      const el = input as HTMLInputElement;
      const total = document.querySelector('[data-testid="total"]') as HTMLElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set as (v: string) => void;
      const assessMs: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'hujifen:assess') assessMs.push(e.duration);
      });
      observer.observe({ type: 'measure' });
      const recompute: number[] = [];
      for (let i = 0; i < changes; i++) {
        const [value, expected] = i % 2 === 0 ? ['1968-02-14', '219'] : ['1983-02-14', '244'];
        const start = performance.now();
        await new Promise<void>((resolve) => {
          const mo = new MutationObserver(() => {
            if (total.textContent === expected) {
              mo.disconnect();
              resolve();
            }
          });
          mo.observe(total, { childList: true, characterData: true, subtree: true });
          setValue.call(el, value);
          el.dispatchEvent(new Event('input', { bubbles: true }));
        });
        recompute.push(performance.now() - start);
        await new Promise((r) => setTimeout(r, 30));
      }
      observer.disconnect();
      return { recompute, assessMs };
    },
    { input: birth, changes: CHANGES },
  );
  const r = median(result.recompute);
  const a = median(result.assessMs);
  console.log(`recompute after an input change (${CHANGES} changes, headless Chromium, 2 cores):`);
  console.log(
    `  input event → total updated: median ${r.toFixed(2)} ms, p95 ${p95(result.recompute).toFixed(2)} ms (floor ${RECOMPUTE_FLOOR_MS} ms: ${((r / RECOMPUTE_FLOOR_MS) * 100).toFixed(0)}% of it)`,
  );
  console.log(`  of which parseApplicant + assess: median ${a.toFixed(2)} ms over ${result.assessMs.length} runs`);
  if (r >= RECOMPUTE_FLOOR_MS) failed = true;
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
if (failed) {
  console.error('a floor was missed');
  process.exit(1);
}
