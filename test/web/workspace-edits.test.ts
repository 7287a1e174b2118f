// The case workspace as an agency works in it (issue 17): the edit is what "保存并重新评估" stores, unsaved edits are
// marked and guarded, a colleague's newer save is shown beside the edit, the case list sorts, filters and pages by
// standing, and sign-up checks what it can before sending. Real server (temporary SQLite), Debian's Chromium.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Dialog, Page } from 'playwright-core';
import { artifact, workspaceBrowser } from './harness.ts';

let dir: string;
let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
let problems: () => Promise<string[]>;
const consoleErrors: string[] = [];

before(async () => {
  ({ dir, server, browser, page, problems } = await workspaceBrowser());
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const total = (p: Page) => p.locator('.result-panel [data-testid="total"]').textContent();
const waitTotal = (p: Page, value: string) =>
  p.waitForFunction((v) => document.querySelector('.result-panel [data-testid="total"]')?.textContent === v, value);
const marker = (p: Page) => p.locator('.case-head [role="status"]');

/** The API with the page's session (cookies and the CSRF echo), for what the test sets up or reads back. */
async function call(p: Page, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) {
  const csrf = (await p.context().cookies()).find((c) => c.name === 'csrf')?.value ?? '';
  const res = await p.request.fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field.
  return { status: res.status(), body: (await res.json().catch(() => null)) as any };
}

/**
 * 周女士 (as 刘先生 in applicants.ts, with a master's degree): born 1996-04-18 → 29 on 2025-06-15 → 30 (§2.3);
 * 硕士研究生学历学位 → 100 (§2.3); quick mode "2 years at 13,700" → the counts end 2025-05 → 24 months → 2 full
 * years × 3 → 6 (§2.3); the 48-month base window holds 24 months < 36 → 0 (§2.4). Total 30 + 100 + 6 = 136.
 * Changed to 本科 without the degree: 大学本科学历 → 60, so 30 + 60 + 6 = 96.
 */
async function fillZhou(p: Page) {
  await p.getByLabel('评估日期').fill('2025-06-15');
  await p.getByLabel('出生日期').fill('1996-04-18');
  await p.getByRole('button', { name: '添加学历' }).click();
  await p.getByRole('group', { name: '学历 1' }).getByLabel('学历层次').selectOption('master');
  await p.getByLabel('累计缴纳年数').fill('2');
  await p.getByLabel('每月缴费基数约').fill('13700');
}

const edu = (p: Page) => p.getByRole('group', { name: '学历 1' });

describe('case workspace: edits, conflicts, the case list, sign-up', { concurrency: false }, () => {
  let caseId = '';

  it('a signed-out visit asks nothing that fails, and sign-up checks the form before sending (zh and en)', async () => {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/auth/')) asked.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await page.goto(`${server.url}/cases`);
    await page.getByRole('tab', { name: '登录' }).waitFor();
    assert.deepEqual(asked, [], 'no /auth/me without a session');
    assert.deepEqual(consoleErrors, [], 'no console error for a signed-out visit');

    await page.getByRole('tab', { name: '注册机构' }).click();
    const form = page.getByRole('form', { name: '注册机构' });
    assert.equal(await form.getByLabel('邮箱').getAttribute('type'), 'email');
    await form.getByLabel('机构名称').fill('静安人才服务社');
    await form.getByLabel('姓名').fill('周经理');
    await form.getByLabel('邮箱').fill('zhou@example');
    await form.getByLabel('密码', { exact: true }).fill('short pw');
    await form.getByLabel('再次输入密码').fill('short pv');
    await form.getByRole('button', { name: '注册机构' }).click();
    await form.getByText('请输入有效的邮箱地址，例如 name@example.com。').waitFor();
    await form.getByText('密码太短：至少需要 12 个字符，现在是 8 个。可以用几个不相关的词组成一句话。').waitFor();
    await form.getByText('两次输入的密码不一致。').waitFor();
    assert.equal(await form.getByLabel('邮箱').getAttribute('aria-invalid'), 'true');
    // The first field to correct gets the focus.
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'email');
    assert.deepEqual(asked, [], 'nothing was sent');
    await page.screenshot({ path: artifact('workspace-signup-checks-zh.png'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await page.getByText('Enter a valid e-mail address, e.g. name@example.com.').waitFor();
    await page.getByText('Too short: a password needs at least 12 characters, this one has 8.', { exact: false }).waitFor();
    await page.getByText('The two passwords are not the same.').waitFor();
    await page.screenshot({ path: artifact('workspace-signup-checks-en-phone.png'), fullPage: true });
    await page.getByRole('button', { name: '中文' }).click();
    await page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
    await page.setViewportSize({ width: 1280, height: 900 });

    await form.getByLabel('邮箱').fill('zhou@example.com');
    await form.getByLabel('密码', { exact: true }).fill('tea kettle under a violet moon');
    await form.getByLabel('再次输入密码').fill('tea kettle under a violet moon');
    await form.getByRole('button', { name: '注册机构' }).click();
    await page.getByText('静安人才服务社 · 周经理（管理员）').waitFor();
    assert.deepEqual(asked.slice(0, 1), ['POST /api/v1/auth/signup']);
  });

  it('saves the edited facts with "保存并重新评估": a case at 136, changed to 本科 without the degree, is stored at 96', async () => {
    await page.getByRole('link', { name: '+ 新建案件' }).click();
    await page.getByLabel('案件名称').fill('周女士');
    await page.getByLabel('内部编号').fill('JA-1');
    await fillZhou(page);
    await waitTotal(page, '136');
    await page.getByRole('button', { name: '创建' }).click();
    await page.waitForURL((u) => /^\/cases\/[\w-]+$/.test(u.pathname) && u.pathname !== '/cases/new');
    caseId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('heading', { name: '周女士', level: 1 }).waitFor();
    await page.getByLabel('评估日期').fill('2025-06-15');
    await waitTotal(page, '136');
    assert.equal(await marker(page).textContent(), '', 'the date is a setting of the form, not a fact of the case');
    await page.getByRole('button', { name: '保存并重新评估' }).click();
    await marker(page).getByText('已保存为第 2 版并重新评估：136 分（2025-06-15，2022 版）').waitFor();

    await edu(page).getByLabel('学历层次').selectOption('bachelor');
    await edu(page).getByLabel('同时获得学位（本科为学士学位）').uncheck();
    await waitTotal(page, '96');
    assert.equal(await marker(page).textContent(), '有未保存的修改');
    const button = page.getByRole('button', { name: '保存并重新评估' });
    assert.equal(await page.locator('form.case-head').getAttribute('data-unsaved'), 'true');
    const describedBy = (await button.getAttribute('aria-describedby')) ?? '';
    assert.equal(await page.locator(`[id="${describedBy}"]`).textContent(), '有未保存的修改', 'the button is described by the marker');
    await page.locator('form.case-head').screenshot({ path: artifact('workspace-unsaved.png') });

    await button.click();
    await marker(page).getByText('已保存为第 3 版并重新评估：96 分（2025-06-15，2022 版）').waitFor();
    assert.equal(await page.locator('form.case-head').getAttribute('data-unsaved'), 'false');
    await page.waitForFunction(() => document.querySelectorAll('.history tbody tr').length === 2);
    assert.deepEqual(await page.locator('.history tbody tr td.num').allTextContents(), ['96', '136'], 'newest first');
    const stored = await call(page, 'GET', `/cases/${caseId}`);
    assert.deepEqual(
      [stored.body.revision, stored.body.total, stored.body.facts.education[0].level, stored.body.facts.education[0].degree],
      [3, 96, 'bachelor', false],
    );
    assert.equal(await total(page), '96', 'the form stays as the user left it');
  });

  it('asks before leaving with unsaved changes: in the app and when the browser unloads the page', async () => {
    await page.getByLabel('内部编号').fill('JA-2');
    await marker(page).getByText('有未保存的修改').waitFor();
    const dialogs: string[] = [];
    const dismiss = (d: Dialog) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    };
    page.on('dialog', dismiss);
    await page.getByRole('link', { name: '案件工作台' }).click();
    assert.deepEqual(dialogs, ['confirm: 有未保存的修改，离开后将丢失。确定离开吗？']);
    assert.equal(new URL(page.url()).pathname, `/cases/${caseId}`, 'stayed');
    assert.equal(await page.getByLabel('内部编号').inputValue(), 'JA-2', 'the edit is still there');

    // Back in the browser's history: refused the same way, the page and its edit stay.
    await page.goBack();
    for (let i = 0; i < 100 && dialogs.length < 2; i++) await page.waitForTimeout(50);
    assert.equal(dialogs[1], dialogs[0]);
    await page.getByLabel('内部编号').waitFor();
    assert.equal(new URL(page.url()).pathname, `/cases/${caseId}`);
    assert.equal(await page.getByLabel('内部编号').inputValue(), 'JA-2');

    // The browser's own prompt (its words, not ours) when the tab is closed; dismissed, the tab stays.
    const unload = page.waitForEvent('dialog', (d) => d.type() === 'beforeunload');
    await page.close({ runBeforeUnload: true });
    await unload;
    assert.equal(page.isClosed(), false);
    await page.getByLabel('内部编号').waitFor();
    assert.equal(await page.getByLabel('内部编号').inputValue(), 'JA-2');
    page.off('dialog', dismiss);

    // Saved, nothing to ask: the app leaves without a question.
    await page.getByLabel('内部编号').fill('JA-1');
    await page.waitForFunction(() => document.querySelector('.case-head [role="status"]')?.textContent !== '有未保存的修改');
    const asked: string[] = [];
    const record = (d: Dialog) => {
      asked.push(d.message());
      void d.accept();
    };
    page.on('dialog', record);
    await page.getByRole('link', { name: '案件工作台' }).click();
    await page.getByRole('heading', { name: '案件', level: 2 }).waitFor();
    page.off('dialog', record);
    assert.deepEqual(asked, [], 'back to the saved state: no question');
    await page.getByRole('link', { name: '周女士' }).click();
    await page.getByRole('heading', { name: '周女士', level: 1 }).waitFor();
  });

  it("refuses a save over a colleague's newer one, shows both, and lets the user load theirs or keep theirs over", async () => {
    await page.getByLabel('评估日期').fill('2025-06-15');
    // A colleague (another tab, same organisation) changes the reference and saves first.
    const colleague = await browser.context.newPage();
    await colleague.goto(`${server.url}/cases/${caseId}`);
    await colleague.getByRole('heading', { name: '周女士', level: 1 }).waitFor();
    await colleague.getByLabel('评估日期').fill('2025-06-15');
    await colleague.getByLabel('内部编号').fill('JA-COLLEAGUE');
    await colleague.getByRole('button', { name: '保存并重新评估' }).click();
    await marker(colleague).getByText('已保存为第 4 版并重新评估：96 分', { exact: false }).waitFor();

    // Here, from revision 3: the degree ticked again (本科 + 学士 → 90: 126).
    await edu(page).getByLabel('同时获得学位（本科为学士学位）').check();
    await waitTotal(page, '126');
    await page.getByRole('button', { name: '保存并重新评估' }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.getByText('同事已保存了更新的版本，您的修改尚未保存').waitFor();
    await conflict.getByText(/您的修改基于第 3 版，案件现在是第 4 版/).waitFor();
    // Each difference: the field, their value, yours.
    const rows = () => conflict.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    assert.deepEqual(await rows(), [
      ['内部编号', 'JA-COLLEAGUE', 'JA-1'],
      ['教育背景第1条·学位', '否', '是'],
    ]);
    assert.equal(await conflict.locator('caption').textContent(), '有 2 项不同');
    assert.equal(await marker(page).textContent(), '有未保存的修改', 'the edit is kept, not lost');
    await page.locator('form.case-head').screenshot({ path: artifact('workspace-conflict.png') });
    assert.equal((await call(page, 'GET', `/cases/${caseId}`)).body.reference, 'JA-COLLEAGUE', 'nothing of the edit was saved');

    await conflict.getByRole('button', { name: '载入同事的版本（放弃我的修改）' }).click();
    await waitTotal(page, '96');
    assert.equal(await page.getByLabel('内部编号').inputValue(), 'JA-COLLEAGUE');
    assert.equal(await edu(page).getByLabel('同时获得学位（本科为学士学位）').isChecked(), false);
    assert.equal(await marker(page).textContent(), '');

    // Again, and this time the edit is saved over theirs, knowingly.
    await colleague.getByLabel('出生日期').fill('1996-04-19');
    await edu(colleague).getByLabel('学历层次').selectOption({ label: '硕士研究生' });
    await colleague.getByRole('button', { name: '保存并重新评估' }).click();
    await marker(colleague).getByText('已保存为第 5 版', { exact: false }).waitFor();
    await edu(page).getByLabel('同时获得学位（本科为学士学位）').check();
    await waitTotal(page, '126');
    await page.getByRole('button', { name: '保存并重新评估' }).click();
    await conflict.locator('tbody tr').first().waitFor();
    // A coded value in the form's words (master → 硕士研究生), not the schema's code.
    assert.deepEqual(await rows(), [
      ['出生日期', '1996-04-19', '1996-04-18'],
      ['教育背景第1条·层次/等级', '硕士研究生', '大学本科'],
      ['教育背景第1条·学位', '否', '是'],
    ]);
    await conflict.getByRole('button', { name: '保留我的修改，覆盖同事的版本' }).click();
    await marker(page).getByText('已保存为第 6 版并重新评估：126 分（2025-06-15，2022 版）').waitFor();
    assert.equal(await conflict.count(), 0);
    const stored = (await call(page, 'GET', `/cases/${caseId}`)).body;
    assert.deepEqual(
      [stored.revision, stored.total, stored.facts.birthDate, stored.facts.education[0].degree],
      [6, 126, '1996-04-18', true],
    );
    await colleague.close();
    // The browser reports each refused save itself; nothing else went wrong.
    assert.deepEqual(
      consoleErrors.splice(0),
      Array(2).fill('Failed to load resource: the server responded with a status of 409 (Conflict)'),
    );
  });

  it('lists the cases with their standing: sorted by gap, filtered by status, paged (desktop and phone, zh and en)', async () => {
    // Hand-worked in test/server/fixtures.ts (assessed 2025-01-15): 120 (gap 0, reached on the date); 3 of the last 12
    // months: ineligible, 0 now, 120 once eligible (gap 0), eligible from 2025-04-01.
    const bachelor120 = {
      birthDate: '1990-01-01',
      employment: { contributingNow: true },
      education: [{ level: 'bachelor', degree: true }],
      socialInsurance: ['2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12'].map((month) => ({ month, base: 8000 })),
    };
    const ineligible = { ...bachelor120, socialInsurance: bachelor120.socialInsurance.slice(3) };
    // 周女士's facts without the degree: 96 (above), 24 short.
    const zhou = (await call(page, 'GET', `/cases/${caseId}`)).body.facts;
    const sun = { ...zhou, education: [{ ...zhou.education[0], degree: false }] };
    const make = async (label: string, facts: unknown, date?: string) => {
      const c = await call(page, 'POST', '/cases', { label, facts });
      assert.equal(c.status, 201);
      if (date) assert.equal((await call(page, 'POST', `/cases/${c.body.id}/assessments`, { date })).status, 201);
    };
    await make('吴先生', bachelor120, '2025-01-15');
    await make('郑女士', ineligible, '2025-01-15');
    await make('孙先生', sun, '2025-06-15');
    // Never assessed: last in any order, and enough of them for a second page (25 a page).
    for (let i = 1; i <= 23; i++) await make(`待评估 ${String(i).padStart(2, '0')}`, bachelor120);

    await page.getByRole('link', { name: '案件工作台' }).click();
    const table = page.locator('.case-table');
    await table.waitFor();
    const labels = () => table.locator('tbody th a').allTextContents();
    const gaps = () => table.locator('tbody td[data-col="gap"]').allTextContents();
    const first = (name: string) => page.waitForFunction((n) => document.querySelector('.case-table tbody th a')?.textContent === n, name);
    // Newest first, 25 a page.
    assert.equal((await labels()).length, 25);
    assert.deepEqual((await labels()).slice(0, 1).concat((await labels()).slice(-2)), ['待评估 23', '孙先生', '郑女士']);
    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByText('第 26–27 条').waitFor();
    assert.deepEqual(await labels(), ['吴先生', '周女士']);
    await page.getByRole('button', { name: '上一页' }).click();
    await page.getByText('第 1–25 条').waitFor();

    await table.getByRole('button', { name: '距标准分' }).click();
    await first('周女士');
    assert.deepEqual(
      (await labels()).slice(0, 5),
      ['周女士', '吴先生', '郑女士', '孙先生', '待评估 01'],
      'nearest first, ties by creation',
    );
    assert.deepEqual((await gaps()).slice(0, 5), ['0', '0', '0', '24', '—']);
    assert.equal(await table.locator('th[aria-sort="ascending"]').textContent(), '距标准分 ▲');
    await table.getByRole('button', { name: '距标准分' }).click();
    await first('孙先生');
    assert.deepEqual((await labels()).slice(0, 4), ['孙先生', '郑女士', '吴先生', '周女士'], 'furthest first; never assessed still last');
    assert.equal(await table.locator('th[aria-sort="descending"]').textContent(), '距标准分 ▼');

    await page.getByLabel('按状态筛选').selectOption('ineligible');
    await first('郑女士');
    assert.deepEqual(await labels(), ['郑女士']);
    const cells = await table.locator('tbody tr td').allTextContents();
    // 居转户: no residence-permit period among the facts, so no counted month and no route (docs/hukou.md).
    assert.deepEqual(cells.slice(0, 5), ['不符合申请条件', '0', '0', '2025-04-01', '未找到可走的途径']);
    assert.match(cells[5] ?? '', /^\d{4}-\d{2}-\d{2}$/, 'the day it was last assessed');
    await page.getByLabel('按状态筛选').selectOption('scored');
    await first('孙先生');
    assert.deepEqual(await labels(), ['孙先生', '吴先生', '周女士']);
    await page.getByLabel('按状态筛选').selectOption('');
    await first('孙先生');
    await page.screenshot({ path: artifact('workspace-case-list.png'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: artifact('workspace-case-list-phone-zh.png') });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scrolling on a phone');
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await table.getByRole('button', { name: 'Gap to the standard score' }).waitFor({ state: 'attached' });
    await page.screenshot({ path: artifact('workspace-case-list-phone-en.png') });
    await page.getByRole('button', { name: '中文' }).click();
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(await problems(), []);
    assert.deepEqual(consoleErrors, []);
  });
});
