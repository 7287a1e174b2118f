// The workspace's records against the real server (temporary SQLite), in Chromium: batch in the browser (the
// template with a bad row: every row back, the XLSX download typed), the history diff of two stored assessments,
// case notes, the audit log filtered by action and by case, and the report an agency hands over (reference, facts
// used, why-not and documents; the printed column headers on one line).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { li, liu } from './applicants.ts';
import { answersHash, artifact, callFromPage, signedUpWorkspace, watchProblems } from './harness.ts';

let dir: string;
let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
let problems: () => Promise<string[]>;

/** A JSON call from inside the page (setting up what the views then show). */
const call = (method: string, path: string, body?: unknown) => callFromPage(page, method, path, body);

async function setLang(p: Page, lang: 'zh' | 'en') {
  await p.evaluate((l) => localStorage.setItem('hujifen.lang', l), lang);
}

/** No page-level horizontal scroll; on failure, the elements that stick out. */
async function assertNoPageScroll(p: Page) {
  const { scroll, client, wide } = await p.evaluate(() => {
    const client = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > client + 1 && !e.closest('.table-scroll'))
      .slice(0, 5)
      .map((e) => `${e.tagName}.${e.className}`);
    return { scroll: document.documentElement.scrollWidth, client, wide };
  });
  assert.equal(scroll, client, `no page-level horizontal scroll: ${wide.join(', ')}`);
}

before(async () => {
  ({ dir, server, browser, page, problems } = await signedUpWorkspace({
    organisation: '静安人才服务社',
    name: '周主管',
    email: 'zhou@example.com',
  }));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('batch in the browser', { concurrency: false }, () => {
  /** The template's own rows, then 刘先生 (line 3) and a row with an impossible birth date (line 4). */
  async function sheet(): Promise<{ csv: string; rows: number }> {
    const template = await page.request.get(`${server.url}/api/v1/batch/template?lang=zh`);
    assert.equal(template.status(), 200);
    const [header, example] = parse(await template.text(), { bom: true }) as string[][];
    assert.ok(header && example);
    const row = (cells: Record<string, string>) => header.map((h) => cells[h] ?? '');
    for (const h of ['编号', '出生日期', '学历', '全日制', '社保起始月', '社保截止月', '月缴费基数'])
      assert.ok(header.includes(h), `the template has ${h}`);
    const liuRow = row({
      编号: 'JA-002',
      出生日期: '1996-04-18',
      学历: '大专',
      全日制: '是',
      社保起始月: '2023-06',
      社保截止月: '2025-06',
      月缴费基数: '13700',
    });
    const bad = row({ 编号: 'JA-003', 出生日期: '1990-02-30', 学历: '大专' });
    const lines = [header, example, liuRow, bad].map((cells) =>
      cells.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','),
    );
    return { csv: `${lines.join('\n')}\n`, rows: 3 };
  }

  it('returns every row of the template with the bad one named by line and reason, and downloads typed XLSX (zh, phone)', async () => {
    await setLang(page, 'zh');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/cases`);
    await page.getByRole('link', { name: '批量评估' }).click();
    await page.getByRole('heading', { name: '批量评估', level: 1 }).waitFor();
    const { csv, rows } = await sheet();
    await page.getByLabel('评估日期（空着即上海今天）').fill('2025-06-15');
    await page
      .getByLabel('选择表格文件（CSV 或 XLSX）')
      .setInputFiles({ name: 'applicants.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('batch-summary').waitFor({ timeout: 30000 });
    const table = page.getByTestId('batch-rows');
    assert.equal(await table.locator('tbody tr').count(), rows, 'rows in = rows out');
    assert.deepEqual(await table.locator('tbody tr td:first-child').allTextContents(), ['2', '3', '4'], 'each with its line');
    assert.equal(await page.getByTestId('batch-summary').textContent(), '结果 3 行（与上传的数据行一一对应）；其中 1 行无法读取。');
    // 刘先生 by hand (RULES.md E8, test/web/applicants.ts): 30 + 50 + 6 = 86, 34 short of 120
    const liuRow = table.locator('tr[data-line="3"]');
    assert.deepEqual(
      await liuRow
        .locator('td')
        .allTextContents()
        .then((t) => t.slice(1, 5)),
      ['JA-002', '已评分', '86', '34'],
    );
    const bad = table.locator('tr[data-line="4"]');
    assert.equal(await bad.locator('td').nth(2).textContent(), '无法读取');
    assert.match((await bad.locator('td.batch-why').textContent()) ?? '', /出生日期/);
    await page.screenshot({ path: artifact('records-batch-zh-phone.png'), fullPage: true });
    await assertNoPageScroll(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /下载结果（XLSX/ }).click();
    const download = await downloading;
    const file = artifact('records-batch.xlsx');
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.worksheets[0];
    assert.ok(ws);
    const head = (ws.getRow(1).values as unknown[]).map(String);
    const cell = (line: number, name: string) => ws.getRow(line).getCell(head.indexOf(name)).value;
    assert.equal(ws.actualRowCount, 1 + rows, 'the header and every row');
    assert.equal(cell(3, '总积分'), 86, 'a number, not text');
    assert.equal(cell(3, '月缴费基数'), 13700);
    const born = cell(3, '出生日期');
    assert.ok(born instanceof Date, 'a date cell');
    assert.equal(born.toISOString().slice(0, 10), '1996-04-18');
    assert.equal(cell(4, '行号'), 4);
    assert.match(String(cell(4, '无法读取的原因')), /出生日期/);
  });

  it('says the same in English on a desktop, and a file that is not a sheet gets a clear error', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await setLang(page, 'en');
    await page.goto(`${server.url}/cases/batch`);
    await page.getByRole('heading', { name: 'Batch', level: 1 }).waitFor();
    const { csv } = await sheet();
    await page.getByLabel('Assessment date (empty: today in Shanghai)').fill('2025-06-15');
    await page
      .getByLabel('Choose a sheet (CSV or XLSX)')
      .setInputFiles({ name: 'applicants.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('batch-summary').waitFor({ timeout: 30000 });
    assert.equal(await page.getByTestId('batch-summary').textContent(), '3 results, one for each row of the sheet; 1 could not be read.');
    assert.equal(await page.locator('tr[data-line="4"] td').nth(2).textContent(), 'Cannot be read');
    assert.match((await page.locator('tr[data-line="4"] td.batch-why').textContent()) ?? '', /birthDate/);
    await page.screenshot({ path: artifact('records-batch-en-desktop.png'), fullPage: true });
    await page
      .getByLabel('Choose a sheet (CSV or XLSX)')
      .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('not a sheet') });
    await page.getByRole('alert').waitFor();
    assert.doesNotMatch((await page.getByRole('alert').textContent()) ?? '', /\n\s+at |Error:|undefined/, 'no stack trace, no raw error');
  });
});

describe('history, notes and the audit log of a case', { concurrency: false }, () => {
  let caseId = '';
  let otherId = '';

  before(async () => {
    const created = await call('POST', '/cases', { label: '李女士', reference: 'JA-001', facts: li.input });
    assert.equal(created.status, 201);
    caseId = created.body.id;
    otherId = (await call('POST', '/cases', { label: '王先生', facts: liu.input })).body.id;
    assert.equal((await call('POST', `/cases/${caseId}/assessments`, { date: '2025-06-15' })).status, 201);
    // Married four years later: 2019-10-01 → 2025-06-15 is 5 full years × 4 = 20 instead of 36 (test/web/applicants.ts).
    const revised = { ...li.input, marriage: { spouseShanghaiHukou: true, marriedOn: '2019-10-01' } };
    assert.equal((await call('PATCH', `/cases/${caseId}`, { facts: revised, revision: created.body.revision })).status, 200);
    assert.equal((await call('POST', `/cases/${caseId}/assessments`, { date: '2025-06-15' })).status, 201);
    await call('GET', `/cases/${otherId}`);
  });

  it('names the changed fact and the points moved between two assessments', async () => {
    await setLang(page, 'zh');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${server.url}/cases/${caseId}`);
    await page.getByText('比较两次评估').click();
    const diff = page.getByTestId('history-diff');
    await diff.waitFor({ timeout: 20000 });
    // 244 by hand (applicants.ts); the spouse item 36 → 20, so 244 − 16 = 228
    assert.deepEqual(await diff.locator('tr[data-row="total"] td').allTextContents(), ['244', '228']);
    assert.deepEqual(await diff.locator('[data-testid="facts-changed"] tbody tr th').allTextContents(), ['婚姻·结婚日期']);
    assert.deepEqual(await diff.locator('[data-testid="facts-changed"] tbody tr td').allTextContents(), ['2015-10-01', '2019-10-01']);
    assert.deepEqual(
      await diff.locator('[data-testid="points-moved"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-item'))),
      ['spouse'],
    );
    assert.deepEqual(await diff.locator('[data-testid="points-moved"] tr[data-item="spouse"] td').allTextContents(), [
      '36',
      '20',
      '-16 分',
    ]);
    assert.deepEqual(await diff.locator('tr:has(th:text("版本")) td').allTextContents(), ['2022', '2022'], 'the version each used');
    assert.match((await diff.locator('tr[data-row="readings"] td').textContent()) ?? '', /^两次相同（共 \d+ 项解读）$/);
    await diff.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('records-history-diff-zh.png'), fullPage: false });
  });

  it('shows the diff in English on a phone', async () => {
    await setLang(page, 'en');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/cases/${caseId}`);
    await page.getByText('Compare two assessments').click();
    const diff = page.getByTestId('history-diff');
    await diff.waitFor({ timeout: 20000 });
    assert.deepEqual(await diff.locator('[data-testid="facts-changed"] tbody tr th').allTextContents(), ['marriage.marriedOn']);
    assert.deepEqual(await diff.locator('[data-testid="points-moved"] tr[data-item="spouse"] td').allTextContents(), [
      '36',
      '20',
      '-16 points',
    ]);
    assert.equal(await diff.getByRole('heading', { name: '1 fact differs' }).count(), 1);
    await diff.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('records-history-diff-en-phone.png') });
    await assertNoPageScroll(page);
  });

  it('adds a note and lists it with its author and time', async () => {
    await setLang(page, 'zh');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${server.url}/cases/${caseId}`);
    const notes = page.locator('.case-notes');
    await notes.getByText('还没有备注。').waitFor({ timeout: 20000 });
    await notes.getByLabel('备注内容').fill('已电话联系，材料下周一送到');
    await notes.getByRole('button', { name: '添加备注' }).click();
    await notes.locator('.note-body').getByText('已电话联系，材料下周一送到').waitFor();
    assert.match((await notes.locator('.note-meta').first().textContent()) ?? '', /^周主管 · /);
    await notes.getByLabel('备注内容').fill('第二条');
    await notes.getByRole('button', { name: '添加备注' }).click();
    await notes.locator('.note-body').getByText('第二条').waitFor();
    assert.deepEqual(await notes.locator('.note-body').allTextContents(), ['第二条', '已电话联系，材料下周一送到'], 'newest first');
    await page.reload();
    await notes.locator('.note-body').first().waitFor({ timeout: 20000 });
    assert.equal(await notes.locator('.note-body').count(), 2, 'kept on the server');
  });

  it('filters the audit log by action and by case', async () => {
    await page.goto(`${server.url}/cases`);
    await page.getByRole('link', { name: '审计记录' }).click();
    const entries = page.getByTestId('audit-entries');
    await entries.waitFor({ timeout: 20000 });
    await page.getByLabel('操作', { exact: true }).selectOption({ label: '添加备注' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="audit-entries"] tbody tr')].every(
        (r) => r.getAttribute('data-action') === 'note.create',
      ),
    );
    assert.equal(await entries.locator('tbody tr').count(), 2, 'the two notes');
    assert.deepEqual(await entries.locator('tbody tr td:nth-child(2)').allTextContents(), ['周主管', '周主管']);

    await page.getByLabel('操作', { exact: true }).selectOption('');
    await page.getByLabel('案件', { exact: true }).selectOption({ label: '王先生' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-entries"] tbody tr').length === 2);
    assert.deepEqual(
      await entries.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action'))),
      ['case.read', 'case.create'],
      "王先生's case: created, read once",
    );
    await page.getByLabel('案件', { exact: true }).selectOption({ label: '李女士 (JA-001)' });
    await page.getByLabel('操作', { exact: true }).selectOption({ label: '评估并保存' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-entries"] tbody tr').length === 2);
    assert.deepEqual(
      await entries
        .locator('tbody tr td:nth-child(4)')
        .allTextContents()
        .then((t) => t.map((x) => x.split(' ')[0])),
      ['评估', '评估'],
      "the case's two stored assessments, found by the case",
    );
    await page.screenshot({ path: artifact('records-audit-zh.png'), fullPage: true });
    assert.deepEqual(await problems(), []);
  });
});

describe('the report an agency hands over', () => {
  it('shows the reference, the facts used (personal data when ticked), why-not and documents; the PDF headers stay on one line', async () => {
    const p = await browser.context.newPage();
    const pageProblems = await watchProblems(p);
    await p.goto(`${server.url}/`);
    await setLang(p, 'zh');
    await p.setViewportSize({ width: 1366, height: 900 });
    await p.goto(`${server.url}/report${await answersHash(li.date, li.input)}`);
    await p.locator('.report-page[data-ready="true"]').waitFor({ timeout: 30000 });
    await p.getByLabel('申请人编号').fill('JA-001');
    assert.equal(await p.getByTestId('report-reference').textContent(), 'JA-001');
    const facts = p.getByTestId('facts-used');
    assert.equal(await facts.locator('[data-path="birthDate"]').count(), 0, 'no birth date unless asked');
    assert.equal(await facts.locator('[data-path="socialInsurance"]').count(), 0);
    // named and worded as the calculator's form asks for them, not by schema field and code
    assert.equal(await facts.locator('[data-path="education[0].level"] td').textContent(), '大学本科');
    assert.equal(await facts.locator('[data-path="certificates[0].kind"] td').textContent(), '技能等级证书（职业资格）');
    assert.equal(await facts.locator('[data-path="certificates[0].matchesPost"] th').textContent(), '证书第1条·专业、工种与所聘岗位相符');
    assert.equal(await facts.locator('[data-path="certificates[0].catalogId"]').count(), 0);
    await p.getByLabel(/列出个人信息/).check();
    assert.equal(await facts.locator('[data-path="birthDate"] td').textContent(), '1983-02-14');
    // LI_MONTHS: 2018-06 … 2025-06, 7 × 12 + 1 = 85 months
    assert.equal(await facts.locator('[data-path="socialInsurance"] td').textContent(), '85 个月（2018-06 至 2025-06）');
    // every item is listed; one that scores nothing says why not, and a counted one names its documents
    const rows = p.locator('.report-table tbody tr[data-item]');
    assert.equal(await rows.count(), 17, 'the 17 indicators');
    assert.ok((await p.locator('tr[data-item="freshGraduate"] .report-why-not').count()) >= 1, 'why not, for an item without points');
    assert.match((await p.locator('tr[data-item="spouse"] .report-documents').textContent()) ?? '', /^所需材料：.+/);

    await p.emulateMedia({ media: 'print' });
    // No column header breaks: each is one line high (the 可信度 header was one character a line).
    const heights = await p.locator('.report-table thead th').evaluateAll((ths) =>
      ths.map((th) => {
        const style = getComputedStyle(th);
        const line = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
        return {
          text: th.textContent,
          lines: Math.round((th.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom)) / line),
        };
      }),
    );
    for (const h of heights) assert.equal(h.lines, 1, `"${h.text}" on one line`);
    const pdf = await p.pdf({ format: 'A4', printBackground: true });
    const file = artifact('records-report.pdf');
    writeFileSync(file, pdf);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    assert.match(text, /可信度/, 'the header in one piece');
    assert.match(text, /JA-001/);
    assert.match(text, /为什么没有得分/);
    spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '3', file, artifact('records-report-page')]);
    assert.ok(readFileSync(file).length > 10_000);
    assert.deepEqual(await pageProblems(), []);
    await p.close();
  });
});
