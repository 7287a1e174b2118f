/**
 * The problems /openapi.json declares for each operation are the ones it really gives. Every operation is sent
 * what a stranger or a careless client can send — no credentials, a bad token, a viewer's token, a cookie
 * without the CSRF header, an unknown id, an empty or wrong body, a body that is not JSON, another content type
 * or charset, a body over the limit, a bad query — and every error status it answers must be declared; every
 * declared one must have been seen, but for the few that need a state the probes do not build (below).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { defaultConfig } from '../../src/server/config.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { createLogger } from '../../src/server/logger.ts';
import { bachelor120, DATE } from './fixtures.ts';
import { type Json, PASSWORD, uniqueEmail } from './harness.ts';

/** Declared, not probed: each needs a state these probes do not build; other tests give each of them. */
const NEEDS_STATE: Record<number, string> = {
  409: 'a registered e-mail, a stale revision or the last owner (test/server/suites/auth.ts, cases.ts)',
  429: 'many attempts in a window (test/server/suites/auth.ts)',
  503: 'the database down or the batch gate full (test/server/suites/lifecycle.ts, test/batch/)',
};

/** Bodies that get past validation to the check behind it (`{}` stops at 422). */
const SAMPLE_BODIES: Record<string, unknown> = {
  signIn: { email: 'nobody@example.com', password: 'not the password' },
  changePassword: { currentPassword: 'not the password', newPassword: 'another long passphrase here' },
  inspectInvitation: { token: 'no-such-token' },
  acceptInvitation: { token: 'no-such-token', name: 'Someone', password: PASSWORD },
  changeUserRole: { role: 'owner' },
  setCaseDocument: { status: 'collected' },
  addCaseNote: { body: 'a note' },
  reassessCase: { facts: bachelor120, revision: 1, date: DATE },
};

const UNKNOWN_ID = '01900000-0000-7000-8000-000000000000';

const dir = mkdtempSync(join(tmpdir(), 'hujifen-openapi-responses-'));
const database = await openDatabase({ dataDir: dir });
after(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});
const app = createApp({ database, logger: createLogger('silent') });

interface Probe {
  headers?: Record<string, string>;
  body?: string;
  ids?: 'real' | 'unknown';
  query?: string;
}

async function call(method: string, path: string, { headers = {}, body }: Probe = {}) {
  const res = await app.request(path, { method: method.toUpperCase(), headers, body });
  return { status: res.status, headers: res.headers, body: (await res.text()) as string };
}

test('every error status an operation answers is declared in /openapi.json, and every declared one happens', async () => {
  const doc = JSON.parse((await call('get', '/openapi.json')).body) as Json;

  // An organisation with one of everything the paths name.
  const email = uniqueEmail('owner');
  const signUp = await app.request('/api/v1/auth/signup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ organisation: 'Probe Org', name: 'Owner', email, password: PASSWORD }),
  });
  assert.equal(signUp.status, 201);
  const signedUp = (await signUp.json()) as Json;
  const cookie = signUp.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const owner = { cookie, 'x-csrf-token': signedUp.csrfToken as string };
  const json = { 'content-type': 'application/json' };
  const post = async (path: string, body: unknown) =>
    JSON.parse((await call('post', path, { headers: { ...owner, ...json }, body: JSON.stringify(body) })).body);
  const caseId = (await post('/api/v1/cases', { label: 'probe', facts: bachelor120 })).id;
  const real: Record<string, string> = {
    id: caseId,
    assessmentId: (await post(`/api/v1/cases/${caseId}/assessments`, { date: DATE })).id,
    noteId: (await post(`/api/v1/cases/${caseId}/notes`, { body: 'a note' })).id,
    docId: 'residence_permit',
  };
  const viewerToken = (await post('/api/v1/tokens', { name: 'viewer', role: 'viewer' })).token as string;
  const idsFor: Record<string, string> = {
    '/api/v1/users/{id}': signedUp.user.id,
    '/api/v1/tokens/{id}': (await post('/api/v1/tokens', { name: 'spare', role: 'staff' })).apiToken.id,
    '/api/v1/invitations/{id}': (await post('/api/v1/invitations', { email: uniqueEmail('invitee'), role: 'staff' })).invitation.id,
  };
  const fill = (template: string, ids: 'real' | 'unknown') =>
    template.replace(/\{(\w+)\}/g, (_, name: string) =>
      ids === 'unknown' ? UNKNOWN_ID : name === 'id' && idsFor[template] ? (idsFor[template] as string) : (real[name] as string),
    );

  const failures: string[] = [];
  let probes = 0;
  for (const [template, item] of Object.entries(doc.paths as Json)) {
    for (const [method, op] of Object.entries(item as Json) as [string, Json][]) {
      const declared = new Set(Object.keys(op.responses).map(Number));
      const got = new Set<number>();
      const hasBody = op.requestBody !== undefined;
      const hasQuery = (op.parameters ?? []).some((p: Json) => p.in === 'query');
      const safe = method === 'get';
      const sample = JSON.stringify(SAMPLE_BODIES[op.operationId] ?? {});
      const authorised = { ...owner, ...json };
      const limit = template === '/api/v1/batch' ? defaultConfig.limits.batchBytes : defaultConfig.limits.jsonBytes;
      const list: Probe[] = [
        {},
        { headers: { authorization: 'Bearer hjf_not-a-token' } },
        { headers: { authorization: `Bearer ${viewerToken}`, ...json }, body: hasBody ? sample : undefined },
      ];
      if (!safe) list.push({ headers: { cookie, ...json }, body: hasBody ? sample : undefined });
      if (template.includes('{')) list.push({ headers: authorised, ids: 'unknown', body: hasBody ? sample : undefined });
      // With real ids only where nothing is destroyed: a body or a query to validate.
      if (hasBody) {
        list.push(
          { headers: authorised, body: sample },
          { headers: authorised, body: '{}' },
          { headers: authorised, body: '[1]' },
          { headers: authorised, body: '{"unclosed": ' },
          { headers: { ...owner, 'content-type': 'text/plain' }, body: 'plain text' },
          { headers: { ...owner, 'content-type': 'application/json; charset=iso-8859-1' }, body: sample },
          { headers: authorised, body: ' '.repeat(limit + 1) },
        );
      }
      if (hasQuery) list.push({ headers: owner, query: 'limit=many&date=2025-02-30&lang=fr&format=pdf&q=' });
      for (const probe of list) {
        const path = fill(template, probe.ids ?? 'real') + (probe.query ? `?${probe.query}` : '');
        const res = await call(method, path, probe);
        probes++;
        if (res.status < 400) continue;
        got.add(res.status);
        if (!declared.has(res.status)) failures.push(`${method.toUpperCase()} ${path} answered ${res.status}, not declared`);
        assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/, `${method} ${path}`);
      }
      for (const status of declared) {
        if (status >= 400 && !NEEDS_STATE[status] && !got.has(status)) {
          failures.push(`${op.operationId} declares ${status}, which no probe got`);
        }
      }
    }
  }
  assert.deepEqual(failures, []);
  // Forty-odd operations with three to twelve probes each: the loop really ran.
  assert.ok(probes > 150, `${probes} probes`);
});
