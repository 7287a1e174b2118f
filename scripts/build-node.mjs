#!/usr/bin/env node
/**
 * Compiles the server and the CLI to plain JavaScript (dist/server, dist/cli) with esbuild, as they ship.
 * Running TypeScript through tsx costs about a third more CPU in the engine (tsx keeps function names, which
 * wraps every inner function in a call); the compiled files run as written. Packages stay external (node_modules).
 * Each bundle sits two folders below the root, as its source does, so paths relative to import.meta.url still hold.
 *
 * `--bench FILE…` compiles those bench files the same way into .bench/ instead (one folder below the root, like
 * bench/), so `npm run bench` measures compiled code too.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const SHIPPED = [
  { in: 'src/server/main.ts', out: 'server/main' },
  { in: 'src/cli/main.ts', out: 'cli/main' },
  // src/cli/batch/pool.ts starts `./worker.mjs` beside the module that holds it: beside dist/cli/main.mjs here.
  { in: 'src/cli/batch/worker.ts', out: 'cli/worker' },
  // src/server/uploads/run-sheet.ts starts `./sheet-worker.mjs` beside the module that holds it: dist/server/main.mjs.
  { in: 'src/server/uploads/sheet-worker.ts', out: 'server/sheet-worker' },
];

const args = process.argv.slice(2);
const bench = args[0] === '--bench';

await build({
  absWorkingDir: ROOT,
  entryPoints: bench ? args.slice(1).map((file) => ({ in: file, out: file.replace(/^.*\//, '').replace(/\.ts$/, '') })) : SHIPPED,
  outdir: bench ? '.bench' : 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: bench ? false : 'linked',
  logLevel: 'warning',
});
