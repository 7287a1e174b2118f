// The calculator page's weight and speed, in the browser it runs in (Debian's headless Chromium):
//  - JS the calculator page loads (entry chunk + everything the route fetches before any click), gzipped;
//  - time from an input event to the total on screen updating, median of 60 changes; and `assess` alone in
//    the page (the app's "hujifen:assess" User Timing measure), so the engine's share is visible.
// Floors: < 250 KB gzipped; recompute < 5 ms. Exits 1 when a floor is missed.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { li } from '../test/web/applicants.ts';
import { buildWeb, launch, serveStatic } from '../test/web/harness.ts';

const KB = 1024;
const SIZE_FLOOR_KB = 250;
const RECOMPUTE_FLOOR_MS = 5;
const CHANGES = 60;

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] as number;

const dir = buildWeb();
const server = await serveStatic(dir);
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
  if (jsGz / KB >= SIZE_FLOOR_KB) failed = true;

  // Lazy chunks, for the record.
  await page.getByLabel('出生日期').fill('1990-01-01');
  await page.getByRole('button', { name: '显示积分构成图' }).click();
  await page.locator('.chart svg').waitFor();
  const charts = [...fetched].filter((p) => p.endsWith('.js') && !js.includes(p));
  console.log(
    `  lazy, on "show chart": ${(charts.reduce((n, p) => n + gz(join(dir, p)), 0) / KB).toFixed(1)} KB (ECharts core + SVG renderer)`,
  );

  // Recompute: 李女士 (85 months month by month, a certificate, spouse, Lingang); the birth date alternates
  // between 42 (age 30 points) and 57 (5 points), so every change moves the total (244 ↔ 219).
  await page.goto(`${server.url}/`);
  await li.fill(page);
  await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent === '244');
  const birth = await page.getByLabel('出生日期').elementHandle();
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
