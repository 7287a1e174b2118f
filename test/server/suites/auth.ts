import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bachelor120 } from '../fixtures.ts';
import { type Backend, member, PASSWORD, signup, startTestServer, stopTestServer, type TestServer, uniqueEmail } from '../harness.ts';

/** Accounts: signup, login, sessions, CSRF, API tokens, invitations, login rate limits. */
export function authSuite(backend: Backend): void {
  describe(`accounts and credentials (${backend.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(backend);
    });
    after(() => stopTestServer(server));

    test('signup creates the organisation and its owner, signed in with HttpOnly/SameSite cookies', async () => {
      const client = server.client();
      const email = uniqueEmail('Owner');
      const res = await client.post('/api/v1/auth/signup', { organisation: '浦东人力', name: '王芳', email, password: PASSWORD });
      assert.equal(res.status, 201);
      assert.equal(res.body.user.role, 'owner');
      assert.equal(res.body.user.email, email.toLowerCase());
      assert.equal(res.body.organisation.name, '浦东人力');
      const cookies = res.headers.getSetCookie();
      const session = cookies.find((c) => c.startsWith('hjf_session='));
      const csrf = cookies.find((c) => c.startsWith('csrf='));
      assert.match(session ?? '', /HttpOnly/);
      assert.match(session ?? '', /SameSite=Lax/);
      assert.doesNotMatch(session ?? '', /Secure/, 'plain http: no Secure flag');
      assert.doesNotMatch(csrf ?? '', /HttpOnly/, 'the csrf cookie is readable by the page');
      assert.equal(res.body.csrfToken, client.cookies.get('csrf'));
      const me = await client.get('/api/v1/auth/me');
      assert.equal(me.status, 200);
      assert.equal(me.body.user.email, email.toLowerCase());
      assert.equal(me.body.role, 'owner');
      const again = await server
        .client()
        .post('/api/v1/auth/signup', { organisation: 'x', name: 'y', email: email.toUpperCase(), password: PASSWORD });
      assert.equal(again.status, 409);
    });

    test('signup validates e-mail and password length', async () => {
      const res = await server
        .client()
        .post(
          '/api/v1/auth/signup',
          { organisation: 'x', name: 'y', email: 'not-an-email', password: 'short' },
          { 'accept-language': 'en' },
        );
      assert.equal(res.status, 422);
      assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path).sort(), ['email', 'password']);
    });

    test('login with the right password; a wrong one is 401; logout ends the session', async () => {
      const owner = server.client();
      const { email } = await signup(owner);
      const wrong = await server.client().post('/api/v1/auth/login', { email, password: 'wrong password!' });
      assert.equal(wrong.status, 401);
      assert.equal(wrong.body.type, '/problems/badCredentials');
      const unknown = await server.client().post('/api/v1/auth/login', { email: uniqueEmail('nobody'), password: PASSWORD });
      assert.equal(unknown.status, 401);
      assert.equal(unknown.body.title, wrong.body.title, 'unknown e-mail and wrong password look the same');

      const client = server.client();
      const ok = await client.post('/api/v1/auth/login', { email, password: PASSWORD });
      assert.equal(ok.status, 200);
      assert.equal((await client.get('/api/v1/auth/me')).status, 200);
      const stolen = client.cookies.get('hjf_session');
      assert.equal((await client.post('/api/v1/auth/logout')).status, 204);
      assert.equal(client.cookies.has('hjf_session'), false, 'cookie cleared');
      const replay = server.client();
      replay.cookies.set('hjf_session', stolen ?? '');
      assert.equal((await replay.get('/api/v1/auth/me')).status, 401, 'the server-side session is gone');
    });

    test('CSRF: a cookie session must echo the csrf cookie on unsafe methods', async () => {
      const owner = server.client();
      await signup(owner);
      owner.sendCsrf = false;
      const none = await owner.post('/api/v1/cases', { label: 'x', facts: bachelor120 });
      assert.equal(none.status, 403);
      assert.equal(none.body.type, '/problems/csrf');
      const wrong = await owner.post('/api/v1/cases', { label: 'x', facts: bachelor120 }, { 'x-csrf-token': 'forged' });
      assert.equal(wrong.status, 403);
      // A cookie and header that match each other but were not issued with this session (cookie tossing).
      const planted = owner.cookies.get('csrf');
      owner.cookies.set('csrf', 'attacker-chosen');
      const tossed = await owner.post('/api/v1/cases', { label: 'x', facts: bachelor120 }, { 'x-csrf-token': 'attacker-chosen' });
      assert.equal(tossed.status, 403);
      owner.cookies.set('csrf', planted ?? '');
      const logout = await owner.post('/api/v1/auth/logout');
      assert.equal(logout.status, 403, 'logout is protected too');
      owner.sendCsrf = true;
      assert.equal((await owner.post('/api/v1/cases', { label: 'x', facts: bachelor120 })).status, 201);
      assert.equal((await owner.get('/api/v1/cases')).status, 200, 'safe methods need no token');
    });

    test('API tokens: shown once, stored hashed, Bearer auth, CSRF-exempt, role-limited, revocable', async () => {
      const owner = server.client();
      await signup(owner);
      const created = await owner.post('/api/v1/tokens', { name: 'CRM integration', role: 'staff' });
      assert.equal(created.status, 201);
      const token: string = created.body.token;
      assert.match(token, /^hjf_[\w-]{40,}$/);
      const list = await owner.get('/api/v1/tokens');
      assert.equal(list.body.items.length, 1);
      assert.equal(JSON.stringify(list.body).includes(token), false, 'the secret is never listed');
      assert.equal(list.body.items[0].prefix, token.slice(0, 10));

      const integrator = server.client();
      integrator.bearer = token;
      integrator.sendCsrf = false;
      const me = await integrator.get('/api/v1/auth/me');
      assert.equal(me.body.role, 'staff');
      assert.equal(me.body.user, null);
      const made = await integrator.post('/api/v1/cases', { label: 'via token', facts: bachelor120 });
      assert.equal(made.status, 201, 'no CSRF token needed with Bearer');
      assert.equal((await integrator.get('/api/v1/tokens')).status, 403, 'a staff token cannot manage tokens');
      assert.equal((await integrator.get('/api/v1/audit')).status, 403);

      const forged = server.client();
      forged.bearer = `${token.slice(0, -2)}xx`;
      const refused = await forged.get('/api/v1/cases');
      assert.equal(refused.status, 401);
      assert.match(refused.headers.get('www-authenticate') ?? '', /Bearer/);

      assert.equal((await owner.delete(`/api/v1/tokens/${created.body.apiToken.id}`)).status, 204);
      assert.equal((await integrator.get('/api/v1/cases')).status, 401, 'revoked at once');
      assert.equal((await owner.post('/api/v1/tokens', { name: 'x', role: 'owner' })).status, 422, 'no owner tokens');
    });

    test('invitations: owner invites by e-mail, the link works once and creates the user in that organisation', async () => {
      const owner = server.client();
      const { orgId } = await signup(owner, 'Inviting Org');
      const email = uniqueEmail('invitee');
      const inv = await owner.post('/api/v1/invitations', { email, role: 'viewer' });
      assert.equal(inv.status, 201);
      assert.equal(inv.body.acceptPath, `/accept-invitation#token=${inv.body.token}`);
      const info = await server.client().post('/api/v1/invitations/inspect', { token: inv.body.token });
      assert.deepEqual([info.body.email, info.body.role, info.body.organisation.name], [email.toLowerCase(), 'viewer', 'Inviting Org']);

      const invitee = server.client();
      const acc = await invitee.post('/api/v1/invitations/accept', { token: inv.body.token, name: '李雷', password: PASSWORD });
      assert.equal(acc.status, 201);
      assert.equal(acc.body.organisation.id, orgId);
      assert.equal(acc.body.user.role, 'viewer');
      assert.equal((await invitee.get('/api/v1/auth/me')).body.organisation.id, orgId);
      const twice = await server.client().post('/api/v1/invitations/accept', { token: inv.body.token, name: 'x', password: PASSWORD });
      assert.equal(twice.status, 404, 'a link works once');

      const listed = await owner.get('/api/v1/invitations');
      assert.ok(listed.body.items[0].acceptedAt);
      const revoked = await owner.post('/api/v1/invitations', { email: uniqueEmail('late'), role: 'staff' });
      assert.equal((await owner.delete(`/api/v1/invitations/${revoked.body.invitation.id}`)).status, 204);
      const late = await server.client().post('/api/v1/invitations/accept', { token: revoked.body.token, name: 'x', password: PASSWORD });
      assert.equal(late.status, 404, 'a revoked link does not work');
      assert.equal((await owner.post('/api/v1/invitations', { email, role: 'staff' })).status, 409, 'already a user');
    });

    test('users: owners change roles and remove people (sessions end), never the last owner', async () => {
      const owner = server.client();
      const { userId: ownerId } = await signup(owner);
      const staff = await member(owner, server, 'staff');
      const users = await owner.get('/api/v1/users');
      assert.equal(users.body.items.length, 2);
      assert.equal((await owner.patch(`/api/v1/users/${staff.userId}`, { role: 'viewer' })).body.role, 'viewer');
      assert.equal(
        (await staff.client.post('/api/v1/cases', { label: 'x', facts: bachelor120 })).status,
        403,
        'the new role applies at once',
      );
      assert.equal((await owner.patch(`/api/v1/users/${ownerId}`, { role: 'staff' })).status, 409, 'last owner');
      assert.equal((await owner.delete(`/api/v1/users/${ownerId}`)).status, 409);
      assert.equal((await owner.delete(`/api/v1/users/${staff.userId}`)).status, 204);
      assert.equal((await staff.client.get('/api/v1/auth/me')).status, 401, 'removed user signed out');
      const login = await server.client().post('/api/v1/auth/login', { email: staff.email, password: PASSWORD });
      assert.equal(login.status, 401, 'removed user cannot sign in');
    });
  });

  describe(`login rate limits (${backend.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(backend, {
        config: { login: { windowMs: 60_000, freePerPair: 3, firstDelayMs: 60_000, maxDelayMs: 60_000, perIp: 6 } },
      });
    });
    after(() => stopTestServer(server));

    test('per account and address: after 3 failures the next attempt waits (429 with Retry-After), even with the right password', async () => {
      const { email } = await signup(server.client());
      for (let i = 0; i < 3; i++)
        assert.equal((await server.client().post('/api/v1/auth/login', { email, password: 'wrong password' })).status, 401);
      const limited = await server.client().post('/api/v1/auth/login', { email, password: PASSWORD });
      assert.equal(limited.status, 429);
      assert.equal(limited.body.type, '/problems/rateLimited');
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
    });

    test('per address: failures over many accounts from one address are limited too', async () => {
      // 3 failures above already count for this address (127.0.0.1; the refused 4th does not); 3 more on other accounts reach 6.
      for (let i = 0; i < 3; i++)
        await server.client().post('/api/v1/auth/login', { email: uniqueEmail('spray'), password: 'wrong password' });
      const { email } = await signup(server.client());
      const limited = await server.client().post('/api/v1/auth/login', { email, password: PASSWORD });
      assert.equal(limited.status, 429);
    });
  });

  describe(`session expiry (${backend.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(backend, { config: { sessionTtlMs: 1500 } });
    });
    after(() => stopTestServer(server));

    test('a session expires when unused for its lifetime; using it extends it', async () => {
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const client = server.client();
      await signup(client);
      await sleep(900);
      assert.equal((await client.get('/api/v1/auth/me')).status, 200, 'used after 0.9 s: extended');
      await sleep(900);
      assert.equal((await client.get('/api/v1/auth/me')).status, 200, '1.8 s after sign-in, past the first expiry');
      await sleep(1700);
      assert.equal((await client.get('/api/v1/auth/me')).status, 401, 'unused for longer than its lifetime');
    });
  });
}
