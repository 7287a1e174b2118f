// One file's calculator app for its browser tests: built into a temporary folder, served statically with the
// server's CSP, and a Chromium to open it, set up before the file's tests and removed after them.
import { rmSync } from 'node:fs';
import { after, before } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { buildWeb, launch, serveStatic, watchProblems } from './harness.ts';

export interface StaticApp {
  readonly url: string;
  readonly context: BrowserContext;
}

export function staticApp(): StaticApp {
  let dir = '';
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;
  before(async () => {
    dir = buildWeb();
    server = await serveStatic(dir);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const ready = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('staticApp used outside its tests');
    return x;
  };
  return {
    get url() {
      return ready(server).url;
    },
    get context() {
      return ready(browser).context;
    },
  };
}

export type Size = { width: number; height: number };
export const PHONE: Size = { width: 390, height: 844 };
export const DESKTOP: Size = { width: 1366, height: 900 };

/** A new tab at `size` on `path`, in `lang` (English loads on demand), watching for page errors and CSP violations. */
export async function openIn(
  app: StaticApp,
  path: string,
  size: Size,
  lang: 'zh' | 'en',
): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await app.context.newPage();
  await page.setViewportSize(size);
  const problems = await watchProblems(page);
  await page.goto(`${app.url}${path}`);
  await page.locator('main').waitFor();
  const other = page.getByRole('button', { name: lang === 'en' ? 'English' : '中文' });
  if (await other.count()) await other.click();
  // The page is in the language once <html lang> says so (set when the language has changed).
  await page.locator(`html[lang="${lang === 'en' ? 'en' : 'zh-CN'}"]`).waitFor({ state: 'attached' });
  return { page, problems };
}
