// An interrupted batch (SIGINT / SIGTERM mid-run) leaves neither the output file nor its temporary file,
// and running it again succeeds.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { BIN, EXAMPLES, hujifen, tempDir } from './helpers.ts';

const ROWS = 10_000;

/** Starts a batch, waits until rows are being written to the temporary file, then sends the signal. */
async function interrupt(
  input: string,
  out: string,
  dir: string,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; stderr: string; sawTemp: boolean }> {
  const child = spawn(process.execPath, [BIN, 'batch', input, '--out', out, '--date', '2024-12-16'], {
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let sawTemp = false;
  for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 50) {
    const temp = readdirSync(dir).find((f) => f.endsWith('.partial'));
    // the header is written at once; a few kilobytes more means rows are flowing
    if (temp && statSync(join(dir, temp)).size > 8192) {
      sawTemp = true;
      break;
    }
    await sleep(50);
  }
  child.kill(signal);
  return { code: await closed, stderr, sawTemp };
}

describe('batch: interrupted mid-run', () => {
  const tmp = tempDir('interrupt');
  const input = join(tmp.dir, 'big.csv');
  before(() => {
    const lines = readFileSync(join(EXAMPLES, 'batch.csv'), 'utf8').trimEnd().split('\n');
    const body = Array.from({ length: ROWS }, (_, i) => (lines[1 + (i % 6)] as string).replace(/^A00\d/, `R${i}`));
    writeFileSync(input, `${[lines[0], ...body].join('\n')}\n`);
  });
  after(() => tmp.cleanup());

  // Both signals at once, each writing to a folder of its own.
  it('SIGINT exits 130 and SIGTERM 143, leaving no output file and no temporary file', async () => {
    const runs = await Promise.all(
      (['SIGINT', 'SIGTERM'] as const).map(async (signal) => {
        const dir = join(tmp.dir, signal);
        mkdirSync(dir);
        return { dir, ...(await interrupt(input, join(dir, 'out.csv'), dir, signal)) };
      }),
    );
    for (const [run, code] of [
      [runs[0], 130],
      [runs[1], 143],
    ] as const) {
      assert.ok(run?.sawTemp, 'the batch was writing when interrupted');
      assert.equal(run?.code, code, run?.stderr);
      assert.match(run?.stderr ?? '', /已中断，未写出/);
      assert.deepEqual(readdirSync(run?.dir ?? ''), []);
    }
  });

  it('then a re-run succeeds with every row', async () => {
    const out = join(tmp.dir, 'SIGINT', 'out.csv');
    const run = await hujifen(['batch', input, '--out', out, '--date', '2024-12-16', '--jobs', '2']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readdirSync(join(tmp.dir, 'SIGINT')), ['out.csv']);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    assert.equal(lines.length, ROWS + 1);
    assert.match(lines.at(-1) ?? '', new RegExp(`^R${ROWS - 1},`));
  });
});
