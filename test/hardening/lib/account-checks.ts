/**
 * Account checks shared by the SQLite and PostgreSQL hardening files, against a server child started with
 * TRUST_PROXY=1 (each client gets an address of its own) and the limits in ACCOUNT_ENV.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { assertProblem, email, Http, PASSWORD, signup } from './http.ts';

/**
 * Small limits, so the checks reach them in a few requests; the delay after the free attempts a minute (the
 * default starts at 1 s), so that 40 parallel logins spread over more than a second on a busy machine still
 * meet a fixed bound.
 */
export const ACCOUNT_ENV = { LOGIN_PER_IP: '20', LOGIN_FIRST_DELAY_MS: '60000', SIGNUP_PER_IP: '5', INVITATIONS_PER_USER: '5' };
/** The default login throttle: attempts per account+address pair before the delays start. */
const FREE_PER_PAIR = 5;

let lastAddress = 0;
/** A client with an address of its own (X-Forwarded-For, trusted by the server). */
export function client(url: string): Http {
  const http = new Http(url);
  lastAddress++;
  http.headers['x-forwarded-for'] = `10.${(lastAddress >> 16) & 255}.${(lastAddress >> 8) & 255}.${lastAddress & 255}`;
  return http;
}

/** Audit entries of the owner's organisation with this action. */
async function auditCount(owner: Http, action: string): Promise<number> {
  const r = await owner.get(`/api/v1/audit?action=${action}&limit=200`);
  assert.equal(r.status, 200, r.text);
  return r.body.items.length;
}

export function accountChecks(backend: string, url: () => string): void {
  it(`40 parallel logins for one account from one address: at most ${FREE_PER_PAIR} password checks, the rest 429 (${backend})`, async (t) => {
    const owner = client(url());
    const { email: address } = await signup(owner, 'Race');
    const attacker = client(url()).headers['x-forwarded-for'] as string;
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        new Http(url()).post(
          '/api/v1/auth/login',
          { email: address, password: i === 20 ? PASSWORD : `wrong password ${i}` },
          { 'x-forwarded-for': attacker },
        ),
      ),
    );
    const statuses: Record<number, number> = {};
    for (const r of replies) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    // Each password check is audited (auth.login_failed or auth.login); the refused attempts never reach one.
    const checks = (await auditCount(owner, 'auth.login_failed')) + (await auditCount(owner, 'auth.login'));
    t.diagnostic(`figures: 40 parallel logins → ${JSON.stringify(statuses)}; ${checks} password checks`);
    assert.ok(checks <= FREE_PER_PAIR, `${checks} password checks`);
    assert.equal((statuses[401] ?? 0) + (statuses[200] ?? 0), checks, 'every check answered 401 or 200');
    assert.equal(statuses[429], 40 - checks);
    for (const r of replies.filter((x) => x.status === 429)) {
      assertProblem(r, 429, 'a refused login');
      assert.ok(Number(r.headers.get('retry-after')) > 0, 'Retry-After');
    }
    // No lock-out: the owner, from their own address, signs in at once.
    const own = await client(url()).post('/api/v1/auth/login', { email: address, password: PASSWORD });
    assert.equal(own.status, 200, 'the account owner from another address');
  });

  it(`one address spraying many accounts is limited per address (${backend})`, async () => {
    const sprayer = client(url());
    for (let i = 0; i < Number(ACCOUNT_ENV.LOGIN_PER_IP); i++) {
      assertProblem(await sprayer.post('/api/v1/auth/login', { email: email(`spray${i}`), password: `spray ${i}` }), 401, `spray ${i + 1}`);
    }
    const owner = client(url());
    const { email: address } = await signup(owner, 'Sprayed');
    assertProblem(await sprayer.post('/api/v1/auth/login', { email: address, password: PASSWORD }), 429, 'from the spraying address');
    assert.equal((await client(url()).post('/api/v1/auth/login', { email: address, password: PASSWORD })).status, 200);
  });

  it(`a removed user's API tokens and open invitations stop working, audited (${backend})`, async () => {
    const owner = client(url());
    await signup(owner, 'Removal');
    const inv = await owner.post('/api/v1/invitations', { email: email('co-owner'), role: 'owner' });
    const leaver = client(url());
    const accepted = await leaver.post('/api/v1/invitations/accept', {
      token: inv.body.token,
      name: 'Leaver',
      password: `${PASSWORD} leaver`,
    });
    assert.equal(accepted.status, 201, accepted.text);
    const token = await leaver.post('/api/v1/tokens', { name: 'integration', role: 'staff' });
    assert.equal(token.status, 201, token.text);
    const bot = client(url());
    bot.bearer = token.body.token;
    assert.equal((await bot.get('/api/v1/cases')).status, 200, 'the token works before');
    const invited = await leaver.post('/api/v1/invitations', { email: email('friend'), role: 'owner' });
    assert.equal(invited.status, 201);

    assert.equal((await owner.delete(`/api/v1/users/${accepted.body.user.id}`)).status, 204);
    assertProblem(await bot.get('/api/v1/cases'), 401, "the removed user's token");
    const late = await client(url()).post('/api/v1/invitations/accept', {
      token: invited.body.token,
      name: 'Friend',
      password: `${PASSWORD} friend`,
    });
    assertProblem(late, 404, "the removed user's invitation");
    const tokens = (await owner.get('/api/v1/tokens')).body.items as { id: string; revokedAt: string | null }[];
    assert.ok(tokens.find((x) => x.id === token.body.apiToken.id)?.revokedAt, 'listed as revoked');
    assert.equal(await auditCount(owner, 'token.revoke'), 1);
    assert.equal(await auditCount(owner, 'invitation.revoke'), 1);
  });

  it(`weak passwords are refused with what to do, in zh and en; a strong one is accepted (${backend})`, async () => {
    const weak = [
      '1234567890',
      'aaaaaaaaaa',
      'password12',
      ' '.repeat(10),
      '123456789012',
      'aaaaaaaaaaaa',
      'password1234',
      'qwertyuiopasdf',
      'iloveyou2024!',
    ];
    for (const password of weak) {
      for (const lang of ['zh', 'en']) {
        // From an address of its own each: every sign-up attempt counts against its address's limit.
        const r = await client(url()).post(
          '/api/v1/auth/signup',
          { organisation: 'Weak', name: 'Owner', email: email('weak'), password },
          { 'accept-language': lang },
        );
        assertProblem(r, 422, JSON.stringify(password));
        const message = r.body.errors.find((e: { path: string }) => e.path === 'password')?.message as string;
        assert.match(
          message,
          lang === 'zh' ? /(至少需要 12 个字符|太弱).*请/ : /(at least 12 characters|too weak).*use a longer phrase/i,
          message,
        );
      }
    }
    const strong = await client(url()).post('/api/v1/auth/signup', {
      organisation: 'Strong',
      name: 'Owner',
      email: email('strong'),
      password: PASSWORD,
    });
    assert.equal(strong.status, 201, strong.text);
  });

  it(`changing the password needs the current one and ends every other session; "sign out elsewhere" too (${backend})`, async () => {
    const first = client(url());
    const { email: address } = await signup(first, 'Password change');
    const second = client(url());
    assert.equal((await second.post('/api/v1/auth/login', { email: address, password: PASSWORD })).status, 200);
    const third = client(url());
    assert.equal((await third.post('/api/v1/auth/login', { email: address, password: PASSWORD })).status, 200);
    const next = `${PASSWORD} renewed`;
    assertProblem(await first.post('/api/v1/auth/password', { currentPassword: 'not it at all', newPassword: next }), 401, 'wrong current');
    assertProblem(await first.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'password1234' }), 422, 'weak new');
    const changed = await first.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: next });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.body.endedSessions, 2);
    assert.equal((await first.get('/api/v1/auth/me')).status, 200, 'this session stays');
    assertProblem(await second.get('/api/v1/auth/me'), 401, 'another session');
    assertProblem(await client(url()).post('/api/v1/auth/login', { email: address, password: PASSWORD }), 401, 'the old password');
    const fourth = client(url());
    assert.equal((await fourth.post('/api/v1/auth/login', { email: address, password: next })).status, 200, 'the new one');
    const ended = await first.post('/api/v1/auth/sessions/end-others');
    assert.equal(ended.body.endedSessions, 1);
    assertProblem(await fourth.get('/api/v1/auth/me'), 401, 'signed out elsewhere');
    assert.equal((await first.get('/api/v1/auth/me')).status, 200);
  });

  it(`sign-ups and invitations are limited per address and per user (${backend})`, async () => {
    const from = client(url());
    const statuses: number[] = [];
    for (let i = 0; i <= Number(ACCOUNT_ENV.SIGNUP_PER_IP); i++) {
      statuses.push(
        (await from.post('/api/v1/auth/signup', { organisation: 'Probe', name: 'P', email: email('probe'), password: PASSWORD })).status,
      );
    }
    assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429]);
    const owner = client(url());
    await signup(owner, 'Inviter');
    const invites: number[] = [];
    for (let i = 0; i <= Number(ACCOUNT_ENV.INVITATIONS_PER_USER); i++) {
      owner.headers['x-forwarded-for'] = client(url()).headers['x-forwarded-for'] as string;
      invites.push((await owner.post('/api/v1/invitations', { email: email('invitee'), role: 'staff' })).status);
    }
    assert.deepEqual(invites, [201, 201, 201, 201, 201, 429], 'per user, whatever the address');
  });

  it(`refused attempts are audited with ids only (${backend})`, async () => {
    const owner = client(url());
    await signup(owner, 'Denied');
    const viewerToken = await owner.post('/api/v1/tokens', { name: 'reader', role: 'viewer' });
    const bot = client(url());
    bot.bearer = viewerToken.body.token;
    assertProblem(await bot.post('/api/v1/tokens', { name: 'escalate', role: 'owner' }), 403, 'a viewer creating a token');
    const missing = '01890000-0000-7000-8000-000000000000';
    assertProblem(await bot.get(`/api/v1/cases/${missing}`), 404, 'a case of nobody');
    const entries = (await owner.get('/api/v1/audit?limit=200')).body.items as {
      action: string;
      actorTokenId: string;
      targetType: string;
      targetId: string | null;
    }[];
    const denied = entries.find((e) => e.action === 'access.denied');
    assert.deepEqual({ actor: denied?.actorTokenId, type: denied?.targetType }, { actor: viewerToken.body.apiToken.id, type: 'tokens' });
    const notFound = entries.find((e) => e.action === 'access.not_found');
    assert.deepEqual({ type: notFound?.targetType, id: notFound?.targetId }, { type: 'cases', id: missing });
  });
}
