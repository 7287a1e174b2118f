/** The API suite on SQLite (a real file per server, WAL mode). The same suites run on PostgreSQL in api.postgres.test.ts. */
import { sqliteBackend } from './harness.ts';
import { auditSuite } from './suites/audit.ts';
import { authSuite } from './suites/auth.ts';
import { casesSuite } from './suites/cases.ts';
import { hukouSuite } from './suites/hukou.ts';
import { isolationSuite } from './suites/isolation.ts';
import { lifecycleSuite } from './suites/lifecycle.ts';
import { recordsSuite } from './suites/records.ts';
import { statelessSuite } from './suites/stateless.ts';
import { workspaceSuite } from './suites/workspace.ts';

const backend = sqliteBackend();
statelessSuite(backend);
authSuite(backend);
casesSuite(backend);
workspaceSuite(backend);
hukouSuite(backend);
isolationSuite(backend);
auditSuite(backend);
recordsSuite(backend);
lifecycleSuite(backend);
