import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../../../src/server/db/database.ts';
import { applicantOf, hukouCases } from '../../hukou/case-file.ts';
import { type Backend, type Client, type Json, signup, startTestServer, stopTestServer, type TestServer } from '../harness.ts';

/**
 * Hand-worked cases of test/hukou/cases.yaml (each with its derivation from JUZHUANHU.md there), stored as cases:
 * - W1 on 2024-03-10: 84 permit and SI months, a mid title appointed 2021-05, 48 of 48 window months and the
 *   application month at 20,000 ≥ 1.3 × 11,396 → the basic route is met now: open, 2024-03; no other route is met.
 * - W1 a month early (2024-02-10): 83 permit and 83 SI months → basic not met (permitMonths, siMonths), opens 2024-03;
 *   approval expected 2024-03 + 3 = 2024-06 to 2024-03 + 2 + 4 = 2024-09 (J17).
 * - W2 (lapse 2019-06…2019-10, J1 cumulative): 27 + 57 months → 2024-08.
 * - senior title appointed only 2024-09, seen 2024-06-10: the direct route opens 2024-09 (before the basic route's 2028-03).
 * - W8 (13,000 ≈ 1.2×, 2023-05-10): 26 < 36 window months and never 1.3× if nothing changes → none.
 * - out-of-town title during the permit, recognition unknown (2023-01-10, J14): the basic route is to confirm in 2023-01.
 */
function hukouCase(prefix: string): { facts: unknown; date: string } {
  const c = hukouCases().find((x) => x.name.startsWith(prefix));
  if (!c) throw new Error(`no case ${prefix}`);
  return { facts: applicantOf(c), date: c.date };
}
const W1 = hukouCase('W1 — ');
const W1_EARLY = hukouCase('W1 a month early');
const W2 = hukouCase('W2 — permit lapsed');
const SENIOR_LATER = hukouCase('senior title appointed only in 2024-09');
const W8 = hukouCase('W8 — ');
const TO_CONFIRM = hukouCase('out-of-town title obtained during the permit, recognition unknown');

/** The 居转户 answer stored with each case assessment: its rules, readings and date, the list's column, old rows, other organisations. */
export function hukouSuite(backend: Backend): void {
  describe(`hukou answers stored with case assessments (${backend.name})`, () => {
    let server: TestServer;
    let owner: Client;
    let other: Client;
    before(async () => {
      server = await startTestServer(backend);
      owner = server.client();
      await signup(owner, 'Hukou agency');
      other = server.client();
      await signup(other, 'Another agency');
    });
    after(() => stopTestServer(server));

    const make = async (label: string, facts: unknown) => {
      const created = await owner.post('/api/v1/cases', { label, facts });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.id as string;
    };
    const assess = async (id: string, date: string) => {
      const stored = await owner.post(`/api/v1/cases/${id}/assessments`, { date });
      assert.equal(stored.status, 201, JSON.stringify(stored.body));
      return stored.body;
    };
    const route = (answer: Json, id: string) => answer.routes.find((r: Json) => r.id === id);

    test('assessing a case stores the hukou answer with its rules, readings and date, in zh and en', async () => {
      const id = await make('W1', W1.facts);
      const stored = await assess(id, W1.date);
      const h = stored.hukou;
      assert.equal(h.date, '2024-03-10');
      assert.equal(h.month, '2024-03');
      // 2024-03: the 2019 Procedures, the 2020-12-01 optimisation and the area and 2015 measures in force then.
      assert.deepEqual(h.versions, ['v2019', 'kechuang2015', 'lingang2019', 'opt2020', 'newTowns2021']);
      assert.deepEqual([h.overall.status, h.overall.earliest, h.overall.open], ['open', '2024-03', ['basic']]);
      assert.deepEqual([route(h, 'basic').verdict, route(h, 'basic').earliest], ['met', '2024-03']);
      assert.deepEqual([route(h, 'waiver2x').verdict, route(h, 'waiver2x').earliest], ['notMet', null]);
      assert.deepEqual(h.overall.summary.en, 'you can apply in 2024-03: 1 route is open');
      assert.ok(h.overall.summary.zh.includes('2024-03'));
      assert.match(h.points.text.en, /neither a condition of any hukou route nor a substitute/);
      assert.ok(h.points.source.length > 0, 'the statement is sourced');
      // The readings it was made under: every one the answer used, each with the default option taken.
      const j1 = h.readings.find((r: Json) => r.id === 'J1');
      assert.equal(j1.option, 'cumulative');
      assert.ok(h.readings.some((r: Json) => r.id === 'J20'));

      // Read back: the same answer, and the case carries its standing.
      const again = await owner.get(`/api/v1/cases/${id}/assessments/${stored.id}`);
      assert.deepEqual(again.body.hukou, h);
      const c = await owner.get(`/api/v1/cases/${id}`);
      assert.deepEqual([c.body.hukouStatus, c.body.hukouEarliest], ['open', '2024-03']);
    });

    test('reassessing edited facts stores a new answer; the old one keeps what it said', async () => {
      const id = await make('W1 early', W1_EARLY.facts);
      const first = await assess(id, W1_EARLY.date);
      assert.deepEqual([first.hukou.overall.status, first.hukou.overall.earliest], ['later', '2024-03']);
      assert.deepEqual(first.hukou.overall.expected, { from: '2024-06', to: '2024-09' });
      const basic = route(first.hukou, 'basic');
      assert.deepEqual(
        basic.conditions.filter((x: Json) => x.status === 'failed').map((x: Json) => x.id),
        ['permitMonths', 'siMonths'],
      );
      assert.ok(
        basic.conditions.every((x: Json) => x.status !== 'failed' || x.fix?.en),
        'each failed condition says what would change it',
      );

      const c = (await owner.get(`/api/v1/cases/${id}`)).body;
      const saved = await owner.post(`/api/v1/cases/${id}/reassess`, { facts: W8.facts, revision: c.revision, date: W8.date });
      assert.equal(saved.status, 201, JSON.stringify(saved.body));
      assert.deepEqual([saved.body.assessment.hukou.overall.status, saved.body.assessment.hukou.overall.earliest], ['none', null]);
      assert.deepEqual([saved.body.case.hukouStatus, saved.body.case.hukouEarliest], ['none', null]);
      assert.equal(saved.body.case.total, saved.body.assessment.total, 'the case as saved carries the new standing');
      const old = await owner.get(`/api/v1/cases/${id}/assessments/${first.id}`);
      assert.deepEqual(old.body.hukou, first.hukou);
    });

    test('the case list sorts by the earliest hukou month and filters by hukou status', async () => {
      const list = async (query: string) => (await owner.get(`/api/v1/cases?${query}&limit=50`)).body;
      const ids: Record<string, string> = {};
      for (const [label, c] of Object.entries({ A_W1: W1, B_W2: W2, C_SENIOR: SENIOR_LATER, D_W8: W8, E_CONFIRM: TO_CONFIRM })) {
        ids[label] = await make(label, c.facts);
        await assess(ids[label] as string, c.date);
      }
      ids.F_NEVER = await make('F_NEVER', W1.facts);
      const mine = new Set(Object.values(ids));
      const labels = (page: Json) => page.items.filter((c: Json) => mine.has(c.id)).map((c: Json) => c.label);
      const standing = Object.fromEntries(
        (await list('sort=label')).items.filter((c: Json) => mine.has(c.id)).map((c: Json) => [c.label, [c.hukouStatus, c.hukouEarliest]]),
      );
      assert.deepEqual(standing, {
        A_W1: ['open', '2024-03'],
        B_W2: ['later', '2024-08'],
        C_SENIOR: ['later', '2024-09'],
        D_W8: ['none', null],
        E_CONFIRM: ['confirm', '2023-01'],
        F_NEVER: [null, null],
      });
      // Earliest first; no month (none found, never assessed) last in either order, then by id (creation order).
      assert.deepEqual(labels(await list('sort=hukouEarliest')), ['E_CONFIRM', 'A_W1', 'B_W2', 'C_SENIOR', 'D_W8', 'F_NEVER']);
      assert.deepEqual(labels(await list('sort=hukouEarliest&order=desc')), ['C_SENIOR', 'B_W2', 'A_W1', 'E_CONFIRM', 'F_NEVER', 'D_W8']);
      assert.deepEqual(labels(await list('hukou=later&sort=hukouEarliest')), ['B_W2', 'C_SENIOR']);
      assert.deepEqual(labels(await list('hukou=none')), ['D_W8']);
      assert.equal((await owner.get('/api/v1/cases?hukou=soon')).status, 422);
      // Another organisation sees none of them, whatever it asks.
      assert.deepEqual((await other.get('/api/v1/cases?hukou=later')).body.items, []);
    });

    test('another organisation cannot read a stored answer', async () => {
      const id = await make('private', W1.facts);
      const stored = await assess(id, W1.date);
      assert.equal((await other.get(`/api/v1/cases/${id}/assessments/${stored.id}`)).status, 404);
      assert.equal((await other.get(`/api/v1/cases/${id}`)).status, 404);
      assert.equal((await other.get(`/api/v1/cases/${id}/assessments`)).status, 404);
    });

    test('an assessment stored before hukou answers were (0004) still reads, and says it has none', async () => {
      const storage = await backend.fresh();
      try {
        const first = await startTestServer(backend, { storage });
        const agency = first.client();
        await signup(agency, 'Old agency');
        const id = (await agency.post('/api/v1/cases', { label: 'OLD', facts: W1.facts })).body.id as string;
        const stored = (await agency.post(`/api/v1/cases/${id}/assessments`, { date: W1.date })).body;
        await first.close();

        // The rows as 0004 leaves an older assessment and its case: the new columns empty.
        const old = await openDatabase(storage);
        await sql`update assessments set hukou = null`.execute(old.db);
        await sql`update cases set hukou_status = null, hukou_earliest = null`.execute(old.db);
        await old.close();

        const upgraded = await startTestServer(backend, { storage });
        try {
          const client = upgraded.client();
          for (const [k, v] of agency.cookies) client.cookies.set(k, v);
          const read = await client.get(`/api/v1/cases/${id}/assessments/${stored.id}`);
          assert.equal(read.status, 200);
          assert.equal(read.body.hukou, null);
          assert.equal(read.body.result.total, stored.result.total, 'the points result reads as stored');
          const listed = (await client.get('/api/v1/cases')).body.items[0];
          assert.deepEqual([listed.hukouStatus, listed.hukouEarliest, listed.total], [null, null, stored.result.total]);
          // The next assessment gives it one.
          const next = await client.post(`/api/v1/cases/${id}/assessments`, { date: W1.date });
          assert.equal(next.body.hukou.overall.status, 'open');
        } finally {
          await upgraded.close();
        }
      } finally {
        storage.cleanup();
      }
    });
  });
}
