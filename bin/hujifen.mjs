#!/usr/bin/env node
// The `hujifen` command. It runs the compiled CLI (dist/cli, `npm run build:node`) when that is newer than the
// sources, and otherwise the TypeScript itself through tsx (no build step needed, a little slower).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale, NODE_BUILD_INPUTS } from '../scripts/freshness.mjs';

// `hujifen policy --json | head`: a reader that stops early is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join('dist', 'cli', 'main.mjs');
let cli;
if (isStale(root, compiled, NODE_BUILD_INPUTS)) {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/main.ts');
} else {
  cli = await import(`../${compiled}`);
}
// exitCode rather than exit(): pending stdout/stderr writes (a slow pipe) drain before the process ends.
process.exitCode = await cli.run(process.argv.slice(2));
