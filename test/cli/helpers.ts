import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runs the command as a user would (`node bin/hujifen.mjs …`) and collects what it printed and its exit code. */

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'hujifen.mjs');
export const EXAMPLES = join(ROOT, 'examples');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function hujifen(args: readonly string[], options: { input?: string; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    // NODE_OPTIONS from the test runner (--import tsx) must not leak in: the bin registers tsx itself.
    const env = { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '0' };
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `hujifen-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A stack trace line ("    at fn (file:line:col)") must never reach the user. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text);
}

/** The rows of the score table: indicator label → [points, max, counted]. */
export function tableRows(text: string): Map<string, string[]> {
  const lines = text.split('\n');
  const rule = lines.findIndex((l) => /^-+( +-+)+$/.test(l));
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(rule + 1)) {
    if (!line.trim() || !/\s\S+\s+\S+\s+\S+$/.test(line)) break;
    const cells = line.trim().split(/\s{2,}/);
    if (cells.length !== 4) break;
    rows.set(cells[0] as string, cells.slice(1));
  }
  return rows;
}
