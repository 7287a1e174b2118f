#!/usr/bin/env node
// `npm start`: installs, builds the web app when needed, then runs the server (src/server/main.ts) with tsx.
// Plain Node with no dependencies: it runs on a fresh clone, before `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What the web bundle is built from: a change in any of these makes dist/web stale. */
const WEB_INPUTS = ['web', 'src', 'policy', 'package-lock.json'];
/** Server-only code is not bundled into the web app. */
const NOT_BUNDLED = new Set(['node_modules', 'dist', 'server', 'cli']);

/** Newest modification time (ms) of a file or of any file below a folder; 0 when absent. */
export function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (NOT_BUNDLED.has(entry.name) || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** node_modules is missing, or older than the lock file (as scripts/test.sh decides). */
export function needsInstall(root) {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(join(root, 'node_modules')) || !existsSync(marker)) return true;
  return statSync(join(root, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs;
}

/** The web app exists (web/vite.config.ts) and dist/web is missing or older than its sources. */
export function needsBuild(root) {
  if (!existsSync(join(root, 'web', 'vite.config.ts'))) return false;
  const built = join(root, 'dist', 'web', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(...WEB_INPUTS.map((p) => newestMtime(join(root, p))));
  return sources > statSync(built).mtimeMs;
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
  if (needsBuild(ROOT)) run(npm, ['run', 'build']);
  const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'server', 'main.ts'), ...process.argv.slice(2)], {
    cwd: process.cwd(),
    stdio: 'inherit',
  });
  // The server shuts down gracefully on SIGTERM/SIGINT: pass them on, and exit with its code.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
