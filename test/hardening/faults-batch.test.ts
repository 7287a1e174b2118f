// `hujifen batch` interrupted: SIGINT or SIGTERM at random moments (reading, assessing with worker threads,
// writing CSV or XLSX). Beyond test/cli/interrupt.test.ts: an output file already there from an earlier run is
// left byte for byte as it was, XLSX input and output are covered, and the re-run's output is byte-identical to
// a run that was never interrupted.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './lib/server-child.ts';

const BIN = join(ROOT, 'bin/hujifen.mjs');
const ROWS = 8_000;
const XLSX_ROWS = 3_000;
const DATE = '2024-12-16';
const dir = mkdtempSync(join(tmpdir(), 'hujifen-faults-batch-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs `hujifen batch`; with `interrupt`, sends the signal once the temporary output holds `afterBytes`. */
async function batch(args: string[], interrupt?: { signal: NodeJS.Signals; afterBytes: number }): Promise<Run & { sawPartial: boolean }> {
  const child = spawn(process.execPath, [BIN, 'batch', ...args, '--date', DATE], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  let sawPartial = false;
  if (interrupt) {
    for (let waited = 0; waited < 120_000 && child.exitCode === null; waited += 10) {
      const partial = readdirSync(dir).find((f) => f.endsWith('.partial'));
      if (
        partial &&
        statSync(join(dir, partial), { throwIfNoEntry: false }) &&
        (statSync(join(dir, partial), { throwIfNoEntry: false })?.size ?? 0) >= interrupt.afterBytes
      ) {
        sawPartial = true;
        break;
      }
      await sleep(10);
    }
    child.kill(interrupt.signal);
  }
  return { ...(await closed), stderr, sawPartial };
}

const files = () => readdirSync(dir).sort();

describe('faults: hujifen batch interrupted', () => {
  const input = join(dir, 'big.csv');
  let baseline: Buffer;

  before(async () => {
    const lines = readFileSync(join(ROOT, 'examples/batch.csv'), 'utf8').trimEnd().split('\n');
    const body = Array.from({ length: ROWS }, (_, i) => (lines[1 + (i % 6)] as string).replace(/^A00\d/, `R${i}`));
    writeFileSync(input, `${[lines[0], ...body].join('\n')}\n`);
    const run = await batch([input, '--out', 'baseline.csv', '--jobs', '2']);
    assert.equal(run.code, 0, run.stderr);
    baseline = readFileSync(join(dir, 'baseline.csv'));
    assert.equal(baseline.toString('utf8').trimEnd().split('\n').length, ROWS + 1, 'the uninterrupted run writes every row');
  });

  const cases: { signal: NodeJS.Signals; code: number; jobs: string; out: string; afterBytes: number }[] = [
    { signal: 'SIGINT', code: 130, jobs: '2', out: 'out.csv', afterBytes: 1 },
    { signal: 'SIGINT', code: 130, jobs: '2', out: 'out.csv', afterBytes: 100_000 },
    { signal: 'SIGTERM', code: 143, jobs: '0', out: 'out.csv', afterBytes: 50_000 },
    { signal: 'SIGINT', code: 130, jobs: '2', out: 'out.xlsx', afterBytes: 20_000 },
    { signal: 'SIGTERM', code: 143, jobs: '1', out: 'out.xlsx', afterBytes: 1 },
  ];
  for (const c of cases) {
    it(`${c.signal} with --jobs ${c.jobs} writing ${c.out} (after ${c.afterBytes} bytes): exit ${c.code}, the earlier ${c.out} untouched, no partial file`, async () => {
      // An output from an earlier run is already there: an interrupted run must not replace or damage it.
      const earlier = Buffer.from(`earlier complete output of ${c.out}\n`);
      writeFileSync(join(dir, c.out), earlier);
      const run = await batch([input, '--out', c.out, '--jobs', c.jobs], { signal: c.signal, afterBytes: c.afterBytes });
      assert.ok(run.sawPartial, 'interrupted while the output was being written');
      assert.equal(run.code, c.code, `exit code (signal ${run.signal}): ${run.stderr}`);
      assert.match(run.stderr, /已中断|interrupted/);
      assert.deepEqual(readFileSync(join(dir, c.out)), earlier, 'the earlier output is byte for byte unchanged');
      assert.deepEqual(files(), ['baseline.csv', 'big.csv', c.out].sort(), 'no partial file left behind');
      rmSync(join(dir, c.out));
    });
  }

  it('the re-run after interruptions writes output byte-identical to the uninterrupted run', async () => {
    const run = await batch([input, '--out', 'out.csv', '--jobs', '2']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readFileSync(join(dir, 'out.csv')), baseline);
    assert.deepEqual(files(), ['baseline.csv', 'big.csv', 'out.csv']);
    rmSync(join(dir, 'out.csv'));
  });

  it('an XLSX input interrupted while it is read: no partial file; the re-run has every row', async () => {
    // A smaller sheet: writing and reading XLSX costs far more per row than CSV.
    const small = join(dir, 'small.csv');
    writeFileSync(
      small,
      `${readFileSync(input, 'utf8')
        .split('\n')
        .slice(0, XLSX_ROWS + 1)
        .join('\n')}\n`,
    );
    const xlsxIn = join(dir, 'big.xlsx');
    const made = await batch([small, '--out', 'big.xlsx', '--jobs', '2']);
    rmSync(small);
    assert.equal(made.code, 0, made.stderr);
    copyFileSync(xlsxIn, join(dir, 'in.xlsx'));
    rmSync(xlsxIn);
    const run = await batch([join(dir, 'in.xlsx'), '--out', 'again.csv', '--jobs', '2'], { signal: 'SIGINT', afterBytes: 1 });
    assert.ok(run.sawPartial);
    assert.equal(run.code, 130, run.stderr);
    assert.deepEqual(files(), ['baseline.csv', 'big.csv', 'in.xlsx']);
    const rerun = await batch([join(dir, 'in.xlsx'), '--out', 'again.csv', '--jobs', '2']);
    assert.equal(rerun.code, 0, rerun.stderr);
    const lines = readFileSync(join(dir, 'again.csv'), 'utf8').trimEnd().split('\n');
    assert.equal(lines.length, XLSX_ROWS + 1, 'rows in = rows out');
    rmSync(join(dir, 'again.csv'));
    rmSync(join(dir, 'in.xlsx'));
  });
});
