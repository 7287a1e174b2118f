// Accounts under attack, on SQLite (the same checks run on PostgreSQL in accounts-postgres.test.ts), plus what
// only the SQLite file or the HTTP layer can show: a deleted ID number gone from the database files' bytes,
// expired sessions pruned, declared non-UTF-8 bodies refused, and Node-level errors answered as problem+json.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { ACCOUNT_ENV, accountChecks, client } from './lib/account-checks.ts';
import { assertProblem, PASSWORD, signup } from './lib/http.ts';
import { nthIdNumber } from './lib/ids.ts';
import { type Child, startChild } from './lib/server-child.ts';

/** Sends raw bytes and returns the raw answer (Node's parser refuses these before any handler). */
function raw(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let answer = '';
    socket.on('data', (d) => {
      answer += d.toString();
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('accounts (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hujifen-accounts-'));
  let child: Child;
  before(async () => {
    child = await startChild({ name: 'accounts', dataDir: dir, trustProxy: true, env: ACCOUNT_ENV });
  });
  after(async () => {
    await child?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  accountChecks('SQLite', () => child.url);

  it('a deleted case leaves its ID number nowhere in the database files', async (t) => {
    const owner = client(child.url);
    await signup(owner, 'Deletion');
    const id = nthIdNumber(4242);
    const name = `删除测试${Date.now()}`;
    const created = await owner.post('/api/v1/cases', {
      label: name,
      reference: id,
      facts: { idNumber: id, birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` },
    });
    assert.equal(created.status, 201, created.text);
    await owner.patch(`/api/v1/cases/${created.body.id}`, { label: `${name}（改）` });
    const files = () => readdirSync(dir).filter((f) => f.startsWith('hujifen.sqlite'));
    const holding = () => files().filter((f) => readFileSync(join(dir, f)).includes(id));
    assert.ok(holding().length > 0, 'the ID number is in the files before (the check can see it)');
    assert.equal((await owner.delete(`/api/v1/cases/${created.body.id}`)).status, 204);
    const left = holding();
    t.diagnostic(`figures: files ${files().join(', ')}; holding the ID number after the delete: ${left.length}`);
    assert.deepEqual(left, [], 'files still holding the ID number');
    assert.ok(
      files().every((f) => !readFileSync(join(dir, f)).includes(Buffer.from(name))),
      'nor the name',
    );
  });

  it('expired sessions are pruned when a session starts', async () => {
    const owner = client(child.url);
    const { email } = await signup(owner, 'Pruning');
    const db = new Database(join(dir, 'hujifen.sqlite'));
    try {
      db.prepare("update sessions set expires_at = '2001-01-01T00:00:00.000Z'").run();
      assert.ok((db.prepare('select count(*) as n from sessions').get() as { n: number }).n > 0);
      assert.equal((await client(child.url).post('/api/v1/auth/login', { email, password: PASSWORD })).status, 200);
      const expired = db.prepare("select count(*) as n from sessions where expires_at < '2002-01-01'").get() as { n: number };
      assert.equal(expired.n, 0, 'expired sessions left');
    } finally {
      db.close();
    }
  });

  it('a body in a charset other than UTF-8 is refused with 415; GB18030 CSV is still read', async () => {
    const http = client(child.url);
    for (const type of ['application/json; charset=utf-16', 'application/json; charset=ISO-8859-1', 'text/csv; charset=utf-16le']) {
      const r = await http.post('/api/v1/assess', Buffer.from('{}', 'utf16le'), { 'content-type': type });
      assertProblem(r, 415, type);
    }
    const ok = await http.post('/api/v1/batch?date=2025-01-15', '编号,出生日期\nA1,1990-01-01\n', {
      'content-type': 'text/csv; charset=gb18030',
    });
    assert.equal(ok.status, 200, ok.text.slice(0, 200));
  });

  it('Node-level refusals (bad Content-Length, an over-long URL) are problem+json too', async () => {
    const badLength = await raw(child.url, 'POST /api/v1/assess HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n');
    const longUrl = await raw(child.url, `GET /api/v1/catalog?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    for (const [answer, status] of [
      [badLength, 400],
      [longUrl, 431],
    ] as const) {
      assert.match(answer, new RegExp(`^HTTP/1\\.1 ${status} `), answer.slice(0, 100));
      assert.match(answer, /content-type: application\/problem\+json/i);
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
      assert.equal(body.status, status);
      assert.ok(body.type.startsWith('/problems/') && body.requestId && body.detail);
    }
  });
});
