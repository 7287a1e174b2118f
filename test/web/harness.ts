// Shared by the browser tests and the benchmark: build the app, serve it, drive Debian's Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { STRICT_CSP } from '../../src/server/middleware/security-headers.ts';

/** The checkout: the nearest folder holding package.json (this file also runs compiled into .bench/ by the web bench). */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(import.meta.dirname);
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CHROMIUM = '/usr/bin/chromium';

/** Builds the web app into a fresh temporary folder (never touching dist/web) and returns it. */
export function buildWeb(): string {
  const out = mkdtempSync(join(tmpdir(), 'hujifen-web-'));
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'],
    {
      cwd: ROOT,
      env: { ...process.env, HUJIFEN_WEB_OUT: out },
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stderr}\n${r.stdout}`);
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * A static server with the SPA fallback (any unknown path → index.html) and the real server's strict CSP,
 * for calculator-only tests: a page that needs inline script or style fails here as it would in production.
 */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': STRICT_CSP });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Debian's Chromium, headless, with a fresh profile that is deleted on close. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} missing: apt-get install -y --no-install-recommends chromium fonts-wqy-microhei fontconfig`);
  const profile = mkdtempSync(join(tmpdir(), 'hujifen-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  // The calculator keeps its answers on the device (localStorage), and the profile is shared by a file's tests: each
  // new tab starts as a new device would, with nothing kept; a reload in the same tab (sessionStorage survives it)
  // keeps them, as it does for a person.
  await context.addInitScript(() => {
    try {
      if (sessionStorage.getItem('hujifen.test.tab')) return;
      sessionStorage.setItem('hujifen.test.tab', '1');
      localStorage.removeItem('hujifen.answers');
    } catch {
      // about:blank has no storage
    }
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** Records CSP violations and page errors from the first script on, so a test can assert there were none. */
export async function watchProblems(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [
    ...errors,
    ...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []).catch(() => [])),
  ];
}

/** Points of every item as the page shows them, keyed by indicator id. */
export async function itemsOnPage(page: Page): Promise<Record<string, { points: number; counted: boolean }>> {
  return page
    .locator('.result-panel [data-item]')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => [
          e.getAttribute('data-item'),
          { points: Number(e.getAttribute('data-points')), counted: e.getAttribute('data-counted') === 'true' },
        ]),
      ),
    );
}

/** The real server (src/server/main.ts) on a free port, with a temporary SQLite folder, serving `webDir`. */
export async function startRealServer(webDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { startServer } = await import('../../src/server/main.ts');
  const dataDir = mkdtempSync(join(tmpdir(), 'hujifen-data-'));
  const running = await startServer({ port: 0, dataDir, webDir, logLevel: 'silent' });
  return {
    url: running.url,
    close: async () => {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `#a=…` for answers, encoded exactly as the app encodes them (the fragment format is the app's own). */
export async function answersHash(
  date: string,
  applicant: Record<string, unknown>,
  quickSi?: { years: number; base: number },
): Promise<string> {
  const { emptyAnswers } = await import('../../web/src/state/answers.ts');
  const { encodeAnswers } = await import('../../web/src/state/share.ts');
  const a = emptyAnswers();
  a.date = date;
  if (quickSi) a.quickSi = { ...quickSi, lastMonth: '' };
  else a.siMode = 'detailed';
  Object.assign(a.applicant, applicant);
  return `#a=${await encodeAnswers(a)}`;
}

/** A JSON call to the API from inside the page: its cookies, the CSRF cookie echoed (setting up what the views then show). */
export async function callFromPage<T = { id: string; revision: number }>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ([method, path, body]) => {
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('csrf='));
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf ? decodeURIComponent(csrf.slice(5)) : '' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    [method, path, body] as const,
  );
}

/** What a workspace test drives: the built app on the real server, and one browser page watched for problems. */
export interface WorkspaceBrowser {
  dir: string;
  server: { url: string; close: () => Promise<void> };
  browser: { context: BrowserContext; close: () => Promise<void> };
  page: Page;
  problems: () => Promise<string[]>;
}

/** The built app on the real server (its own SQLite folder) and a fresh browser page. */
export async function workspaceBrowser(): Promise<WorkspaceBrowser> {
  const dir = buildWeb();
  const server = await startRealServer(dir);
  const browser = await launch();
  const page = await browser.context.newPage();
  const problems = await watchProblems(page);
  return { dir, server, browser, page, problems };
}

/** The same, with the page on /cases and an organisation signed up from it. */
export async function signedUpWorkspace(account: { organisation: string; name: string; email: string }): Promise<WorkspaceBrowser> {
  const w = await workspaceBrowser();
  await w.page.goto(`${w.server.url}/cases`);
  const signup = await callFromPage(w.page, 'POST', '/auth/signup', { ...account, password: 'a long enough password' });
  assert.equal(signup.status, 201);
  return w;
}
