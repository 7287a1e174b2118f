import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { bachelor120, DATE } from '../fixtures.ts';
import { type Backend, type Client, member, startWithOwner, stopTestServer, type TestServer } from '../harness.ts';

/** What the web app's records views read: note authors, the audit log by case and its actions, the batch template. */
export function recordsSuite(backend: Backend): void {
  describe(`records for the web views (${backend.name})`, () => {
    let server: TestServer;
    let owner: Client;
    before(async () => ({ server, owner } = await startWithOwner(backend)));
    after(() => stopTestServer(server));

    test("notes name their author (a user's name; none for an API token)", async () => {
      const staff = await member(owner, server, 'staff');
      const c = (await staff.client.post('/api/v1/cases', { label: 'n', facts: bachelor120 })).body;
      const added = await staff.client.post(`/api/v1/cases/${c.id}/notes`, { body: 'called' });
      assert.equal(added.status, 201);
      assert.equal(added.body.authorName, 'staff', 'the name member() gives');
      const token = (await owner.post('/api/v1/tokens', { name: 'bot', role: 'staff' })).body.token;
      const bot = server.client();
      bot.bearer = token;
      assert.equal((await bot.post(`/api/v1/cases/${c.id}/notes`, { body: 'by a script' })).body.authorName, null);
      const list = await owner.get(`/api/v1/cases/${c.id}/notes`);
      assert.deepEqual(
        list.body.items.map((n: { body: string; authorName: string | null }) => [n.body, n.authorName]),
        [
          ['by a script', null],
          ['called', 'staff'],
        ],
      );
    });

    test("the audit log by case holds the case's own entries and those of its notes and assessments, no other case's", async () => {
      const a = (await owner.post('/api/v1/cases', { label: 'a', facts: bachelor120 })).body;
      const b = (await owner.post('/api/v1/cases', { label: 'b', facts: bachelor120 })).body;
      const note = (await owner.post(`/api/v1/cases/${a.id}/notes`, { body: 'x' })).body;
      const run = (await owner.post(`/api/v1/cases/${a.id}/assessments`, { date: DATE })).body;
      await owner.get(`/api/v1/cases/${b.id}`);
      const log = await owner.get(`/api/v1/audit?caseId=${a.id}`);
      assert.equal(log.status, 200);
      assert.deepEqual(
        log.body.items.map((e: { action: string; targetId: string }) => [e.action, e.targetId]),
        [
          ['assessment.create', run.id],
          ['note.create', note.id],
          ['case.create', a.id],
        ],
      );
      const filtered = await owner.get(`/api/v1/audit?caseId=${a.id}&action=note.create`);
      assert.deepEqual(
        filtered.body.items.map((e: { targetId: string }) => e.targetId),
        [note.id],
      );
      assert.deepEqual(
        (await owner.get(`/api/v1/audit?caseId=${b.id}`)).body.items.map((e: { action: string }) => e.action),
        ['case.read', 'case.create'],
      );
    });

    test('the actions the log holds, sorted, for owners only', async () => {
      const res = await owner.get('/api/v1/audit/actions');
      assert.equal(res.status, 200);
      const actions = res.body.actions as string[];
      assert.deepEqual(actions, [...new Set(actions)].sort(), 'distinct and sorted');
      for (const a of ['auth.signup', 'case.create', 'note.create']) assert.ok(actions.includes(a), a);
      const staff = await member(owner, server, 'staff');
      assert.equal((await staff.client.get('/api/v1/audit/actions')).status, 403);
      assert.equal((await server.client().get('/api/v1/audit/actions')).status, 401);
    });

    test('the batch template in either language, and a sheet answer names its result columns', async () => {
      const anyone = server.client();
      const zh = await anyone.get('/api/v1/batch/template?lang=zh');
      assert.equal(zh.status, 200);
      assert.match(zh.headers.get('content-type') ?? '', /^text\/csv/);
      const [zhHead = [], example = []] = parse(zh.text, { bom: true }) as string[][];
      assert.deepEqual([zhHead[0], zhHead.includes('出生日期')], ['编号', true]);
      const en = await anyone.get('/api/v1/batch/template?lang=en');
      const [enHead = []] = parse(en.text, { bom: true }) as string[][];
      assert.deepEqual([enHead[0], enHead.includes('birthDate')], ['reference', true]);
      assert.equal(enHead.length, zhHead.length);
      anyone.lang = 'en';
      assert.deepEqual((parse((await anyone.get('/api/v1/batch/template')).text, { bom: true }) as string[][])[0]?.slice(0, 1), [
        'reference',
      ]);
      assert.equal((await anyone.get('/api/v1/batch/template?lang=fr')).status, 422);

      // The template sent back as it is: one row, scored, its result columns named by the header.
      const answer = await anyone.post(`/api/v1/batch?date=${DATE}`, zh.text, { 'content-type': 'text/csv' });
      assert.equal(answer.status, 200);
      const keys = (answer.headers.get('x-result-columns') ?? '').split(',');
      const [head = [], row = []] = parse(answer.text, { bom: true }) as string[][];
      assert.equal(head.length, zhHead.length + keys.length, 'the input columns, then one per key');
      assert.equal(row[zhHead.length + keys.indexOf('line')], '2');
      assert.equal(row[zhHead.length + keys.indexOf('error')], '');
      assert.equal(row[0], example[0]);
    });
  });
}
