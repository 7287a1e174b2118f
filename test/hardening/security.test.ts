// Security checks against the server as a child process (SQLite, behind a trusted proxy so client addresses
// can vary): every case endpoint tried with another organisation's ids and with missing, expired, revoked,
// logged-out and forged credentials (cookie and bearer); login brute force throttled per account across
// addresses and per address across accounts, surviving a restart; and the log of the whole run holds no ID
// number, no password and no credential.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { assertProblem, email, Http, PASSWORD, type Reply, requiresCredentials, signup } from './lib/http.ts';
import { nthIdNumber } from './lib/ids.ts';
import { type Child, startChild } from './lib/server-child.ts';

const dir = mkdtempSync(join(tmpdir(), 'hujifen-security-'));
/**
 * 30 failed logins per address (the default is 100: the spray below stays short); after 5 failures a pair waits
 * a minute (the default starts at 1 s), so the check after the restart does not depend on how long the run took.
 */
const SECURITY_ENV = { LOGIN_PER_IP: '30', LOGIN_FIRST_DELAY_MS: '60000' };
const DATE = '2025-01-15';
const ID_NUMBERS = Array.from({ length: 40 }, (_, i) => nthIdNumber(7000 + i * 37));
const SECRET_B = `B-only-${Date.now().toString(36)}`;
const passwords = new Set<string>([PASSWORD]);
const credentials = new Set<string>();
/** Logs of servers already stopped in this run (the brute-force test restarts it). */
const earlierLogs: string[] = [];

function applicant(id: string): Record<string, unknown> {
  return {
    idNumber: id,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    employment: { contributingNow: true },
    education: [{ level: 'bachelor', degree: true }],
    socialInsurance: ['2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12'].map((month) => ({ month, base: 9000 })),
  };
}

interface Op {
  method: string;
  path: string;
  secured: boolean;
}

/** A body each route accepts, so that a refusal can only come from who is asking, never from the body. */
function validBody(op: Op, n: number): unknown {
  const key = `${op.method} ${op.path.replace('/api/v1', '')}`;
  const bodies: Record<string, unknown> = {
    'PATCH /users/{id}': { role: 'viewer' },
    'POST /invitations': { email: email('inv'), role: 'staff' },
    'POST /tokens': { name: 'probe', role: 'viewer' },
    'POST /cases': { label: `probe ${n}`, facts: applicant(ID_NUMBERS[n % ID_NUMBERS.length] as string) },
    'PATCH /cases/{id}': { label: 'hijacked', facts: applicant(ID_NUMBERS[(n + 1) % ID_NUMBERS.length] as string) },
    'POST /cases/{id}/assessments': { date: DATE },
    'POST /cases/{id}/reassess': { facts: applicant(ID_NUMBERS[(n + 2) % ID_NUMBERS.length] as string), revision: 1, date: DATE },
    'PUT /cases/{id}/documents/{docId}': { status: 'submitted' },
    'POST /cases/{id}/notes': { body: 'intrusion' },
  };
  return bodies[key];
}

describe('security', () => {
  let child: Child;
  let url: string;
  let ops: Op[];
  const a = { http: undefined as unknown as Http, token: '', ids: {} as Record<string, string> };
  const b = { http: undefined as unknown as Http, token: '', ids: {} as Record<string, string> };

  before(async () => {
    child = await startChild({ name: 'security', dataDir: dir, trustProxy: true, env: SECURITY_ENV });
    url = child.url;
    const doc = (await new Http(url).get('/openapi.json')).body as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        secured: requiresCredentials(op.security),
      })),
    );
    for (const [org, name] of [
      [a, 'A'],
      [b, SECRET_B],
    ] as const) {
      org.http = new Http(url);
      const s = await signup(org.http, `Org ${name}`);
      const label = org === b ? SECRET_B : 'case of A';
      const caseId = (
        await org.http.post('/api/v1/cases', { label, reference: label, facts: applicant(ID_NUMBERS[org === a ? 0 : 1] as string) })
      ).body.id;
      const assessmentId = (await org.http.post(`/api/v1/cases/${caseId}/assessments`, { date: DATE })).body.id;
      const noteId = (await org.http.post(`/api/v1/cases/${caseId}/notes`, { body: label })).body.id;
      await org.http.put(`/api/v1/cases/${caseId}/documents/residence_permit`, { status: 'collected' });
      const token = (await org.http.post('/api/v1/tokens', { name: label, role: 'staff' })).body;
      const invitation = (await org.http.post('/api/v1/invitations', { email: email('invitee'), role: 'staff' })).body;
      org.token = token.token;
      org.ids = {
        id: caseId,
        assessmentId,
        noteId,
        docId: 'residence_permit',
        userId: s.userId,
        tokenId: token.apiToken.id,
        invitationId: invitation.invitation.id,
      };
      for (const [k, v] of Object.entries(org.ids)) assert.ok(v, `fixture ${name}.${k}`);
      credentials.add(org.token);
      for (const v of org.http.cookies.values()) credentials.add(v);
    }
  });
  after(async () => {
    await child?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The path with one organisation's ids; `{id}` of /users, /tokens and /invitations is their own kind of id. */
  function pathFor(op: Op, ids: Record<string, string>): string {
    return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (name !== 'id') return ids[name] as string;
      if (op.path.startsWith('/api/v1/users/')) return ids.userId as string;
      if (op.path.startsWith('/api/v1/tokens/')) return ids.tokenId as string;
      if (op.path.startsWith('/api/v1/invitations/')) return ids.invitationId as string;
      return ids.id as string;
    });
  }

  it("every endpoint with another organisation's ids: 404 for its owner, 404/403 for its token, never its data; B is unchanged", async (t) => {
    const withIds = ops.filter((op) => op.secured && op.path.includes('{'));
    assert.ok(withIds.length >= 14, `endpoints with ids: ${withIds.length}`);
    const tokenA = new Http(url);
    tokenA.bearer = a.token;
    let tried = 0;
    for (const op of withIds) {
      for (const [who, http, allowed] of [
        ['owner A (cookie)', a.http, [404]],
        ['A token (bearer, staff)', tokenA, [404, 403]],
      ] as const) {
        const r: Reply = await http.request(op.method, pathFor(op, b.ids), validBody(op, tried++));
        assertProblem(r, [...allowed], `${op.method} ${op.path} with B's ids as ${who}`);
        assert.ok(!r.text.includes(SECRET_B), `${op.method} ${op.path}: B's data in the answer`);
      }
    }
    // Sanity: the same requests with A's own ids do succeed, so the 404s above are about ownership.
    const own = await a.http.get(pathFor({ method: 'GET', path: '/api/v1/cases/{id}/assessments/{assessmentId}', secured: true }, a.ids));
    assert.equal(own.status, 200);
    const bCase = await b.http.get(`/api/v1/cases/${b.ids.id}`);
    assert.equal(bCase.status, 200);
    assert.equal(bCase.body.label, SECRET_B, "B's case label unchanged");
    assert.equal(bCase.body.revision, 1, "B's case never updated");
    const notes = await b.http.get(`/api/v1/cases/${b.ids.id}/notes`);
    assert.deepEqual(
      notes.body.items.map((n: { body: string }) => n.body),
      [SECRET_B],
      "B's notes: only its own",
    );
    const docs = await b.http.get(`/api/v1/cases/${b.ids.id}/documents`);
    assert.equal(
      docs.body.items.find((d: { docId: string }) => d.docId === 'residence_permit')?.status,
      'collected',
      "B's checklist unchanged",
    );
    assert.equal((await b.http.get('/api/v1/auth/me')).body.role, 'owner', "B's owner still owner");
    const bToken = new Http(url);
    bToken.bearer = b.token;
    assert.equal((await bToken.get('/api/v1/cases')).status, 200, "B's token not revoked");
    t.diagnostic(`figures: ${tried} cross-organisation requests over ${withIds.length} endpoints, all refused`);
  });

  it('every secured endpoint refuses missing, forged, tampered, expired, revoked, logged-out and disabled credentials with 401', async (t) => {
    const secured = ops.filter((op) => op.secured);
    // Credentials that once were good, made bad in every way the server must notice.
    const login = async (address: string, password: string) => {
      const h = new Http(url);
      const r = await h.post('/api/v1/auth/login', { email: address, password });
      assert.equal(r.status, 200, r.text);
      for (const v of h.cookies.values()) credentials.add(v);
      return h;
    };
    const ownerEmail = ((await a.http.get('/api/v1/auth/me')).body.user as { email: string }).email;
    const expired = await login(ownerEmail, PASSWORD);
    const db = new Database(join(dir, 'hujifen.sqlite'));
    try {
      const sid = createHash('sha256')
        .update(expired.cookies.get('hjf_session') as string)
        .digest('hex');
      assert.equal(
        db.prepare("update sessions set expires_at = '2001-01-01T00:00:00.000Z' where id = ?").run(sid).changes,
        1,
        'the session row to expire',
      );
    } finally {
      db.close();
    }
    const loggedOut = await login(ownerEmail, PASSWORD);
    const saved = new Map(loggedOut.cookies);
    assert.equal((await loggedOut.post('/api/v1/auth/logout')).status, 204);
    for (const [k, v] of saved) loggedOut.cookies.set(k, v);

    const inv = await a.http.post('/api/v1/invitations', { email: email('leaver'), role: 'staff' });
    const leaver = new Http(url);
    const accepted = await leaver.post('/api/v1/invitations/accept', {
      token: inv.body.token,
      name: 'Leaver',
      password: `${PASSWORD} leaver`,
    });
    assert.equal(accepted.status, 201, accepted.text);
    passwords.add(`${PASSWORD} leaver`);
    assert.equal((await a.http.delete(`/api/v1/users/${accepted.body.user.id}`)).status, 204);

    const revoked = await a.http.post('/api/v1/tokens', { name: 'revoked', role: 'staff' });
    assert.equal((await a.http.delete(`/api/v1/tokens/${revoked.body.apiToken.id}`)).status, 204);
    const expiring = await a.http.post('/api/v1/tokens', { name: 'expiring', role: 'staff', expiresInDays: 1 });
    const db2 = new Database(join(dir, 'hujifen.sqlite'));
    try {
      db2.prepare("update api_tokens set expires_at = '2001-01-01T00:00:00.000Z' where id = ?").run(expiring.body.apiToken.id);
    } finally {
      db2.close();
    }
    const session = a.http.cookies.get('hjf_session') as string;
    const tampered = `${session.slice(0, -1)}${session.endsWith('A') ? 'B' : 'A'}`;
    const kinds: [string, Record<string, string>][] = [
      ['no credentials', {}],
      ['forged cookie', { cookie: `hjf_session=${'f'.repeat(session.length)}; csrf=x`, 'x-csrf-token': 'x' }],
      [
        'tampered cookie',
        { cookie: `hjf_session=${tampered}; csrf=${a.http.cookies.get('csrf')}`, 'x-csrf-token': a.http.cookies.get('csrf') as string },
      ],
      [
        'expired session',
        { cookie: [...expired.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': expired.cookies.get('csrf') as string },
      ],
      [
        'logged-out session',
        { cookie: [...loggedOut.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': loggedOut.cookies.get('csrf') as string },
      ],
      [
        'disabled user',
        { cookie: [...leaver.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': leaver.cookies.get('csrf') as string },
      ],
      ['forged bearer', { authorization: `Bearer ${'x'.repeat(a.token.length)}` }],
      ['revoked bearer', { authorization: `Bearer ${revoked.body.token}` }],
      ['expired bearer', { authorization: `Bearer ${expiring.body.token}` }],
      [
        'bad bearer beside a good cookie',
        {
          authorization: 'Bearer nope',
          cookie: [...a.http.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          'x-csrf-token': a.http.cookies.get('csrf') as string,
        },
      ],
      ['basic auth', { authorization: `Basic ${Buffer.from(`${ownerEmail}:${PASSWORD}`).toString('base64')}` }],
    ];
    let n = 0;
    let csrf = 0;
    for (const op of secured) {
      for (const [kind, headers] of kinds) {
        const bare = new Http(url);
        const r = await bare.request(op.method, pathFor(op, a.ids), validBody(op, n++), headers);
        assertProblem(r, 401, `${op.method} ${op.path} with ${kind}`);
        assert.equal(r.body.type, '/problems/unauthenticated');
        if (headers.authorization?.startsWith('Bearer')) assert.match(r.headers.get('www-authenticate') ?? '', /invalid_token/);
      }
      if (!['GET', 'HEAD'].includes(op.method)) {
        // A good cookie without the CSRF header: refused before anything changes.
        const r = await new Http(url).request(op.method, pathFor(op, a.ids), validBody(op, n++), { cookie: `hjf_session=${session}` });
        assertProblem(r, 403, `${op.method} ${op.path} without CSRF`);
        assert.equal(r.body.type, '/problems/csrf');
        csrf++;
      }
    }
    assert.equal((await a.http.get(`/api/v1/cases/${a.ids.id}`)).body.revision, 1, 'no refused request changed the case');
    // Control: the same reads with good credentials succeed, so the 401s above are about the credentials.
    const goodToken = new Http(url);
    goodToken.bearer = a.token;
    for (const op of secured.filter((o) => o.method === 'GET')) {
      assert.equal((await a.http.get(pathFor(op, a.ids))).status, 200, `${op.path} with A's session`);
      const viaToken = await goodToken.get(pathFor(op, a.ids));
      assert.ok([200, 403].includes(viaToken.status), `${op.path} with A's token: ${viaToken.status}`);
    }
    t.diagnostic(
      `figures: ${secured.length} secured endpoints × ${kinds.length} kinds of bad credentials = ${secured.length * kinds.length} requests, all 401; ${csrf} unsafe requests without CSRF, all 403`,
    );
  });

  it('login brute force: a stranger is throttled on the account they guess, never the owner; per address across accounts; after a restart', async (t) => {
    const victim = new Http(url);
    const { email: victimEmail } = await signup(victim, 'Victim');
    const attempt = (ip: string, address: string, password: string) => {
      passwords.add(password);
      return new Http(url).post('/api/v1/auth/login', { email: address, password }, { 'x-forwarded-for': ip });
    };
    for (let i = 0; i < 5; i++) assertProblem(await attempt('198.51.100.1', victimEmail, `wrong password ${i}`), 401, `failure ${i + 1}`);
    const blocked = await attempt('198.51.100.1', victimEmail, PASSWORD);
    assertProblem(blocked, 429, "the stranger's 6th attempt, even with the right password");
    assert.ok(Number(blocked.headers.get('retry-after')) > 0, 'Retry-After');
    assert.equal(blocked.body.type, '/problems/rateLimited');
    assert.ok(!blocked.headers.getSetCookie().some((c) => c.startsWith('hjf_session=')), 'no session handed out');
    assert.equal(
      (await attempt('198.51.100.99', victimEmail, PASSWORD)).status,
      200,
      'the owner, from their own address, is not locked out',
    );

    // One address spraying many accounts: 30 failures, then even a good login from it is refused.
    for (let i = 0; i < 30; i++)
      assertProblem(await attempt('203.0.113.7', email(`spray${i}`), `spray password ${i}`), 401, `spray ${i + 1}`);
    const other = new Http(url);
    const { email: otherEmail } = await signup(other, 'Bystander');
    assertProblem(await attempt('203.0.113.7', otherEmail, PASSWORD), 429, 'a good login from the spraying address');
    assert.equal((await attempt('203.0.113.8', otherEmail, PASSWORD)).status, 200, 'the same account from another address');

    // The attempts are stored: a restarted server still refuses.
    await child.stop();
    earlierLogs.push(child.output());
    child = await startChild({ name: 'security-restarted', dataDir: dir, trustProxy: true, env: SECURITY_ENV });
    url = child.url;
    assertProblem(await attempt('198.51.100.1', victimEmail, PASSWORD), 429, 'the stranger, after a restart');
    t.diagnostic(
      "figures: the stranger's 6th attempt on one account → 429, the owner from elsewhere → 200; 31st from one address over 31 accounts → 429; still 429 after a restart",
    );
  });

  it('the log of the whole run holds no ID number, no password and no credential', async (t) => {
    // The server was restarted (previous test): A's stored session still signs in at the new address.
    const http = new Http(url);
    for (const [k, v] of a.http.cookies) http.cookies.set(k, v);
    assert.equal((await http.get('/api/v1/auth/me')).status, 200, 'the session survives the restart');
    // ID numbers through every door: assess, plan, batch (JSON and CSV), cases (create, update, search), bad input.
    for (const [i, id] of ID_NUMBERS.entries()) {
      const r = await http.post('/api/v1/assess', { applicant: applicant(id), date: DATE });
      assert.equal(r.status, 200, r.text.slice(0, 200));
      if (i % 4 === 0) await http.post('/api/v1/plan', { applicant: applicant(id), date: DATE });
      if (i % 4 === 1) await http.post('/api/v1/assess', { applicant: { ...applicant(id), birthDate: id }, date: DATE });
      if (i % 4 === 2) await http.get(`/api/v1/cases?q=${id}`);
      if (i % 4 === 3) await http.get(`/api/v1/cases/${id}`);
    }
    await http.post(`/api/v1/batch?date=${DATE}`, ID_NUMBERS.map(applicant));
    const csv = `编号,身份证号,出生日期,学历\n${ID_NUMBERS.map((id, i) => `R${i},${id},${id.slice(6, 10)}-01-01,本科学士`).join('\n')}\n`;
    assert.equal((await http.post(`/api/v1/batch?date=${DATE}`, csv, { 'content-type': 'text/csv' })).status, 200);
    const created = await http.post('/api/v1/cases', { label: 'ID case', facts: applicant(ID_NUMBERS[5] as string) });
    await http.patch(`/api/v1/cases/${created.body.id}`, { facts: applicant(ID_NUMBERS[6] as string) });
    await http.post('/api/v1/cases', {
      label: 'bad',
      facts: { ...applicant(ID_NUMBERS[7] as string), idNumber: `${(ID_NUMBERS[7] as string).slice(0, 17)}0` },
    });
    for (const v of http.cookies.values()) credentials.add(v);

    await child.stop(); // flushes the log
    const log = [...earlierLogs, child.output()].join('\n');
    const requestLines = log.split('\n').filter((l) => l.includes('"msg":"request"')).length;
    assert.ok(requestLines >= 400, `the log has the requests of the whole run (${requestLines})`);
    assert.equal(log.match(/"msg":"listening"/g)?.length, 2, 'both servers of the run, from their start…');
    assert.equal(log.match(/"msg":"stopped"/g)?.length, 2, '…to their stop (the log is flushed)');
    for (const id of ID_NUMBERS) {
      assert.ok(!log.includes(id) && !log.includes(id.toLowerCase()), `ID number ${id.slice(0, 6)}… in the log`);
    }
    const anyId = log.match(/\d{17}[\dXx]/g) ?? [];
    assert.deepEqual(anyId, [], 'nothing shaped like an ID number in the log');
    for (const p of passwords) assert.ok(!log.includes(p), 'a password in the log');
    for (const c of credentials) assert.ok(!log.includes(c), 'a session, CSRF or API token in the log');
    t.diagnostic(
      `figures: ${log.split('\n').length} log lines checked for ${ID_NUMBERS.length} ID numbers, ${passwords.size} passwords, ${credentials.size} credentials: none found`,
    );
  });
});
