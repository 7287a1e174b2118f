/** scripts/start.mjs decides when to install, when to rebuild the web app and when to recompile the server. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

interface StartScript {
  needsInstall(root: string): boolean;
  needsBuild(root: string): boolean;
  needsNodeBuild(root: string): boolean;
}
const scriptPath = new URL('../../scripts/start.mjs', import.meta.url).href;
const { needsInstall, needsBuild, needsNodeBuild } = (await import(scriptPath)) as StartScript;

const root = mkdtempSync(join(tmpdir(), 'hujifen-start-'));
after(() => rmSync(root, { recursive: true, force: true }));

function file(path: string, secondsAgo: number): void {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, 'x');
  const t = Date.now() / 1000 - secondsAgo;
  utimesSync(full, t, t);
}

test('install when node_modules is missing or older than the lock file', () => {
  file('package-lock.json', 100);
  assert.equal(needsInstall(root), true);
  file('node_modules/.package-lock.json', 50);
  assert.equal(needsInstall(root), false);
  file('package-lock.json', 10);
  assert.equal(needsInstall(root), true);
});

test('build only when the web app exists and dist/web is missing or older than what it bundles', () => {
  file('package-lock.json', 200);
  assert.equal(needsBuild(root), false, 'no web/vite.config.ts: nothing to build');
  file('web/vite.config.ts', 100);
  file('web/src/App.tsx', 100);
  assert.equal(needsBuild(root), true, 'never built');
  file('dist/web/index.html', 50);
  assert.equal(needsBuild(root), false, 'built after the last change');
  file('src/engine/assess.ts', 10);
  assert.equal(needsBuild(root), true, 'the engine is bundled: a change there rebuilds');
  file('dist/web/index.html', 5);
  file('src/server/app.ts', 1);
  assert.equal(needsBuild(root), false, 'server code is not bundled');
  file('web/src/App.tsx', 1);
  assert.equal(needsBuild(root), true);
});

test('compile the server when dist/server/main.mjs is missing or older than any code, policy or the lock file', () => {
  for (const folder of ['src', 'policy', 'web', 'dist']) rmSync(join(root, folder), { recursive: true, force: true });
  file('package-lock.json', 300);
  file('src/server/app.ts', 300);
  file('policy/versions.json', 300);
  assert.equal(needsNodeBuild(root), true, 'never built');
  file('dist/server/main.mjs', 250);
  assert.equal(needsNodeBuild(root), false, 'built after the last change');
  file('src/server/app.ts', 240);
  assert.equal(needsNodeBuild(root), true, 'server code is compiled in');
  file('dist/server/main.mjs', 230);
  file('policy/versions.json', 220);
  assert.equal(needsNodeBuild(root), true, 'policy data is compiled in');
  file('dist/server/main.mjs', 210);
  file('web/src/App.tsx', 200);
  assert.equal(needsNodeBuild(root), false, 'the web app is not');
});
