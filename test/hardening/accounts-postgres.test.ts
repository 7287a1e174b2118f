// The account checks of accounts.test.ts on PostgreSQL: login throttling atomic across the pool's connections,
// removed users, passwords, sign-up limits, refusals audited.
import { after, before, describe } from 'node:test';
import { ACCOUNT_ENV, accountChecks } from './lib/account-checks.ts';
import { type Postgres, postgresAvailable, startPostgres } from './lib/postgres.ts';
import { type Child, startChild } from './lib/server-child.ts';

describe('accounts (PostgreSQL)', {
  skip: postgresAvailable() ? false : 'PostgreSQL is not installed (scripts/test.sh installs it)',
}, () => {
  let pg: Postgres;
  let child: Child;
  before(async () => {
    pg = await startPostgres();
    child = await startChild({ name: 'accounts-pg', databaseUrl: await pg.createDatabase('accounts'), trustProxy: true, env: ACCOUNT_ENV });
  });
  after(async () => {
    await child?.stop();
    await pg?.destroy();
  });

  accountChecks('PostgreSQL', () => child.url);
});
