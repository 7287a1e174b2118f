/**
 * Hostile workbooks made from `hujifen template` output in the test itself (nothing big is committed): the
 * shared-strings bomb (millions of empty `<si/>`) and the padded-sheet bomb (hundreds of MiB of spaces).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server-child.ts';
import { entry, readZip, repeatedEntry, writeZip, type ZipEntry } from './zip.ts';

/** The XLSX template as `hujifen template` writes it. */
export function templateXlsx(dir: string): Buffer {
  const path = join(dir, 'template.xlsx');
  execFileSync(process.execPath, [join(ROOT, 'bin/hujifen.mjs'), 'template', '--out', path], { stdio: 'ignore' });
  return readFileSync(path);
}

async function replaced(template: Buffer, name: string, make: (text: string) => Promise<ZipEntry>): Promise<Buffer> {
  const entries = readZip(template);
  const original = entries.get(name);
  if (!original) throw new Error(`${name} is not in the template`);
  const out: ZipEntry[] = [];
  for (const [n, data] of entries) out.push(n === name ? await make(data.toString('utf8')) : entry(n, data));
  return writeZip(out);
}

/** The template with `items` more empty shared strings before `</sst>` (5 bytes each inflated). */
export function sharedStringsBomb(template: Buffer, items: number): Promise<Buffer> {
  const block = 100_000;
  return replaced(template, 'xl/sharedStrings.xml', (xml) => {
    const at = xml.lastIndexOf('</sst>');
    return repeatedEntry('xl/sharedStrings.xml', xml.slice(0, at), '<si/>'.repeat(block), Math.ceil(items / block), xml.slice(at));
  });
}

/** The template whose applicant sheet carries `mib` MiB of spaces after its XML declaration (still valid XML). */
export function paddedSheetBomb(template: Buffer, mib: number): Promise<Buffer> {
  return replaced(template, 'xl/worksheets/sheet1.xml', (xml) => {
    const at = xml.indexOf('?>') + 2;
    return repeatedEntry('xl/worksheets/sheet1.xml', xml.slice(0, at), ' '.repeat(1 << 20), mib, xml.slice(at));
  });
}
