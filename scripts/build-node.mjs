#!/usr/bin/env node
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Compiles the server and the CLI to plain JavaScript (dist/server, dist/cli) with esbuild, as they ship.
// Running TypeScript through tsx costs about a third more CPU in the engine (tsx keeps function names, which
// wraps every inner function in a call); the compiled files run as written. Packages stay external (node_modules).
// Each bundle sits two folders below the root, as its source does, so paths relative to import.meta.url still hold.
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const entries = [
  { in: 'src/server/main.ts', out: 'server/main' },
  { in: 'src/cli/main.ts', out: 'cli/main' },
  // src/cli/batch/pool.ts starts `./worker.mjs` beside the module that holds it: beside dist/cli/main.mjs here.
  { in: 'src/cli/batch/worker.ts', out: 'cli/worker' },
];

await build({
  absWorkingDir: ROOT,
  entryPoints: entries,
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
