// Bounded fuzzing of the engine and the applicant schema (npm test). The long run is `npm run fuzz`
// (fuzz-all.ts, 100,000 cases per target). A failure prints the shrunk counter-example and its seed;
// FUZZ_SEED=<seed> replays it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertTarget } from './lib/target.ts';
import { engineTarget, schemaTarget } from './targets/engine.ts';

describe('fuzz: engine and schema', () => {
  it('parseApplicant + assess: refusals are ValidationErrors naming paths in zh+en; accepted applicants assess consistently (400 cases)', async () => {
    const tally = await assertTarget(engineTarget(), 400);
    assert.ok((tally.get('accepted') ?? 0) >= 100, `at least 100 of 400 inputs accepted: ${tally.get('accepted')}`);
    assert.ok((tally.get('rejected') ?? 0) >= 40, `at least 40 of 400 inputs rejected: ${tally.get('rejected')}`);
  });

  it('the schema accepts every well-formed applicant, parses to a fixed point, and points every issue into the input (400 cases)', async () => {
    const tally = await assertTarget(schemaTarget(), 400);
    assert.ok((tally.get('wellFormed') ?? 0) >= 100, `well-formed applicants checked: ${tally.get('wellFormed')}`);
  });
});
