// Runs every bench/*.bench.ts in its own process, one after another, so their figures do not disturb each other.
// Everything is measured as it ships: the server and CLI compiled (scripts/build-node.mjs), and each bench file
// itself compiled by esbuild into .bench/ (one folder below the root, like bench/, so its relative paths hold) —
// not run through tsx, whose kept function names cost the engine about a third more CPU.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'bench');
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const compiled = spawnSync(process.execPath, [join(root, 'scripts', 'build-node.mjs')], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(1);
await build({
  absWorkingDir: root,
  entryPoints: benches.map((f) => join('bench', f)),
  outdir: '.bench',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});

let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const script = join(root, '.bench', file.replace(/\.ts$/, '.mjs'));
  const result = spawnSync(process.execPath, ['--expose-gc', script], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
if (failed) {
  console.error(`${failed} benchmark(s) failed or missed a floor`);
  process.exit(1);
}
