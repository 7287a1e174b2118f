import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { associate77, bachelor120, DATE, VALID_ID } from '../fixtures.ts';
import { type Backend, type Client, startWithOwner, stopTestServer, type TestServer } from '../harness.ts';

/** Cases: their facts, stored assessments (reproducible), documents checklist and notes. */
export function casesSuite(backend: Backend): void {
  describe(`cases (${backend.name})`, () => {
    let server: TestServer;
    let owner: Client;
    before(async () => ({ server, owner } = await startWithOwner(backend)));
    after(() => stopTestServer(server));

    test('create, get, list, search, update with revision check, delete', async () => {
      const created = await owner.post('/api/v1/cases', {
        label: '张三',
        reference: 'HR-001',
        facts: { ...bachelor120, idNumber: VALID_ID.toLowerCase() },
      });
      assert.equal(created.status, 201);
      const id = created.body.id;
      assert.equal(created.body.revision, 1);
      assert.equal(created.body.facts.idNumber, VALID_ID, 'stored as validated (upper-cased X)');
      assert.equal(created.body.facts.residencePermit.valid, true, 'defaults filled in');
      await owner.post('/api/v1/cases', { label: '李四', reference: 'HR-002', facts: associate77 });

      const got = await owner.get(`/api/v1/cases/${id}`);
      assert.equal(got.body.label, '张三');
      const all = await owner.get('/api/v1/cases');
      assert.deepEqual(
        all.body.items.map((c: { label: string }) => c.label),
        ['李四', '张三'],
      );
      assert.equal(all.body.items[0].facts, undefined, 'lists carry no facts');
      assert.deepEqual(
        (await owner.get(`/api/v1/cases?q=${encodeURIComponent('hr-001')}`)).body.items.map((c: { id: string }) => c.id),
        [id],
      );
      assert.equal((await owner.get('/api/v1/cases?q=%25')).body.items.length, 0, 'LIKE wildcards are taken literally');
      const page = await owner.get('/api/v1/cases?limit=1');
      assert.equal(page.body.items.length, 1);
      const next = await owner.get(`/api/v1/cases?limit=1&before=${page.body.next}`);
      assert.equal(next.body.items[0].id, id);
      assert.equal(next.body.next, null);

      const updated = await owner.patch(`/api/v1/cases/${id}`, { label: '张三（已婚）', revision: 1 });
      assert.equal(updated.status, 200);
      assert.equal(updated.body.revision, 2);
      const stale = await owner.patch(`/api/v1/cases/${id}`, { label: 'stale write', revision: 1 });
      assert.equal(stale.status, 409);
      assert.deepEqual([stale.body.currentRevision, stale.body.current], [2, `/api/v1/cases/${id}`]);
      const badFacts = await owner.patch(`/api/v1/cases/${id}`, { facts: { birthDate: 'soon' } });
      assert.equal(badFacts.status, 422);
      assert.equal(badFacts.body.errors[0].path, 'facts.birthDate');

      assert.equal((await owner.delete(`/api/v1/cases/${id}`)).status, 204);
      assert.equal((await owner.get(`/api/v1/cases/${id}`)).status, 404);
      assert.equal((await owner.delete(`/api/v1/cases/${id}`)).status, 404);
    });

    test('assessments are stored with date, version, readings and the facts used, and can be reproduced', async () => {
      const c = (await owner.post('/api/v1/cases', { label: 'E1', facts: bachelor120 })).body;
      const first = await owner.post(`/api/v1/cases/${c.id}/assessments`, { date: DATE });
      assert.equal(first.status, 201);
      assert.equal(first.body.total, 120);
      assert.equal(first.body.date, DATE);
      assert.equal(first.body.versionId, '2022');
      assert.equal(first.body.versionPinned, null);
      assert.deepEqual(first.body.input, c.facts);
      assert.equal(first.body.result.total, 120);

      // The facts change (an older birth date: 45 → 27 age points); the old result stays as it was.
      await owner.patch(`/api/v1/cases/${c.id}`, { facts: { ...bachelor120, birthDate: '1979-06-01' } });
      const second = await owner.post(`/api/v1/cases/${c.id}/assessments`, {
        date: DATE,
        version: '2017',
        readings: { R1: 'last6consecutive' },
      });
      assert.equal(second.body.total, 117, 'degree 90 + age 45 → 27');
      assert.equal(second.body.versionPinned, '2017');
      assert.deepEqual(second.body.readings, { R1: 'last6consecutive' });

      const history = await owner.get(`/api/v1/cases/${c.id}/assessments`);
      assert.deepEqual(
        history.body.items.map((a: { total: number }) => a.total),
        [117, 120],
      );
      const old = await owner.get(`/api/v1/cases/${c.id}/assessments/${first.body.id}`);
      assert.equal(old.body.input.birthDate, '1990-01-01');
      assert.equal(old.body.result.total, 120);
      const again = await owner.get(`/api/v1/cases/${c.id}/assessments/${first.body.id}/reproduction`);
      assert.equal(again.status, 200);
      assert.equal(again.body.identical, true);
      assert.equal(again.body.now.total, 120);
      assert.equal((await owner.post(`/api/v1/cases/${c.id}/assessments`)).status, 201, 'no body: today, defaults');
      assert.equal((await owner.post(`/api/v1/cases/${c.id}/assessments`, { readings: { R1: 'x' } })).status, 422);
    });

    test('documents checklist follows the latest assessment; states and notes are kept per document', async () => {
      const c = (await owner.post('/api/v1/cases', { label: 'docs', facts: bachelor120 })).body;
      const empty = await owner.get(`/api/v1/cases/${c.id}/documents`);
      assert.deepEqual(empty.body, { assessmentId: null, items: [] });
      const a = await owner.post(`/api/v1/cases/${c.id}/assessments`, { date: DATE });
      const list = await owner.get(`/api/v1/cases/${c.id}/documents`);
      assert.equal(list.body.assessmentId, a.body.id);
      const ids = list.body.items.map((d: { docId: string }) => d.docId);
      assert.deepEqual(
        ids,
        a.body.result.documents.map((d: { id: string }) => d.id),
      );
      assert.ok(ids.includes('residence_permit'));
      assert.ok(list.body.items.every((d: { status: string; required: boolean }) => d.status === 'todo' && d.required));

      const put = await owner.put(`/api/v1/cases/${c.id}/documents/residence_permit`, { status: 'collected', note: '原件已核' });
      assert.equal(put.status, 200);
      await owner.put(`/api/v1/cases/${c.id}/documents/residence_permit`, { status: 'submitted' });
      await owner.put(`/api/v1/cases/${c.id}/documents/extra_letter`, { status: 'collected' });
      const after = (await owner.get(`/api/v1/cases/${c.id}/documents`)).body.items;
      const permit = after.find((d: { docId: string }) => d.docId === 'residence_permit');
      assert.deepEqual([permit.status, permit.note], ['submitted', null]);
      const extra = after.find((d: { docId: string }) => d.docId === 'extra_letter');
      assert.equal(extra.required, false);
      assert.equal((await owner.put(`/api/v1/cases/${c.id}/documents/x`, { status: 'lost' })).status, 422);
    });

    test('notes: add, list newest first, delete', async () => {
      const c = (await owner.post('/api/v1/cases', { label: 'notes', facts: bachelor120 })).body;
      const n1 = await owner.post(`/api/v1/cases/${c.id}/notes`, { body: '已电话联系' });
      assert.equal(n1.status, 201);
      await owner.post(`/api/v1/cases/${c.id}/notes`, { body: '材料齐全' });
      const list = await owner.get(`/api/v1/cases/${c.id}/notes`);
      assert.deepEqual(
        list.body.items.map((n: { body: string }) => n.body),
        ['材料齐全', '已电话联系'],
      );
      assert.equal((await owner.delete(`/api/v1/cases/${c.id}/notes/${n1.body.id}`)).status, 204);
      assert.equal((await owner.get(`/api/v1/cases/${c.id}/notes`)).body.items.length, 1);
      assert.equal((await owner.post(`/api/v1/cases/${c.id}/notes`, { body: '   ' })).status, 422);
    });

    test('deleting a case deletes its assessments, documents and notes', async () => {
      const c = (await owner.post('/api/v1/cases', { label: 'gone', facts: bachelor120 })).body;
      const a = await owner.post(`/api/v1/cases/${c.id}/assessments`, { date: DATE });
      await owner.post(`/api/v1/cases/${c.id}/notes`, { body: 'x' });
      await owner.delete(`/api/v1/cases/${c.id}`);
      assert.equal((await owner.get(`/api/v1/cases/${c.id}/assessments/${a.body.id}`)).status, 404);
      assert.equal((await owner.get(`/api/v1/cases/${c.id}/notes`)).status, 404);
    });
  });
}
