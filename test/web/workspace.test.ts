// The case workspace against the real server (temporary SQLite): sign up, create a case with the calculator's
// form, save and re-assess it on the server, keep the documents checklist, search, invite a colleague who joins.
// (Unsaved edits, conflicts, the case list's standing and the sign-up checks: workspace-edits.test.ts.)
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { li } from './applicants.ts';
import { artifact, workspaceBrowser } from './harness.ts';

let dir: string;
let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
let problems: () => Promise<string[]>;

before(async () => {
  ({ dir, server, browser, page, problems } = await workspaceBrowser());
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const total = (p: Page) => p.locator('.result-panel [data-testid="total"]').textContent();

// One story, step by step: each step starts where the previous one left the page.
describe('case workspace', { concurrency: false }, () => {
  let caseUrl = '';

  it('signs up an organisation and lands on its (empty) case list', async () => {
    await page.goto(`${server.url}/cases`);
    await page.getByRole('tab', { name: '注册机构' }).click();
    const form = page.getByRole('form', { name: '注册机构' });
    await form.getByLabel('机构名称').fill('浦东人才服务工作室');
    await form.getByLabel('姓名').fill('陈经理');
    await form.getByLabel('邮箱').fill('chen@example.com');
    await form.getByLabel('密码', { exact: true }).fill('a long enough password');
    await form.getByLabel('再次输入密码').fill('a long enough password');
    await form.getByRole('button', { name: '注册机构' }).click();
    await page.getByText('还没有案件。').waitFor();
    await page.getByText('浦东人才服务工作室 · 陈经理（管理员）').waitFor();
  });

  it('creates a case with the calculator form and re-assesses it on the server', async () => {
    await page.getByRole('link', { name: '+ 新建案件' }).click();
    await page.getByLabel('案件名称').fill('李女士');
    await page.getByLabel('内部编号').fill('PD-2025-017');
    await li.fill(page);
    await page.waitForFunction(() => document.querySelector('.result-panel [data-testid="total"]')?.textContent === '244');
    await page.getByRole('button', { name: '创建' }).click();
    await page.waitForURL((u) => /^\/cases\/[\w-]+$/.test(u.pathname) && u.pathname !== '/cases/new');
    caseUrl = page.url();
    await page.getByRole('heading', { name: '李女士', level: 1 }).waitFor();
    // the saved facts come back from the server; the date is the form's own setting, set again here
    await page.getByLabel('评估日期').fill('2025-06-15');
    assert.equal(await total(page), '244', 'the saved facts give the same result');
    await page.getByRole('button', { name: '保存并重新评估' }).click();
    await page.locator('.case-head [role="status"]').getByText('已保存为第 2 版并重新评估：244 分（2025-06-15，2022 版）').waitFor();
    const rows = page.locator('.history tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 1);
    assert.equal(await rows.first().locator('td.num').textContent(), '244');
  });

  it('keeps the documents checklist of the latest assessment', async () => {
    const spouseDoc = page.locator('.checklist [data-document]').first();
    await spouseDoc.waitFor();
    const docId = (await spouseDoc.getAttribute('data-document')) ?? '';
    assert.ok((await page.locator('.checklist [data-document]').count()) >= 5, 'the documents the counted items need');
    await spouseDoc.getByRole('combobox').selectOption('collected');
    await page.reload();
    await page.getByRole('heading', { name: '李女士', level: 1 }).waitFor();
    await page.locator(`.checklist [data-document="${docId}"] select`).waitFor();
    assert.equal(await page.locator(`.checklist [data-document="${docId}"] select`).inputValue(), 'collected', 'stored on the server');
  });

  it('edits the facts, saves and re-assesses in one step: the history keeps both', async () => {
    await page.getByLabel('评估日期').fill('2025-06-15');
    await page.getByRole('group', { name: '区域经历 1' }).getByRole('button', { name: /删除/ }).click();
    await page.waitForFunction(() => document.querySelector('.result-panel [data-testid="total"]')?.textContent === '234');
    await page.getByRole('button', { name: '保存并重新评估' }).click();
    await page.locator('.case-head [role="status"]').getByText('已保存为第 3 版并重新评估：234 分（2025-06-15，2022 版）').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.history tbody tr').length === 2);
    assert.deepEqual(await page.locator('.history tbody tr td.num').allTextContents(), ['234', '244'], 'newest first');
    await page.screenshot({ path: artifact('workspace-case.png'), fullPage: false });
  });

  it('lists and searches cases', async () => {
    await page.getByRole('link', { name: '案件工作台' }).click();
    await page.getByRole('link', { name: '李女士' }).waitFor();
    await page.getByLabel('按名称或编号搜索').fill('PD-2025');
    await page.getByRole('link', { name: '李女士' }).waitFor();
    await page.getByLabel('按名称或编号搜索').fill('王');
    await page.getByText('没有符合条件的案件。').waitFor();
    await page.getByLabel('按名称或编号搜索').fill('');
    await page.getByRole('link', { name: '李女士' }).click();
    await page.waitForURL(caseUrl);
  });

  it('invites a colleague, who joins with the link and sees the case', async () => {
    await page.getByRole('link', { name: '案件工作台' }).click();
    const invite = page.getByRole('form', { name: '邀请同事' });
    await invite.getByLabel('邮箱').fill('wu@example.com');
    await invite.getByLabel('角色').selectOption('staff');
    await invite.getByRole('button', { name: '生成邀请链接' }).click();
    const link = (await page.getByTestId('invite-link').textContent()) ?? '';
    assert.match(link, /\/accept-invitation#token=/);
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('tab', { name: '登录' }).waitFor();
    await page.goto(link);
    await page.getByText('浦东人才服务工作室 邀请 wu@example.com 以“经办人”身份加入。').waitFor();
    await page.getByLabel('姓名').fill('吴专员');
    await page.getByLabel('密码').fill('another long password');
    await page.getByRole('button', { name: '加入机构' }).click();
    await page.getByText('浦东人才服务工作室 · 吴专员（经办人）').waitFor();
    await page.getByRole('link', { name: '李女士' }).waitFor();
    assert.deepEqual(await problems(), []);
  });

  it('logs in again with e-mail and password', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    const form = page.getByRole('form', { name: '登录' });
    await form.getByLabel('邮箱').fill('chen@example.com');
    await form.getByLabel('密码').fill('a long enough password');
    await form.getByRole('button', { name: '登录' }).click();
    await page.getByText('浦东人才服务工作室 · 陈经理（管理员）').waitFor();
  });

  it('changes the password on the account page (a weak one is refused, saying why) and signs out elsewhere', async () => {
    await page.getByRole('link', { name: '账户' }).click();
    const form = page.getByRole('form', { name: '修改密码' });
    await form.getByLabel('当前密码').fill('a long enough password');
    await form.getByLabel('新密码').fill('password1234');
    await form.getByRole('button', { name: '修改密码' }).click();
    await page
      .getByText(/密码太弱：.*请改用几个不相关的词/)
      .first()
      .waitFor();
    await form.getByLabel('新密码').fill('tea kettle under a violet moon');
    await form.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改，其他 0 个登录会话已退出。').waitFor();
    await page.getByRole('button', { name: '退出其他所有登录' }).click();
    await page.getByText('已退出其他 0 个登录会话。').waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    const login = page.getByRole('form', { name: '登录' });
    await login.getByLabel('邮箱').fill('chen@example.com');
    await login.getByLabel('密码').fill('tea kettle under a violet moon');
    await login.getByRole('button', { name: '登录' }).click();
    await page.getByText('浦东人才服务工作室 · 陈经理（管理员）').waitFor();
    assert.deepEqual(await problems(), []);
  });
});
