/**
 * A typed client generated from the server's own /openapi.json by a maintained generator
 * (swagger-typescript-api, methods named by operationId), type-checked, then used against a server on loopback
 * (SQLite): a stateless assessment, and a signed-in session that creates, assesses and reads a case.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { generateApi } from 'swagger-typescript-api';
import { associate77, bachelor120, DATE } from './fixtures.ts';
import { PASSWORD, sqliteBackend, startTestServer, type TestServer, uniqueEmail } from './harness.ts';

/**
 * Uses the generated client as an integrator would. Type-checked with the project's tsc: the calls must fit the
 * generated types, and the @ts-expect-error lines prove the types are real (a wrong one is refused).
 */
const USAGE = `import { Api, type Applicant } from './Api.ts';

export async function run(baseUrl: string, input: { applicant: Applicant; caseFacts: Applicant; date: string; email: string; password: string }) {
  const open = new Api({ baseUrl });
  const assessed = await open.api.assess({ applicant: input.applicant, date: input.date }, { lang: 'en' });
  const items: Record<string, number> = {};
  for (const item of assessed.data.items) items[item.id] = item.points;

  const signedUp = await open.api.signUp({ organisation: 'Client Org', name: 'Owner', email: input.email, password: input.password });
  const cookie = signedUp.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const session = new Api<{ cookie: string; csrf: string }>({
    baseUrl,
    securityWorker: (s) => (s ? { headers: { cookie: s.cookie, 'X-CSRF-Token': s.csrf } } : {}),
  });
  session.setSecurityData({ cookie, csrf: signedUp.data.csrfToken });
  const created = await session.api.createCase({ label: 'Applicant A', reference: 'A-77', facts: input.caseFacts });
  const stored = await session.api.assessCase(created.data.id, { date: input.date });
  const read = await session.api.getCase(created.data.id);
  const refused = await session.api.getCase('01900000-0000-7000-8000-000000000000').catch((r: Response & { error: { status: number; type: string } }) => r.error);
  return {
    status: assessed.data.status,
    total: assessed.data.total,
    items,
    language: assessed.headers.get('content-language'),
    stored: { status: stored.status, total: stored.data.result.total, caseId: stored.data.caseId },
    read: { id: read.data.id, reference: read.data.reference, birthDate: read.data.facts.birthDate },
    refused,
    createdId: created.data.id,
  };
}

export function typesAreReal(api: Api<unknown>) {
  // @ts-expect-error birthDate is a YYYY-MM-DD string
  void api.api.assess({ applicant: { birthDate: 19900101 } });
  // @ts-expect-error a case needs its facts
  void api.api.createCase({ label: 'no facts' });
  // @ts-expect-error there is no such operation
  void api.api.assessEverything();
}
`;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022', 'DOM'],
    types: [],
    noEmit: true,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
  },
  files: ['usage.ts'],
};

describe('a typed client generated from /openapi.json', () => {
  let server: TestServer;
  const dir = mkdtempSync(join(tmpdir(), 'hujifen-openapi-client-'));
  before(async () => {
    server = await startTestServer(sqliteBackend());
  });
  after(async () => {
    await server.close();
    server.storage.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  test('generates, type-checks, and assesses and stores a case through the generated methods', async () => {
    const spec = await (await fetch(`${server.url}/openapi.json`)).json();
    const { files } = await generateApi({ spec, output: false, httpClientType: 'fetch', silent: true, enumStyle: 'union' });
    assert.deepEqual(
      files.map((f) => f.fileName + f.fileExtension),
      ['Api.ts'],
    );
    writeFileSync(join(dir, 'Api.ts'), files[0]?.fileContent ?? '');
    writeFileSync(join(dir, 'usage.ts'), USAGE);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    try {
      execFileSync(resolve('node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      assert.fail(`the generated client or its use does not type-check:\n${(error as { stdout: string }).stdout}`);
    }

    const usage = (await import(pathToFileURL(join(dir, 'usage.ts')).href)) as {
      run: (...args: unknown[]) => Promise<Record<string, unknown>>;
    };
    const result = await usage.run(server.url, {
      applicant: bachelor120,
      caseFacts: associate77,
      date: DATE,
      email: uniqueEmail('client'),
      password: PASSWORD,
    });
    // 本科 + 学士 → 90, born 1990-01-01 and 35 on the date → 30: 120 (fixtures.ts, worked by hand).
    assert.equal(result.status, 'scored');
    assert.equal(result.total, 120);
    assert.equal((result.items as Record<string, number>).education, 90);
    assert.equal((result.items as Record<string, number>).age, 30);
    assert.equal(result.language, 'en');
    // 大专 → 50, born 1979-06-01 and 45 on the date → 27: 77, stored with the case.
    assert.deepEqual(result.stored, { status: 201, total: 77, caseId: result.createdId });
    assert.deepEqual(result.read, { id: result.createdId, reference: 'A-77', birthDate: '1979-06-01' });
    assert.deepEqual(
      { status: (result.refused as { status: number }).status, type: (result.refused as { type: string }).type },
      { status: 404, type: '/problems/notFound' },
    );
  });
});
