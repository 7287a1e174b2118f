#!/usr/bin/env node
// The `hujifen` command: TypeScript runs directly through tsx (no build step), registered before the CLI loads.
import { register } from 'tsx/esm/api';

// `hujifen policy --json | head`: a reader that stops early is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

register();
const { run } = await import('../src/cli/main.ts');
// exitCode rather than exit(): pending stdout/stderr writes (a slow pipe) drain before the process ends.
process.exitCode = await run(process.argv.slice(2));
