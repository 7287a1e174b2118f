/**
 * The API suite on a real PostgreSQL server started for this file (test/server/postgres.ts): the same
 * suites as on SQLite, plus several instances sharing the one database (lifecycle suite).
 */
import { after } from 'node:test';
import { postgresBackend } from './harness.ts';
import { auditSuite } from './suites/audit.ts';
import { authSuite } from './suites/auth.ts';
import { casesSuite } from './suites/cases.ts';
import { hukouSuite } from './suites/hukou.ts';
import { isolationSuite } from './suites/isolation.ts';
import { lifecycleSuite } from './suites/lifecycle.ts';
import { recordsSuite } from './suites/records.ts';
import { statelessSuite } from './suites/stateless.ts';
import { workspaceSuite } from './suites/workspace.ts';

const backend = postgresBackend();
after(() => backend.stop());
statelessSuite(backend);
authSuite(backend);
casesSuite(backend);
workspaceSuite(backend);
hukouSuite(backend);
isolationSuite(backend);
auditSuite(backend);
recordsSuite(backend);
lifecycleSuite(backend);
