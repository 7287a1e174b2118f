// 1,000 concurrent case writes from 5 organisations on PostgreSQL (skipped by `npm run test:unit`): none lost,
// none crossed, every constraint still holding.
import { after, before, describe, it } from 'node:test';
import { concurrentWrites } from './lib/concurrent.ts';
import { assertConstraintsHold } from './lib/pg-checks.ts';
import { type Postgres, postgresAvailable, startPostgres } from './lib/postgres.ts';
import { type Child, startChild } from './lib/server-child.ts';

describe('load (PostgreSQL)', { skip: postgresAvailable() ? false : 'PostgreSQL is not installed (scripts/test.sh installs it)' }, () => {
  let pg: Postgres;
  let child: Child;
  before(async () => {
    pg = await startPostgres();
    child = await startChild({ name: 'load-pg', databaseUrl: await pg.createDatabase('load_test') });
  });
  after(async () => {
    await child?.stop();
    await pg?.destroy();
  });

  it('1,000 concurrent case writes from 5 organisations: none lost, none crossed', async (t) => {
    const r = await concurrentWrites(child.url, 5, 200);
    const checked = await assertConstraintsHold(pg, 'load_test');
    t.diagnostic(`figures: ${JSON.stringify(r)}; ${checked} constraints hold`);
  });
});
