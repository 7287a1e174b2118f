import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { associate77, bachelor120, DATE, ineligible, VALID_ID } from '../fixtures.ts';
import { type Backend, type Client, startTestServer, stopTestServer, type TestServer } from '../harness.ts';

/** A sheet in the batch layout: 120, a date that does not exist (unreadable), 77. */
const THREE_ROWS = [
  '编号,出生日期,学历,申请当月在职缴费,社保起始月,社保月数,月缴费基数',
  'A001,1990-01-01,本科学士,是,2024-07,6,8000',
  'A002,1990-02-30,本科学士,是,2024-07,6,8000',
  'A003,1979-06-01,大专,是,2024-07,6,8000',
].join('\n');

/** Assess, plan, batch, catalogue, policy, documentation: no account needed. */
export function statelessSuite(backend: Backend): void {
  describe(`stateless endpoints (${backend.name})`, () => {
    let server: TestServer;
    let api: Client;
    before(async () => {
      server = await startTestServer(backend);
      api = server.client();
    });
    after(() => stopTestServer(server));

    test('assess: bachelor with degree (90) + age ≤ 43 (30) = 120, reaches the standard score', async () => {
      const res = await api.post('/api/v1/assess', { applicant: bachelor120, date: DATE });
      assert.equal(res.status, 200);
      assert.equal(res.body.status, 'scored');
      assert.equal(res.body.total, 120);
      assert.equal(res.body.reaches, true);
      assert.equal(res.body.version.id, '2022');
      const points = Object.fromEntries(
        res.body.items.filter((i: { counted: boolean }) => i.counted).map((i: { id: string; points: number }) => [i.id, i.points]),
      );
      assert.equal(points.age, 30);
      assert.equal(points.education, 90);
    });

    test('assess: 大专 (50) + age 45 (27) = 77; not eligible → total 0 but 120 if eligible', async () => {
      const a = await api.post('/api/v1/assess', { applicant: associate77, date: DATE });
      assert.equal(a.body.total, 77);
      assert.equal(a.body.reaches, false);
      const b = await api.post('/api/v1/assess', { applicant: ineligible, date: DATE });
      assert.equal(b.body.status, 'ineligible');
      assert.equal(b.body.total, 0);
      assert.equal(b.body.scoreIfEligible, 120);
    });

    test('assess: a pinned version and a switched reading are applied and reported', async () => {
      const res = await api.post('/api/v1/assess', {
        applicant: bachelor120,
        date: DATE,
        version: '2017',
        readings: { R1: 'last6consecutive' },
      });
      assert.equal(res.status, 200);
      assert.equal(res.body.version.id, '2017');
      assert.equal(res.body.version.pinned, true);
      assert.equal(res.body.readings.R1, 'last6consecutive');
    });

    test('validation errors name every bad field, in Chinese by default', async () => {
      const res = await api.post('/api/v1/assess', {
        applicant: { birthDate: '1990-02-30', idNumber: '110105194912310021', education: [{ level: 'phd' }] },
      });
      assert.equal(res.status, 422);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(res.body.type, '/problems/validation');
      assert.equal(res.body.title, '请求内容有误');
      const byPath = Object.fromEntries(res.body.errors.map((e: { path: string; message: string }) => [e.path, e]));
      assert.equal(byPath['applicant.birthDate'].message, '不是有效的日历日期');
      assert.equal(byPath['applicant.idNumber'].message, '身份证号须为18位且校验码正确');
      assert.match(byPath['applicant.education[0].level'].message, /取值无效/);
      assert.equal(byPath['applicant.education[0].level'].field, '申请人·教育背景第1条·层次/等级');
      assert.ok(res.body.requestId);
    });

    test('validation errors in English with Accept-Language: en; missing vs wrong type', async () => {
      const res = await api.post(
        '/api/v1/assess',
        { applicant: { education: 'none' }, date: '2025-13-01' },
        { 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' },
      );
      assert.equal(res.status, 422);
      assert.equal(res.body.title, 'The request has invalid fields');
      const byPath = Object.fromEntries(res.body.errors.map((e: { path: string; message: string }) => [e.path, e.message]));
      assert.equal(byPath['applicant.birthDate'], 'required');
      assert.match(byPath['applicant.education'], /expected array/);
      assert.ok(byPath.date, 'the bad date is named');
      assert.equal(res.headers.get('content-language'), 'en');
    });

    test('unknown readings and dates before the scheme are 422 naming the field', async () => {
      const res = await api.post(
        '/api/v1/assess',
        { applicant: bachelor120, date: '2012-01-01', readings: { R1: 'nope', R99: 'x' } },
        { 'accept-language': 'en' },
      );
      assert.equal(res.status, 422);
      const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
      assert.deepEqual(paths, ['date', 'readings.R1', 'readings.R99']);
    });

    test('malformed JSON → 400, wrong content type → 415, oversized body → 413, all problem+json', async () => {
      const bad = await api.post('/api/v1/assess', '{"applicant":', { 'content-type': 'application/json' });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.type, '/problems/malformed');
      const text = await api.post('/api/v1/assess', 'birthDate=1990-01-01', { 'content-type': 'text/plain' });
      assert.equal(text.status, 415);
      assert.equal(text.body.type, '/problems/unsupportedMediaType');
      const big = await api.post('/api/v1/assess', { applicant: bachelor120, padding: 'x'.repeat(1_100_000) });
      assert.equal(big.status, 413);
      assert.equal(big.body.type, '/problems/tooLarge');
      assert.match(big.headers.get('content-type') ?? '', /problem\+json/);
    });

    test('plan: the gap and the assessment of the plan date', async () => {
      const res = await api.post('/api/v1/plan', { applicant: associate77, date: DATE, horizonMonths: 24 });
      assert.equal(res.status, 200);
      assert.equal(res.body.today.total, 77);
      assert.equal(res.body.gap.points, 43);
      assert.equal(res.body.horizonMonths, 24);
      const bad = await api.post('/api/v1/plan', { applicant: associate77, horizonMonths: 0 });
      assert.equal(bad.status, 422);
    });

    test('batch (JSON): rows in = rows out, each an assessment or its errors', async () => {
      const rows = [bachelor120, { birthDate: 'yesterday' }, associate77, 42];
      const res = await api.post(`/api/v1/batch?date=${DATE}`, rows, { 'accept-language': 'en' });
      assert.equal(res.status, 200);
      assert.equal(res.body.length, 4);
      assert.deepEqual(
        res.body.map((r: { row: number; ok: boolean }) => [r.row, r.ok]),
        [
          [1, true],
          [2, false],
          [3, true],
          [4, false],
        ],
      );
      assert.equal(res.body[0].assessment.total, 120);
      assert.equal(res.body[0].reference, 'E1');
      assert.equal(res.body[1].errors[0].path, 'birthDate');
      assert.equal(res.body[2].assessment.total, 77);
    });

    test('batch (CSV upload in the CLI layout): the sheet comes back with result columns', async () => {
      const res = await api.post(`/api/v1/batch?date=${DATE}`, THREE_ROWS, { 'content-type': 'text/csv' });
      assert.equal(res.status, 200, res.text);
      assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
      assert.match(res.headers.get('content-disposition') ?? '', /attachment/);
      const table = parse(res.text, { bom: true }) as string[][];
      assert.equal(table.length, 4, 'header + 3 rows');
      const header = table[0] as string[];
      const total = header.indexOf('总积分');
      assert.ok(total > 0);
      assert.equal(table[1]?.[total], '120');
      assert.equal(table[1]?.[0], 'A001');
      assert.equal(table[2]?.[header.indexOf('状态')], '无法读取');
      assert.equal(table[3]?.[total], '77');
    });

    test('batch (XLSX upload): answered as XLSX', async () => {
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('申请人');
      sheet.addRow(['编号', '出生日期', '学历', '申请当月在职缴费', '社保起始月', '社保月数', '月缴费基数']);
      sheet.addRow(['A001', '1990-01-01', '本科学士', '是', '2024-07', 6, 8000]);
      const upload = new Uint8Array(await wb.xlsx.writeBuffer());
      const res = await fetch(`${server.url}/api/v1/batch?date=${DATE}`, {
        method: 'POST',
        headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        body: upload,
      });
      assert.equal(res.status, 200);
      const out = new ExcelJS.Workbook();
      await out.xlsx.load(await res.arrayBuffer());
      const rows = out.worksheets[0]?.getSheetValues() as unknown[][];
      const header = rows[1] as string[];
      assert.equal((rows[2] as unknown[])[header.indexOf('总积分')], 120);
    });

    test('batch (multipart/form-data, a browser form): the file field, CSV or XLSX, same answer as a raw upload', async () => {
      const form = new FormData();
      form.append('note', 'ignored');
      form.append('file', new Blob([THREE_ROWS], { type: 'text/csv' }), '申请人.csv');
      const res = await fetch(`${server.url}/api/v1/batch?date=${DATE}&format=xlsx`, { method: 'POST', body: form });
      assert.equal(res.status, 200, await res.clone().text());
      assert.match(res.headers.get('content-type') ?? '', /spreadsheetml/);
      const { default: ExcelJS } = await import('exceljs');
      const out = new ExcelJS.Workbook();
      await out.xlsx.load(await res.arrayBuffer());
      const ws = out.worksheets[0];
      assert.ok(ws);
      const headers = (ws.getRow(1).values as unknown[]).map(String);
      const cell = (row: number, header: string) => ws.getRow(row).getCell(headers.indexOf(header));
      assert.equal(ws.rowCount, 4, 'rows in = rows out');
      // 90 + 30 = 120; 大专 50 + age 45 → 27 = 77; the bad date's row comes back with its reason.
      assert.deepEqual([cell(2, '总积分').value, cell(4, '总积分').value], [120, 77]);
      assert.equal(cell(3, '状态').value, '无法读取');
      assert.deepEqual(cell(2, '出生日期').value, new Date(Date.UTC(1990, 0, 1)), 'a date cell');
      assert.equal(cell(2, '社保月数').value, 6, 'a number cell');
      assert.equal(cell(2, '月缴费基数').value, 8000);
      assert.equal(cell(3, '出生日期').value, '1990-02-30', 'a cell that is no date stays as typed');

      // XLSX by its content type alone (no extension), answered as XLSX by default.
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('申请人').addRows([
        ['编号', '出生日期', '学历', '申请当月在职缴费', '社保起始月', '社保月数', '月缴费基数'],
        ['A001', '1990-01-01', '本科学士', '是', '2024-07', 6, 8000],
      ]);
      const xlsxForm = new FormData();
      xlsxForm.append(
        'file',
        new Blob([await wb.xlsx.writeBuffer()], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        'upload',
      );
      const xlsx = await fetch(`${server.url}/api/v1/batch?date=${DATE}`, { method: 'POST', body: xlsxForm });
      assert.equal(xlsx.status, 200);
      assert.match(xlsx.headers.get('content-type') ?? '', /spreadsheetml/);
    });

    test('batch (multipart): no file field, a file that is not a sheet, a broken form: each a clear problem', async () => {
      const send = async (form: FormData | string, type?: string) => {
        const res = await fetch(`${server.url}/api/v1/batch?date=${DATE}`, {
          method: 'POST',
          body: form,
          headers: { 'accept-language': 'en', ...(type ? { 'content-type': type } : {}) },
        });
        return { status: res.status, body: (await res.json()) as { detail?: string; errors?: { path: string; message: string }[] } };
      };
      const empty = new FormData();
      empty.append('rows', 'A001');
      const none = await send(empty);
      assert.equal(none.status, 422);
      assert.deepEqual(
        none.body.errors?.map((e) => e.path),
        ['file'],
      );
      assert.match(none.body.errors?.[0]?.message ?? '', /no file field "file"/);

      const pdf = new FormData();
      pdf.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'scan.pdf');
      const wrong = await send(pdf);
      assert.equal(wrong.status, 415);
      assert.match(wrong.body.detail ?? '', /"file" must be a \.csv or \.xlsx file$/);

      const broken = await send(
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nA001',
        'multipart/form-data; boundary=x',
      );
      assert.equal(broken.status, 400);
      const noBoundary = await send('whatever', 'multipart/form-data');
      assert.equal(noBoundary.status, 400);
    });

    test('batch: a sheet that is not in the layout is a 422, not a 500', async () => {
      const res = await api.post('/api/v1/batch', 'foo,bar\n1,2\n', { 'content-type': 'text/csv' });
      assert.equal(res.status, 422);
    });

    test('catalogue search finds an occupation by name', async () => {
      const res = await api.get(`/api/v1/catalog/search?q=${encodeURIComponent('电工')}`);
      assert.equal(res.status, 200);
      assert.equal(res.body.found, true);
      assert.ok(res.body.hits.some((h: { entry: { name: string } }) => h.entry.name.includes('电工')));
      const missing = await api.get('/api/v1/catalog/search');
      assert.equal(missing.status, 422);
    });

    test('catalogue search in English: the English name finds the entry, and says it beside the official one', async () => {
      const res = await api.get('/api/v1/catalog/search?q=constructor');
      assert.equal(res.status, 200);
      assert.equal(res.body.found, true);
      assert.deepEqual(res.body.hits[0].ref, {
        catalog: 'qualifications',
        id: 'qual-08',
        name: '建造师(一级)',
        nameEn: 'Constructor (Grade I)',
      });
      assert.deepEqual(res.body.hits[0].entry.titlesEn, ['Engineer', 'Economist']);
      const typo = await api.get('/api/v1/catalog/search?q=electrican');
      assert.equal(typo.body.found, false);
      // one letter off "electrician", and off the word "electrical" of four more names: the shortest name first
      assert.match(typo.body.notFound.didYouMean.en, /^Did you mean Electrician \(电工\), Ship Electrical Fitter \(船舶电气装配工\), /);
      const none = await api.get('/api/v1/catalog/search?q=astronaut');
      assert.deepEqual(none.body.hits, []);
      assert.equal(none.body.notFound.text.en, '"astronaut" is not on the catalogue: it scores no points');
    });

    test('policy: versions, and the values in force on a date', async () => {
      const v = await api.get('/api/v1/policy/versions');
      assert.equal(v.status, 200);
      assert.deepEqual(
        v.body.versions.map((x: { id: string }) => x.id),
        ['2013', '2017', '2022'],
      );
      const p = await api.get('/api/v1/policy?date=2016-06-01');
      assert.equal(p.body.version.id, '2013');
      assert.equal(p.body.parameters.education.value.points.bachelor, 90);
      // Source kinds are catalogue messages: rendered in both languages, the key beside them.
      const notice = p.body.sources.find((x: { kind: string }) => x.kind === 'govNotice');
      assert.deepEqual(notice.kindLabel, { zh: '政府通知或问答', en: 'government notice or Q&A', key: 'policy:sourceKind.govNotice' });
      const bad = await api.get('/api/v1/policy?date=2010-01-01');
      assert.equal(bad.status, 422);
    });

    test('OpenAPI 3.1 describes every route with the shared Applicant schema; /docs serves Swagger UI', async () => {
      const doc = await api.get('/openapi.json');
      assert.equal(doc.body.openapi, '3.1.0');
      for (const path of [
        '/api/v1/assess',
        '/api/v1/plan',
        '/api/v1/batch',
        '/api/v1/cases/{id}/assessments',
        '/api/v1/cases/{id}/reassess',
        '/api/v1/auth/login',
        '/api/v1/audit',
        '/healthz',
      ]) {
        assert.ok(doc.body.paths[path], `${path} documented`);
      }
      assert.ok(doc.body.components.schemas.Applicant.properties.birthDate);
      assert.equal(
        doc.body.paths['/api/v1/assess'].post.requestBody.content['application/json'].schema.$ref,
        '#/components/schemas/AssessRequest',
      );
      // The form upload: a file field, binary.
      const form = doc.body.paths['/api/v1/batch'].post.requestBody.content['multipart/form-data'].schema;
      assert.deepEqual([form.properties.file.format, form.required], ['binary', ['file']]);
      const list = doc.body.paths['/api/v1/cases'].get.parameters.map((p: { name: string }) => p.name);
      for (const name of ['status', 'sort', 'order', 'offset']) assert.ok(list.includes(name), `the case list's ${name}`);
      assert.ok(doc.body.components.schemas.CaseSummary.properties.reachesOn);
      const docs = await api.get('/docs');
      assert.equal(docs.status, 200);
      assert.match(docs.text, /<script src="\/docs\/swagger-ui-bundle\.js">/);
      assert.match(docs.headers.get('content-security-policy') ?? '', /script-src 'self';/);
      const bundle = await api.get('/docs/swagger-ui-bundle.js');
      assert.equal(bundle.status, 200);
      assert.match(bundle.text, /SwaggerUIBundle/);
    });

    test('health: /healthz and /readyz', async () => {
      assert.deepEqual((await api.get('/healthz')).body, { status: 'ok' });
      assert.deepEqual((await api.get('/readyz')).body, { status: 'ready', database: backend.name });
    });

    test('security headers on every response; unknown routes are 404 problems', async () => {
      const res = await api.get('/api/v1/nothing-here');
      assert.equal(res.status, 404);
      assert.equal(res.body.type, '/problems/notFound');
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      assert.ok(res.headers.get('x-request-id'));
    });

    test('ID numbers are accepted when valid and never written to the log', async () => {
      const ok = await api.post('/api/v1/assess', { applicant: { ...bachelor120, idNumber: VALID_ID }, date: DATE });
      assert.equal(ok.status, 200);
      await api.post('/api/v1/assess', { applicant: { ...bachelor120, idNumber: '110105194912310021' } });
      await api.post(`/api/v1/batch?date=${DATE}`, [{ ...bachelor120, idNumber: VALID_ID }]);
      await new Promise((r) => setTimeout(r, 50));
      assert.match(server.logs.text, /"route":"\/api\/v1\/assess"/, 'requests are logged');
      assert.doesNotMatch(server.logs.text, /11010519491231002/);
    });
  });
}
