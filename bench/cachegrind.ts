// Instructions counted by valgrind's cachegrind: unlike time, a count repeats within about 1 % from run to run on a
// shared machine, so it shows a change of a few per cent that timing cannot.
import { spawn, spawnSync } from 'node:child_process';

export function hasValgrind(): boolean {
  return spawnSync('valgrind', ['--version']).status === 0;
}

/** Instructions a whole run of `script` executes under cachegrind, with `env` added to this process's. */
function instructionsOf(script: string, env: Record<string, string>): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null'];
    const child = spawn('valgrind', [...args, process.execPath, '--single-threaded', script], { env: { ...process.env, ...env } });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', () => {
      const refs = /I\s+refs:\s+([\d,]+)/.exec(err)?.[1];
      if (refs) resolve(Number(refs.replaceAll(',', '')));
      else reject(new Error('cachegrind printed no instruction count'));
    });
  });
}

/**
 * Instructions of one call of what `script` repeats `HUJIFEN_COUNT_RUNS` times: two runs of different lengths, and
 * their difference divided by the extra calls, leave out start-up and compilation. One after the other: two valgrinds
 * side by side on a loaded machine once gave a negative difference. 50,000 runs apart: start-up (about 3.1 billion
 * instructions) varies by ±50 million, which swamped a 10,000-run gap (79,674 and 101,546 for one build); over 50,000
 * the spread is about ±1,000 (docs/performance.md, part E).
 */
export async function instructionsPerCall(script: string, env: Record<string, string>): Promise<number> {
  const short = await instructionsOf(script, { ...env, HUJIFEN_COUNT_RUNS: '10000' });
  const long = await instructionsOf(script, { ...env, HUJIFEN_COUNT_RUNS: '60000' });
  return (long - short) / 50_000;
}
