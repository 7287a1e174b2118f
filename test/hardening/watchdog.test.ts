// test/watchdog.ts (loaded by scripts/test.sh into every test file): a file whose process outlives its tests is
// ended with its results intact and the open handles named; a healthy file is left alone.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function runFile(file: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(
    process.execPath,
    ['--test', '--import', 'tsx', '--import', './test/watchdog.ts', `test/hardening/fixtures/${file}`],
    // Without NODE_TEST_CONTEXT (set in this file's process): the inner `node --test` is a runner of its own.
    // Detached, in a process group of its own: if the watchdog fails, the kill below ends the runner and its file.
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_TEST_CONTEXT: undefined }, detached: true },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const killer = setTimeout(() => process.kill(-(child.pid as number), 'SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, out });
    }),
  );
}

describe('test watchdog', () => {
  it('ends a file kept alive by a leaked timer, keeping its results and exit code, naming the timer', async () => {
    const [leaking, healthy] = await Promise.all([runFile('leaks-a-timer.ts'), runFile('exits.ts')]);

    assert.equal(leaking.code, 1, 'the failed test still fails the run');
    assert.match(leaking.out, /^# pass 1$/m);
    assert.match(leaking.out, /^# fail 1$/m);
    assert.match(leaking.out, /watchdog: this file's process was still alive 10 s after its last test; open: .*\bTimeout\b/);

    assert.equal(healthy.code, 0);
    assert.match(healthy.out, /^# pass 1$/m);
    assert.doesNotMatch(healthy.out, /watchdog/);
  });
});
