/**
 * Loaded into every test file's process (scripts/test.sh: `--import ./test/fixed-seed.ts`). Property tests draw
 * the same cases on every run, so CI is deterministic: a failure repeats on the next run and on any machine.
 * `FUZZ_SEED=n npm test` tries other cases; `npm run fuzz` (test/hardening/fuzz-all.ts) draws a new seed each run.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_261_206 });
