/**
 * The case list (GET /api/v1/cases: listCases) on 10,000 cases of one organisation, beside 10,000 of another, on
 * SQLite (a real WAL file) and PostgreSQL (a throw-away server on loopback, as the tests start it; skipped when the
 * binaries are missing). Each query asks for one page of 50 as the web app does; figures are the median and p95 of
 * 200 runs after 20 warm-up runs, with the machine's load beside them (os.loadavg, as `uptime` prints it). Each
 * query's plan is printed as the database reports it, to show which index it reads: a load-independent figure.
 * No floor: the figures are for docs/api.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { hukouStatuses } from '../src/server/cases/hukou.ts';
import { caseStatuses } from '../src/server/cases/standing.ts';
import { type Database, openDatabase } from '../src/server/db/database.ts';
import type { CaseRow } from '../src/server/db/schema.ts';
import { type CaseListQuery, listCases, listCasesQuery } from '../src/server/repos/cases.ts';
import { binDir, startPostgres } from '../test/server/postgres.ts';
import { REALISTIC_DATE, realisticApplicant } from './realistic-applicant.ts';

const CASES = 10_000;
const WARMUP = 20;
const RUNS = 200;

/** A small seeded generator: the same cases on every run and both databases. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function isoDay(offsetDays: number): string {
  return new Date(Date.parse(`${REALISTIC_DATE}T00:00:00Z`) + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** 10,000 cases with the realistic applicant's facts; nine in ten assessed, with a spread of standings. */
function cases(orgId: string, userId: string, seed: number): CaseRow[] {
  const next = random(seed);
  const facts = JSON.stringify(realisticApplicant());
  return Array.from({ length: CASES }, (_, i) => {
    const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    const id = `0190${String(seed).padStart(4, '0')}-0000-7000-8000-${String(i).padStart(12, '0')}`;
    const assessed = next() < 0.9;
    const status = caseStatuses[Math.floor(next() * next() * caseStatuses.length)] ?? 'scored';
    const total = status === 'scored' || status === 'toConfirm' ? Math.floor(next() * 160) : 0;
    const gap = status === 'vetoed' || status === 'outsideScheme' ? null : Math.max(0, 120 - total);
    const reaches = gap === null ? null : gap === 0 ? REALISTIC_DATE : next() < 0.6 ? isoDay(Math.floor(next() * 3650)) : null;
    const hukou = hukouStatuses[Math.floor(next() * hukouStatuses.length)] ?? 'later';
    const earliest =
      hukou === 'none' ? null : hukou === 'later' ? isoDay(Math.floor(next() * 3650)).slice(0, 7) : REALISTIC_DATE.slice(0, 7);
    return {
      id,
      org_id: orgId,
      label: `Applicant ${i}`,
      reference: `HR-${String(i).padStart(5, '0')}`,
      facts,
      revision: 1,
      created_by: userId,
      created_at: at,
      updated_by: userId,
      updated_at: at,
      assessed_at: assessed ? at : null,
      latest_total: assessed ? total : null,
      latest_status: assessed ? status : null,
      gap: assessed ? gap : null,
      reaches_on: assessed ? reaches : null,
      hukou_status: assessed ? hukou : null,
      hukou_earliest: assessed ? earliest : null,
    };
  });
}

async function seed(database: Database): Promise<string> {
  const { db } = database;
  const now = new Date().toISOString();
  const orgs = ['0190aaaa-0000-7000-8000-000000000001', '0190aaaa-0000-7000-8000-000000000002'];
  await db.transaction().execute(async (trx) => {
    for (const [n, orgId] of orgs.entries()) {
      const userId = `0190bbbb-0000-7000-8000-00000000000${n}`;
      await trx
        .insertInto('organisations')
        .values({ id: orgId, name: `org ${n}`, created_at: now })
        .execute();
      await trx
        .insertInto('users')
        .values({
          id: userId,
          org_id: orgId,
          email: `u${n}@example.test`,
          name: 'u',
          role: 'owner',
          password_hash: 'x',
          created_at: now,
          disabled_at: null,
        })
        .execute();
      const rows = cases(orgId, userId, n + 1);
      for (let i = 0; i < rows.length; i += 500)
        await trx
          .insertInto('cases')
          .values(rows.slice(i, i + 500))
          .execute();
    }
  });
  // Statistics, as a database in use has them (both planners choose indexes by them).
  await sql`analyze`.execute(db);
  return orgs[0] as string;
}

const QUERIES: [string, CaseListQuery][] = [
  ['newest first (default)', { limit: 50 }],
  ['sort=gap', { limit: 50, sort: 'gap' }],
  ['sort=gap&order=desc', { limit: 50, sort: 'gap', order: 'desc' }],
  ['sort=total (desc)', { limit: 50, sort: 'total' }],
  ['sort=total&order=asc', { limit: 50, sort: 'total', order: 'asc' }],
  ['sort=reachesOn', { limit: 50, sort: 'reachesOn' }],
  ['sort=status', { limit: 50, sort: 'status' }],
  ['sort=hukouEarliest', { limit: 50, sort: 'hukouEarliest' }],
  ['hukou=later&sort=hukouEarliest', { limit: 50, hukou: 'later', sort: 'hukouEarliest' }],
  ['status=toConfirm&sort=gap', { limit: 50, status: 'toConfirm', sort: 'gap' }],
  ['sort=gap&offset=5000', { limit: 50, sort: 'gap', offset: 5000 }],
  ['q=HR-0999 (search)', { limit: 50, q: 'HR-0999' }],
];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function plan(database: Database, orgId: string, query: CaseListQuery): Promise<string> {
  const compiled = listCasesQuery(database.db, orgId, query).compile();
  const explain = database.backend === 'sqlite' ? 'explain query plan ' : 'explain ';
  const result = await database.db.executeQuery<Record<string, unknown>>({ ...compiled, sql: explain + compiled.sql });
  return result.rows
    .map((r) => String(r.detail ?? r['QUERY PLAN'] ?? ''))
    .filter(Boolean)
    .join(' | ');
}

async function measure(database: Database, label: string): Promise<void> {
  const orgId = await seed(database);
  console.log(`\n${label}: ${CASES.toLocaleString('en')} cases in the organisation (and as many in another)`);
  console.log('query | median ms | p95 ms | rows | plan');
  for (const [name, query] of QUERIES) {
    let rows = 0;
    for (let i = 0; i < WARMUP; i++) rows = (await listCases(database.db, orgId, query)).items.length;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await listCases(database.db, orgId, query);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const fmt = (ms: number) => ms.toFixed(2);
    console.log(`${name} | ${fmt(quantile(times, 0.5))} | ${fmt(quantile(times, 0.95))} | ${rows} | ${await plan(database, orgId, query)}`);
  }
}

const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`;
console.log(`cases bench: ${load()} at the start`);

const dir = mkdtempSync(join(tmpdir(), 'hujifen-cases-bench-'));
try {
  const sqlite = await openDatabase({ dataDir: dir });
  try {
    await measure(sqlite, 'SQLite');
  } finally {
    await sqlite.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

let hasPostgres = true;
try {
  binDir();
} catch {
  hasPostgres = false;
  console.log('\nPostgreSQL: skipped (no binaries under /usr/lib/postgresql)');
}
if (hasPostgres) {
  const server = await startPostgres();
  try {
    const postgres = await openDatabase({ databaseUrl: await server.createDatabase() });
    try {
      await measure(postgres, 'PostgreSQL');
    } finally {
      await postgres.close();
    }
  } finally {
    await server.stop();
  }
}
console.log(`\n${load()} at the end`);
