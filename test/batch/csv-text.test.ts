// The batch writes its CSV lines itself (src/batch/csv/text.ts) rather than through csv-stringify, which cost
// a tenth of a worker's time: the lines must be byte for byte what csv-stringify writes with its defaults.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { csvLine, Utf8Writer } from '../../src/batch/csv/text.ts';

describe('CSV lines', () => {
  it('quotes only cells with a comma, a quote or a line break, doubling quotes', () => {
    assert.equal(
      csvLine(['a', '', 'b,c', 'say "hi"', 'x\ny', 'r\rs', 120, 0, -50, '已评分']),
      'a,,"b,c","say ""hi""","x\ny","r\rs",120,0,-50,已评分\n',
    );
    assert.equal(csvLine([]), '\n');
    assert.equal(csvLine(['']), '\n');
  });

  it('matches csv-stringify on random cells (2,000 rows)', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', '本', '\t', '=', "'", '\ufeff') }),
      fc.string(),
      fc.integer({ min: -1000, max: 100_000 }),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), (cells) => {
        assert.equal(csvLine(cells), stringify([cells]));
      }),
      { numRuns: 2000 },
    );
  });

  it('appends UTF-8 into one buffer, growing it as needed', () => {
    const w = new Utf8Writer();
    const text = `${'本科学士,'.repeat(20_000)}\n`; // 100,001 UTF-16 units, 260,001 bytes: past the first 64 KiB
    w.write('a');
    w.write(text);
    w.write('😀');
    const bytes = w.bytes();
    assert.equal(Buffer.from(bytes).toString('utf8'), `a${text}😀`);
    assert.equal(bytes.byteLength, 1 + 260_001 + 4);
    assert.equal(bytes.buffer.byteLength, bytes.byteLength, 'a buffer of its own, to transfer');
  });
});
