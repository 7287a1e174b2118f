#!/usr/bin/env node
// `npm start`: installs, builds the web app and the compiled server when needed, then runs dist/server/main.mjs.
// Plain Node with no dependencies: it runs on a fresh clone, before `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isStale, NODE_BUILD_INPUTS } from './freshness.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What the web bundle is built from: a change in any of these makes dist/web stale. */
const WEB_INPUTS = ['web', 'src', 'policy', 'messages', 'package-lock.json'];
/** Server-only code is not bundled into the web app. */
const NOT_BUNDLED = new Set(['node_modules', 'dist', 'server', 'cli']);
const SERVER_BUILD = join('dist', 'server', 'main.mjs');

/** node_modules is missing, or older than the lock file (as scripts/test.sh decides). */
export function needsInstall(root) {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(join(root, 'node_modules')) || !existsSync(marker)) return true;
  return statSync(join(root, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs;
}

/** The web app exists (web/vite.config.ts) and dist/web is missing or older than its sources. */
export function needsBuild(root) {
  if (!existsSync(join(root, 'web', 'vite.config.ts'))) return false;
  return isStale(root, join('dist', 'web', 'index.html'), WEB_INPUTS, NOT_BUNDLED);
}

/** dist/server/main.mjs is missing or older than the code and policy data it is compiled from. */
export function needsNodeBuild(root) {
  return isStale(root, SERVER_BUILD, NODE_BUILD_INPUTS);
}

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

function main() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (needsInstall(ROOT)) run(npm, ['ci', '--no-audit', '--no-fund']);
  if (needsBuild(ROOT)) run(npm, ['run', 'build:web']);
  if (needsNodeBuild(ROOT)) run(npm, ['run', 'build:node']);
  const server = spawn(process.execPath, ['--enable-source-maps', join(ROOT, SERVER_BUILD), ...process.argv.slice(2)], {
    cwd: process.cwd(),
    stdio: 'inherit',
  });
  // The server shuts down gracefully on SIGTERM/SIGINT: pass them on, and exit with its code.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
