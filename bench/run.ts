// Runs every bench/*.bench.ts in its own process, one after another, so their figures do not disturb each other.
// Everything is measured as it ships: the server and CLI compiled (scripts/build-node.mjs), and each bench file
// itself compiled the same way into .bench/ — not run through tsx, whose kept function names cost the engine about
// a third more CPU.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'bench');
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const buildScript = join(root, 'scripts', 'build-node.mjs');
for (const args of [[], ['--bench', ...benches.map((f) => join('bench', f))]]) {
  if (spawnSync(process.execPath, [buildScript, ...args], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

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
