/**
 * /openapi.json passes Redocly's recommended rules: every operation has a stable operationId and a security
 * requirement (a route added without either fails here), servers are declared, 4xx responses are described.
 * The few warnings left are listed below, each with the reason it stays.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { createApp } from '../../src/server/app.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { createLogger } from '../../src/server/logger.ts';
import type { Json } from './harness.ts';

/** Warnings that stay, by rule and JSON pointer, with the reason. */
const JUSTIFIED: Record<string, string> = {
  'operation-4xx-response #/paths/~1api~1v1~1policy~1versions/get/responses':
    'takes no parameter, no body and no credentials: no 4xx can happen (but 431 from the HTTP layer, on any URL)',
  'operation-4xx-response #/paths/~1healthz/get/responses': 'a liveness probe: no input, always 200 while the process runs',
  'operation-4xx-response #/paths/~1readyz/get/responses': 'a readiness probe: no input; 200 or 503, never a 4xx',
};

const dir = mkdtempSync(join(tmpdir(), 'hujifen-openapi-lint-'));
const database = await openDatabase({ dataDir: dir });
after(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});
const source = await (await createApp({ database, logger: createLogger('silent') }).request('/openapi.json')).text();
const doc = JSON.parse(source) as Json;
const operations = Object.entries(doc.paths as Json).flatMap(([path, item]) =>
  Object.entries(item as Json).map(([method, op]) => ({ method, path, op: op as Json })),
);

test("Redocly's recommended rules: no error, and only the justified warnings", async () => {
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source, absoluteRef: join(dir, 'openapi.json'), config });
  const found = problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`);
  assert.deepEqual(
    found.filter((p) => p.startsWith('error')),
    [],
  );
  const warnings = problems.filter((p) => p.severity === 'warn').map((p) => `${p.ruleId} ${p.location[0]?.pointer ?? ''}`);
  assert.deepEqual(warnings.sort(), Object.keys(JUSTIFIED).sort(), found.join('\n'));
});

test('every operation has a camelCase operationId, unique across the document', () => {
  const ids = operations.map(({ op }) => op.operationId as unknown);
  for (const [i, id] of ids.entries()) {
    const { method, path } = operations[i] as { method: string; path: string };
    assert.match(String(id), /^[a-z][a-zA-Z0-9]*$/, `${method.toUpperCase()} ${path}`);
  }
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.length >= 40, `${ids.length} operations`);
  // Names clients are generated with: a rename breaks every generated client.
  assert.equal(doc.paths['/api/v1/assess'].post.operationId, 'assess');
  assert.equal(doc.paths['/api/v1/cases/{id}'].get.operationId, 'getCase');
});

test('security: schemes declared; CSRF header required with the cookie exactly on the unsafe methods that change state', () => {
  assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['bearerToken', 'cookieSession', 'csrfHeader']);
  assert.deepEqual(doc.components.securitySchemes.cookieSession, {
    type: 'apiKey',
    in: 'cookie',
    name: 'hjf_session',
    description: doc.components.securitySchemes.cookieSession.description,
  });
  assert.equal(doc.components.securitySchemes.csrfHeader.name, 'X-CSRF-Token');
  assert.equal(doc.components.securitySchemes.bearerToken.scheme, 'bearer');
  assert.deepEqual(doc.servers, [{ url: '/', description: doc.servers[0].description }]);
  for (const { method, path, op } of operations) {
    const name = `${method.toUpperCase()} ${path}`;
    const security = op.security as Record<string, string[]>[];
    assert.ok(Array.isArray(security), `${name} declares its security`);
    const optional = security.some((r) => Object.keys(r).length === 0);
    for (const requirement of security.filter((r) => 'cookieSession' in r)) {
      const csrf = 'csrfHeader' in requirement;
      assert.equal(csrf, method !== 'get' && !optional, `${name}: ${JSON.stringify(requirement)}`);
    }
    // What a caller without credentials gets follows from the requirement: 401 exactly when one is required.
    const required = security.length > 0 && !optional;
    if (required) assert.ok(op.responses['401'], `${name} declares 401`);
  }
  // Open to all, larger limits when signed in.
  assert.deepEqual(doc.paths['/api/v1/batch'].post.security, [{}, { cookieSession: [] }, { bearerToken: [] }]);
  assert.deepEqual(doc.paths['/api/v1/assess'].post.security, []);
  // API tokens never act as owner: owner routes take the session only.
  assert.deepEqual(doc.paths['/api/v1/tokens'].post.security, [{ cookieSession: [], csrfHeader: [] }]);
  assert.deepEqual(doc.paths['/api/v1/cases'].get.security, [{ cookieSession: [] }, { bearerToken: [] }]);
});

test('every problem response is application/problem+json with the Problem schema', () => {
  for (const { method, path, op } of operations) {
    for (const [status, response] of Object.entries(op.responses as Json)) {
      if (Number(status) < 400) continue;
      assert.deepEqual(Object.keys((response as Json).content), ['application/problem+json'], `${method} ${path} ${status}`);
      assert.equal((response as Json).content['application/problem+json'].schema.$ref, '#/components/schemas/Problem');
    }
  }
});
