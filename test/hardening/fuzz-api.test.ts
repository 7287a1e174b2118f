// Bounded fuzzing of every API endpoint against the server as a child process (npm test); `npm run fuzz`
// runs 100,000 cases. FUZZ_SEED=<seed> replays a failure.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertTarget } from './lib/target.ts';
import { apiTarget } from './targets/api.ts';

describe('fuzz: API', () => {
  const target = apiTarget();
  before(() => target.setup?.());
  after(() => target.teardown?.());

  it('no 5xx, no hang; 4xx are problem+json; nothing secured without credentials; never another organisation’s data (600 cases)', async () => {
    const tally = await assertTarget(target, 600);
    assert.ok((tally.get('2xx') ?? 0) >= 60, `requests that reached a handler and succeeded: ${tally.get('2xx')}`);
    assert.ok((tally.get('other-org-id') ?? 0) >= 50, `requests with another organisation's ids: ${tally.get('other-org-id')}`);
  });
});
