/**
 * Loaded into every test file's process (scripts/test.sh: `--import ./test/watchdog.ts`). On Node 20 a handle
 * left open after a file's last test keeps its process alive, and the runner waits for it without end; CI
 * then times out with every test passed. So once the file's root `after` hook has run (every suite done) and no
 * test is running, an unref'd timer (it never holds a healthy process up) names what is still open and ends
 * the file the way Node would have: the runner's own `beforeExit` handler reports the results and sets the exit
 * code. Unlike `--test-force-exit`, it never ends a file while one of its tests is running.
 */
import { after, afterEach, beforeEach } from 'node:test';

const GRACE_MS = 10_000;
let running = 0;

beforeEach(() => {
  running++;
});
afterEach(() => {
  running--;
});

after(() => {
  const check = () => {
    if (running > 0) {
      setTimeout(check, GRACE_MS).unref();
      return;
    }
    const open = process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap');
    process.stderr.write(
      `watchdog: this file's process was still alive ${GRACE_MS / 1000} s after its last test; open: ${open.join(', ')}\n`,
    );
    (process as NodeJS.EventEmitter).emit('beforeExit', process.exitCode ?? 0);
    process.exit();
  };
  setTimeout(check, GRACE_MS).unref();
});
