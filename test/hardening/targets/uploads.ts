/**
 * Fuzz target of XLSX uploads to `POST /api/v1/batch`, against the server as a child process (SQLite) with a
 * temporary folder of its own: zip bombs (a sheet padded with spaces, millions of shared strings, thousands of
 * entries), XML bombs (nested entities, deep nesting), truncated and bit-flipped workbooks, wrong magic bytes,
 * and the valid template. Every answer is 200 (the valid template only) or a 413/422 problem+json, within 30 s;
 * /healthz answers after every case; no file is left in the temporary folder.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { paddedSheetBomb, sharedStringsBomb, templateXlsx } from '../lib/bombs.ts';
import { assertProblem, Http } from '../lib/http.ts';
import { type Child, startChild } from '../lib/server-child.ts';
import { scratchDir } from '../lib/sheets.ts';
import { count, type FuzzTarget } from '../lib/target.ts';
import { filesUnder } from '../lib/temp-files.ts';
import { entry, readZip, writeZip } from '../lib/zip.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const KINDS = [
  'valid',
  'padded-sheet',
  'shared-strings',
  'many-entries',
  'entity-bomb',
  'deep-nesting',
  'truncated',
  'bit-flip',
  'wrong-magic',
] as const;
type Kind = (typeof KINDS)[number];

interface UploadCase {
  kind: Kind;
  /** Size knob of the kind (MiB of padding, millions of strings, a cut or flip position…). */
  n: number;
  byte: number;
}

/** The template with one entry's text replaced. */
function withEntry(template: Buffer, name: string, text: (old: string) => string): Buffer {
  const entries = readZip(template);
  return writeZip([...entries].map(([n, data]) => entry(n, n === name ? Buffer.from(text(data.toString('utf8'))) : data)));
}

async function build(template: Buffer, c: UploadCase): Promise<Buffer> {
  switch (c.kind) {
    case 'valid':
      return template;
    case 'padded-sheet':
      return paddedSheetBomb(template, 2 + (c.n % 40));
    case 'shared-strings':
      return sharedStringsBomb(template, 1_000_001 + (c.n % 4) * 1_000_000);
    case 'many-entries': {
      const entries = [...readZip(template)].map(([n, d]) => entry(n, d));
      for (let i = 0; i < 1000 + (c.n % 500); i++) entries.push(entry(`xl/media/pad${i}.bin`, Buffer.alloc(1)));
      return writeZip(entries);
    }
    case 'entity-bomb': {
      // "Billion laughs": ten levels of ten references each, declared in the shared strings' DOCTYPE.
      const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
      return withEntry(template, 'xl/sharedStrings.xml', (old) =>
        old.replace('?>', `?><!DOCTYPE sst [<!ENTITY l0 "ha">${levels}]>`).replace('<si>', '<si><t>&l10;</t></si><si>'),
      );
    }
    case 'deep-nesting':
      return withEntry(template, 'xl/worksheets/sheet1.xml', (old) =>
        old.replace('<sheetData>', `<sheetData>${'<row>'.repeat(10_000 + c.n)}`),
      );
    case 'truncated':
      return template.subarray(0, c.n % template.length);
    case 'bit-flip': {
      const copy = Buffer.from(template);
      const at = c.n % copy.length;
      copy[at] = (copy[at] as number) ^ (1 + (c.byte % 255));
      return copy;
    }
    case 'wrong-magic': {
      const heads = ['%PDF-1.7\n', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', '编号,出生日期\n', 'PK\x05\x06', ''];
      return Buffer.concat([Buffer.from(heads[c.n % heads.length] as string, 'latin1'), template.subarray(4 + (c.byte % 16))]);
    }
  }
}

export function uploadsTarget(): FuzzTarget<UploadCase> {
  const tally = new Map<string, number>();
  let child: Child | undefined;
  let dir = '';
  let serverTmp = '';
  let template: Buffer = Buffer.alloc(0);
  return {
    name: 'uploads',
    proves:
      'XLSX uploads (zip and XML bombs, truncated, bit-flipped, wrong magic): 200 only for the valid template, else 413/422 problem+json within 30 s; /healthz answers; no file left in the temporary folder',
    async: true,
    tally,
    arbitrary: fc.record({ kind: fc.constantFrom(...KINDS), n: fc.nat({ max: 1_000_000 }), byte: fc.nat({ max: 255 }) }),
    async setup() {
      dir = scratchDir('hujifen-fuzz-uploads-');
      serverTmp = join(dir, 'tmp');
      mkdirSync(serverTmp);
      child = await startChild({ name: 'fuzz-uploads', dataDir: join(dir, 'data'), env: { TMPDIR: serverTmp } });
      template = templateXlsx(dir);
    },
    async teardown() {
      await child?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
    async check(c) {
      const url = (child as Child).url;
      const body = await build(template, c);
      const r = await new Http(url).post('/api/v1/batch?date=2025-01-15', new Uint8Array(body), { 'content-type': XLSX });
      count(tally, `${c.kind}:${r.status}`);
      if (c.kind === 'valid') assert.equal(r.status, 200, r.text.slice(0, 300));
      else if (r.status !== 200) assertProblem(r, [413, 422], c.kind);
      // A damaged copy can still be a readable workbook (a flipped bit in a name, a cut after the directory…).
      else assert.ok(['bit-flip', 'truncated', 'wrong-magic'].includes(c.kind), `${c.kind} accepted`);
      if (['padded-sheet', 'shared-strings', 'many-entries'].includes(c.kind)) assert.equal(r.status, 413, `${c.kind}: over a limit`);
      assert.equal((await fetch(`${url}/healthz`)).status, 200, '/healthz after the case');
      let left = filesUnder(serverTmp);
      for (let waited = 0; left.length && waited < 5000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        left = filesUnder(serverTmp);
      }
      assert.deepEqual(left, [], `${c.kind}: files left in the temporary folder`);
    },
    mustSee: (runs) =>
      runs >= 60 ? ['valid:200', 'padded-sheet:413', 'shared-strings:413', 'many-entries:413', 'entity-bomb:422', 'truncated:422'] : [],
  };
}
