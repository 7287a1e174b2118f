import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bachelor120, DATE } from '../fixtures.ts';
import { type Backend, type Client, member, signup, startTestServer, stopTestServer, type TestServer, uniqueEmail } from '../harness.ts';

/** Every query is scoped to the caller's organisation; roles limit what each member may do. */
export function isolationSuite(backend: Backend): void {
  describe(`organisation isolation and roles (${backend.name})`, () => {
    let server: TestServer;
    let ownerA: Client;
    let ownerB: Client;
    let tokenB: Client;
    const a = { caseId: '', assessmentId: '', noteId: '', userId: '', tokenId: '', invitationId: '' };
    let caseB = '';

    before(async () => {
      server = await startTestServer(backend);
      ownerA = server.client();
      a.userId = (await signup(ownerA, 'Org A')).userId;
      const c = await ownerA.post('/api/v1/cases', { label: 'A secret', facts: bachelor120 });
      a.caseId = c.body.id;
      a.assessmentId = (await ownerA.post(`/api/v1/cases/${a.caseId}/assessments`, { date: DATE })).body.id;
      a.noteId = (await ownerA.post(`/api/v1/cases/${a.caseId}/notes`, { body: 'A only' })).body.id;
      await ownerA.put(`/api/v1/cases/${a.caseId}/documents/residence_permit`, { status: 'collected' });
      a.tokenId = (await ownerA.post('/api/v1/tokens', { name: 'A', role: 'viewer' })).body.apiToken.id;
      a.invitationId = (await ownerA.post('/api/v1/invitations', { email: uniqueEmail('a'), role: 'staff' })).body.invitation.id;

      ownerB = server.client();
      await signup(ownerB, 'Org B');
      caseB = (await ownerB.post('/api/v1/cases', { label: 'B own', facts: bachelor120 })).body.id;
      const token = (await ownerB.post('/api/v1/tokens', { name: 'B', role: 'staff' })).body.token;
      tokenB = server.client();
      tokenB.bearer = token;
    });
    after(() => stopTestServer(server));

    const attempts = () =>
      [
        ['GET', `/api/v1/cases/${a.caseId}`],
        ['PATCH', `/api/v1/cases/${a.caseId}`, { label: 'hijacked' }],
        ['DELETE', `/api/v1/cases/${a.caseId}`],
        ['POST', `/api/v1/cases/${a.caseId}/assessments`, { date: DATE }],
        ['GET', `/api/v1/cases/${a.caseId}/assessments`],
        ['GET', `/api/v1/cases/${a.caseId}/assessments/${a.assessmentId}`],
        ['GET', `/api/v1/cases/${a.caseId}/assessments/${a.assessmentId}/reproduction`],
        ['GET', `/api/v1/cases/${caseB}/assessments/${a.assessmentId}`],
        ['GET', `/api/v1/cases/${a.caseId}/documents`],
        ['PUT', `/api/v1/cases/${a.caseId}/documents/residence_permit`, { status: 'submitted' }],
        ['GET', `/api/v1/cases/${a.caseId}/notes`],
        ['POST', `/api/v1/cases/${a.caseId}/notes`, { body: 'intrusion' }],
        ['DELETE', `/api/v1/cases/${a.caseId}/notes/${a.noteId}`],
        ['DELETE', `/api/v1/cases/${caseB}/notes/${a.noteId}`],
        ['PATCH', `/api/v1/users/${a.userId}`, { role: 'viewer' }],
        ['DELETE', `/api/v1/users/${a.userId}`],
        ['DELETE', `/api/v1/tokens/${a.tokenId}`],
        ['DELETE', `/api/v1/invitations/${a.invitationId}`],
      ] as [string, string, unknown?][];

    test("every case, user, token and invitation endpoint answers 404 to another organisation's ids (owner session)", async () => {
      for (const [method, path, body] of attempts()) {
        const res = await ownerB.request(method, path, body);
        assert.equal(res.status, 404, `${method} ${path} → ${res.status}`);
        assert.equal(res.body.type, '/problems/notFound');
      }
    });

    test('… and to an API token of the other organisation (case endpoints)', async () => {
      for (const [method, path, body] of attempts().filter(([, p]) => p.includes('/cases/'))) {
        const res = await tokenB.request(method, path, body);
        assert.equal(res.status, 404, `${method} ${path} → ${res.status}`);
      }
    });

    test("lists never show another organisation's rows, and A's data is untouched", async () => {
      const cases = (await ownerB.get('/api/v1/cases')).body.items.map((c: { id: string }) => c.id);
      assert.deepEqual(cases, [caseB]);
      assert.ok(!(await ownerB.get('/api/v1/users')).body.items.some((u: { id: string }) => u.id === a.userId));
      assert.equal((await ownerB.get('/api/v1/tokens')).body.items.length, 1);
      assert.equal((await ownerB.get('/api/v1/invitations')).body.items.length, 0);
      const audit = await ownerB.get('/api/v1/audit?limit=200');
      // B's own refused attempts on A's ids are in B's log (the id B sent, nothing of A's); nothing else is.
      const aboutA = audit.body.items.filter((e: { targetId: string }) => e.targetId === a.caseId);
      assert.ok(aboutA.length > 0 && aboutA.every((e: { action: string }) => e.action === 'access.not_found'), JSON.stringify(aboutA));

      const mine = await ownerA.get(`/api/v1/cases/${a.caseId}`);
      assert.equal(mine.body.label, 'A secret');
      assert.equal(mine.body.revision, 1);
      assert.equal((await ownerA.get(`/api/v1/cases/${a.caseId}/notes`)).body.items.length, 1);
      assert.equal((await ownerA.get(`/api/v1/cases/${a.caseId}/assessments`)).body.items.length, 1);
      const docs = (await ownerA.get(`/api/v1/cases/${a.caseId}/documents`)).body.items;
      assert.equal(docs.find((d: { docId: string }) => d.docId === 'residence_permit').status, 'collected');
      assert.equal((await ownerA.get('/api/v1/users')).body.items.length, 1);
    });

    test('viewers read only; staff write cases but manage nobody; owners do everything', async () => {
      const viewer = (await member(ownerA, server, 'viewer')).client;
      const staff = (await member(ownerA, server, 'staff')).client;
      const reads = [
        `/api/v1/cases`,
        `/api/v1/cases/${a.caseId}`,
        `/api/v1/cases/${a.caseId}/assessments`,
        `/api/v1/cases/${a.caseId}/assessments/${a.assessmentId}`,
        `/api/v1/cases/${a.caseId}/documents`,
        `/api/v1/cases/${a.caseId}/notes`,
        '/api/v1/users',
      ];
      for (const path of reads) {
        assert.equal((await viewer.get(path)).status, 200, `viewer GET ${path}`);
        assert.equal((await staff.get(path)).status, 200, `staff GET ${path}`);
      }
      const writes: [string, string, unknown?][] = [
        ['POST', '/api/v1/cases', { label: 'x', facts: bachelor120 }],
        ['PATCH', `/api/v1/cases/${a.caseId}`, { label: 'x' }],
        ['POST', `/api/v1/cases/${a.caseId}/assessments`, { date: DATE }],
        ['PUT', `/api/v1/cases/${a.caseId}/documents/id_card`, { status: 'collected' }],
        ['POST', `/api/v1/cases/${a.caseId}/notes`, { body: 'x' }],
        ['DELETE', `/api/v1/cases/${a.caseId}/notes/${a.noteId}`],
        ['DELETE', `/api/v1/cases/${a.caseId}`],
      ];
      for (const [method, path, body] of writes) {
        const res = await viewer.request(method, path, body);
        assert.equal(res.status, 403, `viewer ${method} ${path}`);
        assert.equal(res.body.type, '/problems/forbidden');
      }
      const ownerOnly: [string, string, unknown?][] = [
        ['GET', '/api/v1/tokens'],
        ['POST', '/api/v1/tokens', { name: 'x', role: 'viewer' }],
        ['GET', '/api/v1/invitations'],
        ['POST', '/api/v1/invitations', { email: uniqueEmail('x'), role: 'viewer' }],
        ['PATCH', `/api/v1/users/${a.userId}`, { role: 'staff' }],
        ['DELETE', `/api/v1/users/${a.userId}`],
        ['GET', '/api/v1/audit'],
      ];
      for (const [method, path, body] of ownerOnly) {
        assert.equal((await staff.request(method, path, body)).status, 403, `staff ${method} ${path}`);
        assert.equal((await viewer.request(method, path, body)).status, 403, `viewer ${method} ${path}`);
      }
      for (const [method, path, body] of writes.slice(0, 5)) {
        const res = await staff.request(method, path, body);
        assert.ok(res.status === 200 || res.status === 201, `staff ${method} ${path} → ${res.status}`);
      }
      assert.equal((await ownerA.get('/api/v1/audit')).status, 200);
    });

    test('without credentials every account endpoint is 401', async () => {
      const anonymous = server.client();
      for (const path of [
        '/api/v1/auth/me',
        '/api/v1/cases',
        `/api/v1/cases/${a.caseId}`,
        '/api/v1/users',
        '/api/v1/tokens',
        '/api/v1/invitations',
        '/api/v1/audit',
      ]) {
        const res = await anonymous.get(path);
        assert.equal(res.status, 401, path);
        assert.equal(res.body.type, '/problems/unauthenticated');
      }
      assert.equal((await anonymous.post('/api/v1/cases', { label: 'x', facts: bachelor120 })).status, 401);
    });
  });
}
