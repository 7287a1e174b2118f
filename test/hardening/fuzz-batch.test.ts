// Bounded fuzzing of the batch reader and of `hujifen batch` end to end (npm test); `npm run fuzz` runs
// 100,000 cases per target. FUZZ_SEED=<seed> replays a failure.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { mapHeaders } from '../../src/batch/headers.ts';
import { COLUMNS } from '../../src/batch/layout.ts';
import { SheetError } from '../../src/batch/sheet-error.ts';
import { describeError } from '../../src/cli/errors.ts';
import { scratchDir, writeXlsx } from './lib/sheets.ts';
import { assertTarget } from './lib/target.ts';
import { batchTarget, csvReaderTarget, readAndAssess, xlsxReaderTarget } from './targets/batch.ts';

async function run<T>(
  target: ReturnType<typeof csvReaderTarget> | ReturnType<typeof xlsxReaderTarget> | ReturnType<typeof batchTarget>,
  runs: number,
) {
  await target.setup?.();
  try {
    return await assertTarget(target as Parameters<typeof assertTarget<T>>[0], runs);
  } finally {
    await target.teardown?.();
  }
}

describe('fuzz: batch reader', () => {
  it('CSV: rows in = rows out on their lines, in UTF-8, UTF-8+BOM and GB18030; damaged files and random bytes read as csv-parse reads them (400 cases)', async () => {
    const tally = await run(csvReaderTarget(), 400);
    assert.ok((tally.get('sheet') ?? 0) >= 150, `generated sheets checked: ${tally.get('sheet')}`);
  });

  it('XLSX: rows in = rows out on their row numbers; damaged and non-XLSX files refused with exit 3, never a hang (200 cases)', async () => {
    const tally = await run(xlsxReaderTarget(), 200);
    assert.ok((tally.get('refused-file') ?? 0) >= 20, `damaged files refused: ${tally.get('refused-file')}`);
  });

  it('hujifen batch end to end: one output row per input record, exit code 0/5, no partial file (150 cases)', async () => {
    const tally = await run(batchTarget(), 150);
    assert.ok((tally.get('written') ?? 0) >= 50, `outputs written and read back: ${tally.get('written')}`);
  });
});

describe('batch reader: regressions found by the fuzzers', () => {
  const dir = scratchDir('hujifen-readers-');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('XLSX: Chinese text of a large sheet comes out intact (exceljs split characters between 16 KiB chunks)', async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `张${'伟芳娜秀英敏静丽强磊'.repeat(1 + (i % 3))}${i}`);
    const spec = {
      headers: ['编号', '出生日期'],
      keys: ['reference', 'birthDate'],
      records: names.map((n) => [n, '1990-01-01']),
      leading: 0,
    };
    const path = join(dir, 'names.xlsx');
    writeFileSync(path, (await writeXlsx(spec, false)).bytes);
    const out = await readAndAssess(path, 'xlsx');
    assert.equal(out.rows.length, names.length);
    const damaged = out.rows.filter((r, i) => r.cells[0] !== names[i]);
    assert.deepEqual(damaged.map((r) => r.cells[0]).slice(0, 3), [], `${damaged.length} names damaged`);
  });

  it('a header with its hint in nested brackets, as the legend sheet words the type, names its column', () => {
    const map = mapHeaders(['临港年数（年数（可带一位小数））', '出生日期（日期 YYYY-MM-DD）', 'zz（x）'], COLUMNS);
    assert.deepEqual(map.keys, ['lingangYears', 'birthDate', null]);
  });

  it('XLSX: a damaged local header is refused at once with exit 3 (it used to hang the reader for ever)', async () => {
    const good = (await writeXlsx({ headers: ['出生日期'], keys: ['birthDate'], records: [['1990-01-01']], leading: 0 }, false)).bytes;
    const path = join(dir, 'damaged.xlsx');
    writeFileSync(path, Buffer.concat([good.subarray(0, 18), Buffer.from([0xfa]), good.subarray(18)]));
    const started = Date.now();
    await assert.rejects(
      readAndAssess(path, 'xlsx'),
      (e: unknown) => e instanceof SheetError && describeError(e, 'en').code === 3 && /not a valid \.xlsx/.test(e.text.en),
    );
    assert.ok(Date.now() - started < 5000, 'refused without waiting');
  });
});
