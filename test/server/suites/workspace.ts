import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../../../src/server/db/database.ts';
import { down as undoHukou } from '../../../src/server/db/migrations/0004-hukou.ts';
import { associate77, bachelor120, DATE, ineligible, months } from '../fixtures.ts';
import {
  type Backend,
  type Client,
  type Json,
  signup,
  startTestServer,
  startWithOwner,
  stopTestServer,
  type TestServer,
} from '../harness.ts';

/**
 * 本科 without a degree → 60 (§2.3); age 35 → 30; 114 months of SI (2015-07 … 2024-12) → 9 full years → 27 (§2.3,
 * 3 a year); base 8,000 < 0.8 × the reference in every month of the last 48 → no base points. 60 + 30 + 27 = 117,
 * 3 short. Waiting: the base continues (docs/planner.md), 2025-01 … 2025-06 make 120 months = 10 years → 30, and
 * a month counts from the 1st of the next: 120 on 2025-07-01.
 */
const waiting117 = {
  ...bachelor120,
  reference: 'W3',
  education: [{ level: 'bachelor', degree: false }],
  socialInsurance: months('2015-07', 114, 8000),
};

/** 大专 50 + age 27 = 77, with a level-3 电工 certificate whose post match and place are unanswered: points wait on a person. */
const toConfirm77 = {
  ...associate77,
  reference: 'C77',
  employment: { contributingNow: true, post: '电工' },
  certificates: [{ kind: 'skill', name: '电工', skillLevel: 3, obtainedOn: '2020-01-01' }],
};

const vetoed = { ...bachelor120, reference: 'V', records: [{ kind: 'seriousCrime', date: '2020-01-01' }] };

/** Saving and assessing in one step without losing an edit; the case list an agency works from. */
export function workspaceSuite(backend: Backend): void {
  describe(`workspace: reassess and the case list (${backend.name})`, () => {
    let server: TestServer;
    let owner: Client;
    before(async () => ({ server, owner } = await startWithOwner(backend)));
    after(() => stopTestServer(server));

    test('reassess saves the edited facts and stores their assessment in one step; a stale revision is refused, nothing lost', async () => {
      const c = (await owner.post('/api/v1/cases', { label: '张三', facts: bachelor120 })).body;
      // The edit of issue 17: untick the degree. 本科 without degree 60 + age 30 = 90 (was 90 + 30 = 120).
      const edited = { ...bachelor120, education: [{ level: 'bachelor', degree: false }] };
      // The whole form at once: the label and the reference as edited beside the facts.
      const res = await owner.post(`/api/v1/cases/${c.id}/reassess`, {
        facts: edited,
        label: '张三（改）',
        reference: 'ZS-2',
        revision: 1,
        date: DATE,
      });
      assert.equal(res.status, 201, res.text);
      assert.deepEqual([res.body.case.revision, res.body.case.label, res.body.case.reference], [2, '张三（改）', 'ZS-2']);
      assert.equal(res.body.case.facts.education[0].degree, false);
      assert.equal(res.body.assessment.total, 90);
      assert.equal(res.body.assessment.input.education[0].degree, false);
      const stored = await owner.get(`/api/v1/cases/${c.id}/assessments/${res.body.assessment.id}`);
      assert.equal(stored.body.total, 90, 'the stored assessment is of the edited facts');
      const listed = (await owner.get(`/api/v1/cases?q=${encodeURIComponent('张三')}`)).body.items[0];
      assert.deepEqual([listed.total, listed.gap, listed.status, listed.revision], [90, 30, 'scored', 2]);

      // A colleague's tab still holds revision 1: refused, in the caller's language, naming the current revision.
      const stale = await owner.post(`/api/v1/cases/${c.id}/reassess`, { facts: bachelor120, revision: 1, date: DATE });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.currentRevision, 2);
      assert.equal(stale.body.current, `/api/v1/cases/${c.id}`);
      assert.match(stale.body.detail, /第 1 版.*第 2 版/);
      owner.lang = 'en';
      const staleEn = await owner.post(`/api/v1/cases/${c.id}/reassess`, { facts: bachelor120, revision: 1, date: DATE });
      owner.lang = undefined;
      assert.match(staleEn.body.detail, /revision 1.*revision 2.*not saved/);
      // Nothing lost, nothing half-done: the saved edit stands and only its one assessment is stored.
      const now = (await owner.get(`/api/v1/cases/${c.id}`)).body;
      assert.deepEqual([now.revision, now.facts.education[0].degree], [2, false]);
      const history = (await owner.get(`/api/v1/cases/${c.id}/assessments`)).body.items;
      assert.deepEqual(
        history.map((a: Json) => a.total),
        [90],
      );

      // Bad facts: 422 naming the field, and neither write happens.
      const bad = await owner.post(`/api/v1/cases/${c.id}/reassess`, { facts: { ...edited, birthDate: 'soon' }, revision: 2 });
      assert.equal(bad.status, 422);
      assert.equal(bad.body.errors[0].path, 'facts.birthDate');
      assert.equal((await owner.get(`/api/v1/cases/${c.id}`)).body.revision, 2);
      assert.equal((await owner.post('/api/v1/cases/nope/reassess', { facts: edited, revision: 1 })).status, 404);
      assert.equal((await owner.post(`/api/v1/cases/${c.id}/reassess`, { facts: edited })).status, 422, 'revision is required');
    });

    test('the case list: standing of each case, sorted and filtered, paged, one organisation only', async () => {
      const agency = server.client();
      await signup(agency, 'Agency');
      const make = async (label: string, facts: unknown, assessed = true) => {
        const c = (await agency.post('/api/v1/cases', { label, facts })).body;
        if (assessed) assert.equal((await agency.post(`/api/v1/cases/${c.id}/assessments`, { date: DATE })).status, 201);
        return c.id as string;
      };
      const ids = {
        e120: await make('E120', bachelor120),
        w117: await make('W117', waiting117),
        a77: await make('A77', associate77),
        c77: await make('C77', toConfirm77),
        x0: await make('X0', ineligible),
        v0: await make('V0', vetoed),
        never: await make('NEVER', bachelor120, false),
      };
      const list = async (query: string) => {
        const res = await agency.get(`/api/v1/cases?${query}`);
        assert.equal(res.status, 200, res.text);
        return res.body;
      };
      const byLabel = Object.fromEntries((await list('limit=50')).items.map((c: Json) => [c.label, c]));
      const standing = (label: string) => {
        const c = byLabel[label];
        return [c.total, c.status, c.gap, c.reachesOn];
      };
      assert.deepEqual(standing('E120'), [120, 'scored', 0, DATE], 'reached on the assessment date');
      assert.deepEqual(standing('W117'), [117, 'scored', 3, '2025-07-01']);
      // 大专 50 + at most 30 for age + 30 for the 10 SI years the horizon holds = 110 < 120: not within 10 years.
      assert.deepEqual(standing('A77'), [77, 'scored', 43, null]);
      assert.deepEqual(standing('C77'), [77, 'toConfirm', 43, null]);
      // Ineligible (3 of the last 12 months): 0 now, 120 once eligible; 2025-01 … 03 make 6 of 12, the 3rd counting from 2025-04-01.
      assert.deepEqual(standing('X0'), [0, 'ineligible', 0, '2025-04-01']);
      assert.deepEqual(standing('V0'), [0, 'vetoed', null, null], 'no plan for a vetoed case');
      assert.deepEqual(standing('NEVER'), [null, null, null, null]);
      assert.equal(byLabel.NEVER.assessedAt, null);
      assert.ok(byLabel.E120.assessedAt >= byLabel.E120.createdAt);

      // Ties and blanks: the id breaks ties in the same direction (creation order); never-assessed and no-plan last.
      const labels = (page: Json) => page.items.map((c: Json) => c.label);
      assert.deepEqual(labels(await list('sort=gap')), ['E120', 'X0', 'W117', 'A77', 'C77', 'V0', 'NEVER']);
      assert.deepEqual(labels(await list('sort=gap&order=desc')), ['C77', 'A77', 'W117', 'X0', 'E120', 'NEVER', 'V0']);
      assert.deepEqual(labels(await list('sort=total')), ['E120', 'W117', 'C77', 'A77', 'V0', 'X0', 'NEVER']);
      assert.deepEqual(labels(await list('sort=reachesOn')), ['E120', 'X0', 'W117', 'A77', 'C77', 'V0', 'NEVER']);
      assert.deepEqual(labels(await list('sort=status')), ['E120', 'W117', 'A77', 'C77', 'X0', 'V0', 'NEVER']);
      assert.deepEqual(labels(await list('sort=label')), ['A77', 'C77', 'E120', 'NEVER', 'V0', 'W117', 'X0']);
      assert.deepEqual(labels(await list('')), ['NEVER', 'V0', 'X0', 'C77', 'A77', 'W117', 'E120'], 'newest first by default');
      assert.deepEqual(labels(await list('status=toConfirm')), ['C77']);
      assert.deepEqual(labels(await list('status=scored&sort=gap')), ['E120', 'W117', 'A77']);

      // Offset pages in a sorted order: every case once, in the same order as one page.
      const whole = labels(await list('sort=gap&limit=50'));
      const seen: string[] = [];
      let offset: number | null = 0;
      while (offset !== null) {
        const page: Json = await list(`sort=gap&limit=3&offset=${offset}`);
        seen.push(...labels(page));
        assert.equal(page.next, null, 'the keyset cursor is for the default order only');
        offset = page.nextOffset;
      }
      assert.deepEqual(seen, whole);
      assert.equal((await agency.get('/api/v1/cases?sort=score')).status, 422);
      assert.equal((await agency.get('/api/v1/cases?status=done')).status, 422);

      // Another organisation sees none of these.
      const ours = (await owner.get('/api/v1/cases?limit=200')).body.items.map((c: Json) => c.id);
      assert.ok(Object.values(ids).every((id) => !ours.includes(id)));
    });

    test('cases assessed before the standing columns existed get their standing from their newest assessment (0003)', async () => {
      const storage = await backend.fresh();
      try {
        const first = await startTestServer(backend, { storage });
        const agency = first.client();
        await signup(agency, 'Old agency');
        const make = async (label: string, facts: unknown) => (await agency.post('/api/v1/cases', { label, facts })).body.id as string;
        const assess = async (id: string) =>
          assert.equal((await agency.post(`/api/v1/cases/${id}/assessments`, { date: DATE })).status, 201);
        const ids = { e120: await make('E120', bachelor120), w117: await make('W117', waiting117), x0: await make('X0', ineligible) };
        await make('NEVER', bachelor120);
        const twice = await make('TWICE', bachelor120);
        for (const id of [...Object.values(ids), twice]) await assess(id);
        // Its newest assessment is of other facts: 大专 50 + age 27 = 77 (associate77), not the 120 assessed first.
        const patched = await agency.patch(`/api/v1/cases/${twice}`, { facts: associate77 });
        assert.equal(patched.status, 200);
        await assess(twice);
        await first.close();

        // The database as 0002 left it for cases assessed before it: standing blank, and 0003 not yet run.
        const old = await openDatabase(storage);
        await sql`update cases set assessed_at = null, latest_total = null, latest_status = null, gap = null, reaches_on = null`.execute(
          old.db,
        );
        // Later migrations undone first (the migrator runs them again, in order, after 0003).
        await undoHukou(old.db);
        await sql`delete from kysely_migration where name in ('0003-backfill-standing', '0004-hukou')`.execute(old.db);
        await old.close();

        const upgraded = await startTestServer(backend, { storage });
        try {
          const client = upgraded.client();
          for (const [k, v] of agency.cookies) client.cookies.set(k, v);
          const items: Json[] = (await client.get('/api/v1/cases?limit=50')).body.items;
          const byLabel = Object.fromEntries(items.map((c) => [c.label, [c.total, c.status, c.gap, c.reachesOn]]));
          // The same hand-worked standings as the case-list test above.
          assert.deepEqual(byLabel, {
            E120: [120, 'scored', 0, DATE],
            W117: [117, 'scored', 3, '2025-07-01'],
            X0: [0, 'ineligible', 0, '2025-04-01'],
            TWICE: [77, 'scored', 43, null],
            NEVER: [null, null, null, null],
          });
          const assessedAt = Object.fromEntries(items.map((c) => [c.label, c.assessedAt]));
          const newestOfTwice = (await client.get(`/api/v1/cases/${twice}/assessments`)).body.items[0].createdAt;
          assert.equal(assessedAt.TWICE, newestOfTwice, 'when the newest assessment was stored');
          assert.equal(assessedAt.NEVER, null);
          assert.deepEqual(
            (await client.get('/api/v1/cases?sort=gap')).body.items.map((c: Json) => c.label),
            ['E120', 'X0', 'W117', 'TWICE', 'NEVER'],
            'sorted by the backfilled gap',
          );
        } finally {
          await upgraded.close();
        }
      } finally {
        storage.cleanup();
      }
    });
  });
}
