/**
 * The long fuzz run (`npm run fuzz`): every target, ≥ 100,000 cases each, printing cases/s and failures.
 * Unlike the bounded tests, a failing case does not stop the run: every failure is counted, then the
 * first one is replayed with fast-check's shrinking to print a small counter-example.
 *
 *   npm run fuzz                         # all targets, 100,000 cases each
 *   npm run fuzz -- --runs 5000 engine   # some targets, fewer cases
 *   FUZZ_SEED=42 npm run fuzz            # a fixed seed (printed by every run) to replay one
 *   npm run fuzz -- --load               # also the full load test: 100,000 assess requests at 100 connections
 *   npm run fuzz -- load                 # the full load test alone
 */
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { runAssessLoad } from './lib/load.ts';
import { startChild } from './lib/server-child.ts';
import { scratchDir } from './lib/sheets.ts';
import { assertCoverage, type FuzzTarget } from './lib/target.ts';
import { apiTarget } from './targets/api.ts';
import { batchTarget, csvReaderTarget, xlsxReaderTarget } from './targets/batch.ts';
import { engineTarget, schemaTarget } from './targets/engine.ts';
import { uploadsTarget } from './targets/uploads.ts';

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(argv[runsAt + 1]) : 100_000;
const words = argv.filter((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));
const withLoad = argv.includes('--load') || words.includes('load');
const names = words.filter((w) => w !== 'load');
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;

// biome-ignore lint/suspicious/noExplicitAny: targets of different input types run through one loop.
const all: FuzzTarget<any>[] = [
  engineTarget(),
  schemaTarget(),
  csvReaderTarget(),
  xlsxReaderTarget(),
  batchTarget(),
  apiTarget(),
  uploadsTarget(),
];
const chosen = names.length ? all.filter((t) => names.includes(t.name)) : words.includes('load') ? [] : all;
if (chosen.length !== new Set(names).size) {
  console.error(`unknown target(s): ${names.join(', ')} (known: ${all.map((t) => t.name).join(', ')})`);
  process.exit(2);
}

interface Row {
  target: string;
  cases: number;
  failures: number;
  seconds: number;
  perSecond: number;
}

// biome-ignore lint/suspicious/noExplicitAny: see above.
async function runTarget(target: FuzzTarget<any>): Promise<Row> {
  await target.setup?.();
  target.tally.clear();
  let failures = 0;
  let first: { error: unknown; index: number } | undefined;
  let index = 0;
  const started = performance.now();
  let lastReport = started;
  const note = () => {
    const now = performance.now();
    if (now - lastReport < 10_000) return;
    lastReport = now;
    process.stdout.write(`  ${target.name}: ${index} cases, ${failures} failures, ${Math.round((index / (now - started)) * 1000)}/s\n`);
  };
  const onFailure = (error: unknown) => {
    failures++;
    first ??= { error, index };
  };
  try {
    if (target.async) {
      await fc.check(
        fc.asyncProperty(target.arbitrary, async (v) => {
          index++;
          await Promise.resolve(target.check(v)).catch(onFailure);
          note();
          return true;
        }),
        { numRuns: RUNS, seed },
      );
    } else {
      fc.check(
        fc.property(target.arbitrary, (v) => {
          index++;
          try {
            target.check(v);
          } catch (error) {
            onFailure(error);
          }
          note();
          return true;
        }),
        { numRuns: RUNS, seed },
      );
    }
    const seconds = (performance.now() - started) / 1000;
    if (first) {
      console.log(
        `\n${target.name}: ${failures} failing case(s); first at case ${first.index}:\n${String((first.error as Error)?.stack ?? first.error).slice(0, 2000)}`,
      );
      // Replay with shrinking for a small counter-example (bounded: the first failure is within RUNS cases of this seed).
      const property = target.async
        ? fc.asyncProperty(target.arbitrary, async (v) => void (await target.check(v)))
        : fc.property(target.arbitrary, (v) => void target.check(v));
      const replay = await fc.check(property as fc.IAsyncProperty<unknown>, { numRuns: first.index, seed });
      if (replay.failed) console.log(`shrunk counter-example: ${fc.stringify(replay.counterexample).slice(0, 3000)}`);
    } else {
      assertCoverage(target, RUNS);
    }
    return { target: target.name, cases: index, failures, seconds, perSecond: Math.round(index / seconds) };
  } finally {
    await target.teardown?.();
  }
}

console.log(`fuzz: ${RUNS} cases per target, seed ${seed} (FUZZ_SEED=${seed} replays this run)`);
const rows: Row[] = [];
for (const target of chosen) {
  console.log(`\n${target.name}: ${target.proves}`);
  const row = await runTarget(target);
  rows.push(row);
  console.log(`${row.target}: ${row.cases} cases in ${row.seconds.toFixed(1)} s (${row.perSecond} cases/s), ${row.failures} failures`);
  console.log(`  exercised: ${JSON.stringify(Object.fromEntries(target.tally))}`);
}

if (withLoad) {
  console.log('\nload: 100,000 POST /api/v1/assess at 100 connections on loopback');
  const dataDir = scratchDir('hujifen-fuzz-load-');
  const child = await startChild({ name: 'fuzz-load', dataDir });
  try {
    const result = await runAssessLoad(child, { requests: 100_000, connections: 100 });
    console.log(`load: ${JSON.stringify(result)}`);
    const failures = result.errors + result.timeouts + result.non2xx + (result.rssMiB.end - result.rssMiB.half > 48 ? 1 : 0);
    rows.push({ target: 'load (assess)', cases: result.requests, failures, seconds: result.seconds, perSecond: result.perSecond });
  } finally {
    await child.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log('\n| target | cases | failures | cases/s |\n|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.target} | ${r.cases} | ${r.failures} | ${r.perSecond} |`);
process.exitCode = rows.some((r) => r.failures > 0) ? 1 : 0;
