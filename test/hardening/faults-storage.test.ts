// Storage faults on SQLite: a read-only data folder (as root a read-only bind mount, since chmod stops nothing;
// otherwise the permission bits), a file where the folder should be, and a full disk (a 3 MiB tmpfs). Startup must
// fail with a message that names the folder, without touching an existing database; a full disk must refuse writes
// with 503 problem+json (audited reads too: they fail closed), keep every acknowledged write, and accept writes
// again once space is freed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { assertProblem, Http, signup } from './lib/http.ts';
import { spawnServer, startChild } from './lib/server-child.ts';
import { type Acked, streamWrites } from './lib/writes.ts';

const root = mkdtempSync(join(tmpdir(), 'hujifen-faults-storage-'));
const mounts: string[] = [];

function mount(args: string[], target: string): void {
  execFileSync('mount', [...args, target], { stdio: 'pipe' });
  mounts.push(target);
}

/** Why mounts cannot be used here, or undefined when they can (root with CAP_SYS_ADMIN). */
function mountUnavailable(): string | undefined {
  const probe = join(root, 'probe');
  try {
    execFileSync('mkdir', ['-p', probe]);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe]);
    return undefined;
  } catch (error) {
    return `mount is not permitted here (${(error as Error).message.split('\n')[0]}): run as root with CAP_SYS_ADMIN`;
  }
}

function unmount(target: string): void {
  execFileSync('umount', [target], { stdio: 'pipe' });
  mounts.splice(mounts.indexOf(target), 1);
}

after(() => {
  for (const m of mounts.reverse()) {
    try {
      execFileSync('umount', [m], { stdio: 'pipe' });
    } catch {
      // already unmounted
    }
  }
  rmSync(root, { recursive: true, force: true });
});

/** Starts the server expecting it to refuse: resolves with its exit code and everything it printed. */
async function failedStart(dataDir: string): Promise<{ code: number | null; output: string }> {
  const s = spawnServer({ name: 'refused', dataDir });
  const timer = setTimeout(() => s.process.kill('SIGKILL'), 30_000);
  const { code } = await s.exited;
  clearTimeout(timer);
  return { code, output: s.output() };
}

function digest(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

const skip = mountUnavailable();
const asRoot = process.getuid?.() === 0;

/**
 * Makes a folder read-only for the server: a read-only bind mount as root (root ignores permissions), the
 * permission bits otherwise. Returns the undo, and the error text the server should report.
 */
function readOnly(folder: string): { undo: () => void; cause: RegExp } {
  if (asRoot) {
    mount(['--bind', folder], folder);
    mount(['-o', 'remount,ro,bind', folder], folder);
    return { undo: () => unmount(folder), cause: /EROFS|read-only/ };
  }
  chmodSync(folder, 0o555);
  return { undo: () => chmodSync(folder, 0o755), cause: /EACCES|permission denied/ };
}

describe('faults: storage (SQLite)', () => {
  it('a read-only data folder: a clear startup error naming the folder; an existing database is left untouched', {
    skip: asRoot ? skip : false,
  }, async (t) => {
    const empty = join(root, 'ro-empty');
    execFileSync('mkdir', ['-p', empty]);
    const emptyRo = readOnly(empty);
    const fresh = await failedStart(empty);
    assert.equal(fresh.code, 1, `exit code: ${fresh.output}`);
    assert.ok(
      fresh.output.includes(empty) && emptyRo.cause.test(fresh.output) && /DATA_DIR/.test(fresh.output),
      `the message names the folder and the cause: ${fresh.output}`,
    );
    assert.deepEqual(readdirSync(empty), [], 'nothing created');
    emptyRo.undo();

    const existing = join(root, 'ro-existing');
    const child = await startChild({ name: 'before-ro', dataDir: existing });
    const http = new Http(child.url);
    await signup(http, 'Read-only test');
    const created = await http.post('/api/v1/cases', { label: 'kept', facts: { birthDate: '1990-01-01' } });
    assert.equal(created.status, 201);
    await child.stop();
    const before = digest(existing);
    const existingRo = readOnly(existing);
    const again = await failedStart(existing);
    assert.equal(again.code, 1);
    assert.ok(again.output.includes(existing) && existingRo.cause.test(again.output), `clear message: ${again.output}`);
    assert.deepEqual(digest(existing), before, 'the database files are byte for byte unchanged');
    existingRo.undo();
    const db = new Database(join(existing, 'hujifen.sqlite'), { readonly: true, fileMustExist: true });
    try {
      assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
      assert.equal((db.prepare('select count(*) as n from cases').get() as { n: number }).n, 1);
    } finally {
      db.close();
    }
    t.diagnostic(`startup message: ${again.output.trim()}`);
  });

  it('a file where the data folder should be: a clear startup error, the file untouched', async () => {
    const file = join(root, 'not-a-folder');
    writeFileSync(file, 'precious');
    const r = await failedStart(file);
    assert.equal(r.code, 1);
    assert.ok(r.output.includes(file) && /DATA_DIR/.test(r.output) && /directory/.test(r.output), `clear message: ${r.output}`);
    assert.equal(readFileSync(file, 'utf8'), 'precious');
  });

  it('a full disk: writes refused with 503 problem+json, acknowledged writes kept, writes accepted again once space is freed', {
    skip,
  }, async (t) => {
    const small = join(root, 'full');
    execFileSync('mkdir', ['-p', small]);
    mount(['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs'], small);
    const child = await startChild({ name: 'disk-full', dataDir: small });
    let acked = new Map<string, Acked>();
    try {
      const http = new Http(child.url);
      await signup(http, 'Disk full test');
      // Ballast that can be deleted later to free space.
      writeFileSync(join(small, 'ballast'), Buffer.alloc(512 * 1024));
      let full = false;
      const writes = streamWrites(http, { prefix: 'f', writers: 4, stop: () => full });
      const deadline = Date.now() + 60_000;
      while (!full && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        full = (writes.stats.refused.get(503) ?? 0) >= 20;
      }
      full = true;
      const result = await writes.done;
      assert.ok(
        (result.refused.get(503) ?? 0) >= 20,
        `the disk filled up: ${JSON.stringify([...result.refused])} after ${result.acked.size} writes`,
      );
      assert.deepEqual([...result.refused.keys()], [503], 'refused only with 503');
      const refused = await http.post('/api/v1/cases', { label: 'no room', facts: { birthDate: '1990-01-01' } });
      assertProblem(refused, 503, 'write on a full disk');
      assert.match(refused.body.detail, /存储|storage/);
      assert.equal((await http.get('/api/v1/policy/versions')).status, 200, 'what needs no write still works');
      // Reading a case writes its audit entry: with no room for it, the read fails closed (503), never unaudited.
      assertProblem(await http.get('/api/v1/cases?limit=1'), 503, 'an audited read on a full disk');

      rmSync(join(small, 'ballast'));
      const again = await http.post('/api/v1/cases', { label: 'room again', facts: { birthDate: '1990-01-01' } });
      assert.equal(again.status, 201, `a write after space is freed: ${again.status} ${again.text.slice(0, 200)}`);
      acked = result.acked;
      assert.equal(child.process.exitCode, null, 'the server kept running');
      t.diagnostic(
        `figures: ${result.acked.size} writes acknowledged before the 3 MiB disk filled, ${result.refused.get(503)} refused with 503, 0 lost, writes accepted again after freeing space`,
      );
    } finally {
      await child.stop();
    }
    // Checked in the file itself: reading through the API writes audit entries, which a nearly full disk may refuse.
    const db = new Database(join(small, 'hujifen.sqlite'), { readonly: true });
    try {
      assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
      const find = db.prepare('select label, revision, facts from cases where id = ?');
      for (const a of acked.values()) {
        const row = find.get(a.id) as { label: string; revision: number; facts: string } | undefined;
        assert.ok(row, `acknowledged case ${a.label} is in the file`);
        assert.equal(row.label, a.label);
        assert.ok(row.revision >= a.revision);
        if (row.revision === a.revision) assert.equal(JSON.stringify(JSON.parse(row.facts)), a.facts, `${a.label}: facts as acknowledged`);
      }
    } finally {
      db.close();
    }
    assert.ok(existsSync(join(small, 'hujifen.sqlite')));
  });
});
