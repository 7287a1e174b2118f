import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bachelor120, DATE } from '../fixtures.ts';
import { type Backend, type Client, member, startWithOwner, stopTestServer, type TestServer } from '../harness.ts';

interface Entry {
  action: string;
  targetType: string;
  targetId: string | null;
  actorUserId: string | null;
  actorTokenId: string | null;
  at: string;
  requestId: string;
}

/** Who read or changed what, when — readable by owners, carrying no personal data. */
export function auditSuite(backend: Backend): void {
  describe(`audit log (${backend.name})`, () => {
    let server: TestServer;
    let owner: Client;
    before(async () => ({ server, owner } = await startWithOwner(backend)));
    after(() => stopTestServer(server));

    test('records reads and changes by users and tokens, newest first, filterable', async () => {
      const staff = await member(owner, server, 'staff');
      const c = await staff.client.post('/api/v1/cases', { label: 'audited', facts: { ...bachelor120, idNumber: '11010519491231002X' } });
      const id = c.body.id;
      await staff.client.get(`/api/v1/cases/${id}`);
      await staff.client.patch(`/api/v1/cases/${id}`, { label: 'audited 2' });
      const run = await staff.client.post(`/api/v1/cases/${id}/assessments`, { date: DATE });
      const tokenRes = await owner.post('/api/v1/tokens', { name: 'reader', role: 'viewer' });
      const bot = server.client();
      bot.bearer = tokenRes.body.token;
      await bot.get(`/api/v1/cases/${id}`);
      await staff.client.delete(`/api/v1/cases/${id}`);

      const log = await owner.get(`/api/v1/audit?targetId=${id}`);
      assert.equal(log.status, 200);
      const entries = log.body.items as Entry[];
      assert.deepEqual(
        entries.map((e) => `${e.action}:${e.actorUserId ? 'staff' : 'token'}`),
        ['case.delete:staff', 'case.read:token', 'case.update:staff', 'case.read:staff', 'case.create:staff'],
      );
      for (const e of entries) {
        if (e.actorUserId) assert.equal(e.actorUserId, staff.userId);
        else assert.equal(e.actorTokenId, tokenRes.body.apiToken.id);
        assert.ok(Date.parse(e.at) > Date.now() - 60_000);
        assert.ok(e.requestId);
      }
      const created = await owner.get(`/api/v1/audit?action=assessment.create&targetId=${run.body.id}`);
      assert.equal(created.body.items.length, 1);
      const byStaff = await owner.get(`/api/v1/audit?actorUserId=${staff.userId}&limit=2`);
      assert.equal(byStaff.body.items.length, 2);
      assert.ok(byStaff.body.next);
      assert.doesNotMatch(
        JSON.stringify((await owner.get('/api/v1/audit?limit=200')).body),
        /11010519491231002X|audited/,
        'no personal data in the log',
      );
    });

    test('sign-ins, failed sign-ins and role changes are recorded', async () => {
      const viewer = await member(owner, server, 'viewer');
      await server.client().post('/api/v1/auth/login', { email: viewer.email, password: 'not the password' });
      await owner.patch(`/api/v1/users/${viewer.userId}`, { role: 'staff' });
      const entries = (await owner.get(`/api/v1/audit?targetId=${viewer.userId}`)).body.items as Entry[];
      assert.deepEqual(
        entries.map((e) => e.action),
        ['user.role', 'auth.login_failed'],
      );
      const accepted = (await owner.get('/api/v1/audit?action=invitation.accept')).body.items as Entry[];
      assert.ok(accepted.some((e) => e.actorUserId === viewer.userId));
    });
  });
}
