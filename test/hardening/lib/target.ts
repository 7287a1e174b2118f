/**
 * A fuzz target: an input generator and a check of one case, shared by the bounded tests (`npm test`,
 * fc.assert: stops at the first failure and shrinks it) and the long run (`npm run fuzz`, fuzz-all.ts:
 * counts every failure, then shrinks the first).
 */
import fc from 'fast-check';

export interface FuzzTarget<T> {
  name: string;
  /** What the target proves, printed by fuzz-all. */
  proves: string;
  arbitrary: fc.Arbitrary<T>;
  /** True when check returns a promise (server targets). */
  async: boolean;
  /** One case; throws (an assertion error) when the behaviour is wrong. */
  check(value: T): void | Promise<void>;
  /** Runs before the cases (e.g. starts a server) and after them. */
  setup?(): Promise<void>;
  teardown?(): Promise<void>;
  /** What the cases exercised, counted while they run: the proof that no branch was left untested. */
  tally: Map<string, number>;
  /** Kinds of case that must each occur at least once in a run of `runs` cases. */
  mustSee(runs: number): string[];
}

export function count(tally: Map<string, number>, key: string): void {
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

/** Throws unless every required kind of case was seen: a run that skipped a branch proves nothing about it. */
export function assertCoverage<T>(target: FuzzTarget<T>, runs: number): void {
  const missing = target.mustSee(runs).filter((k) => !target.tally.get(k));
  if (missing.length)
    throw new Error(
      `${target.name}: ${runs} runs never exercised ${missing.join(', ')} (seen: ${JSON.stringify(Object.fromEntries(target.tally))})`,
    );
}

/** fc.assert over a target, for node:test; returns the tally. The seed is FUZZ_SEED when set (to replay a failure), else test/fixed-seed.ts's. */
export async function assertTarget<T>(target: FuzzTarget<T>, numRuns: number): Promise<Map<string, number>> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  const params = { numRuns, includeErrorInReport: true, ...(seed === undefined ? {} : { seed }) };
  target.tally.clear();
  if (target.async)
    await fc.assert(
      fc.asyncProperty(target.arbitrary, async (v) => void (await target.check(v))),
      params,
    );
  else
    fc.assert(
      fc.property(target.arbitrary, (v) => void target.check(v)),
      params,
    );
  assertCoverage(target, numRuns);
  return target.tally;
}
