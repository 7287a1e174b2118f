// The replacements of exceljs's stream helpers (src/batch/xlsx/exceljs-fixes.ts), driven the way exceljs drives them.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { exceljsUtf8Streaming, exceljsWholeStreams } from '../../src/batch/xlsx/exceljs-fixes.ts';

const require = createRequire(import.meta.url);
const iterateStream = require('exceljs/lib/utils/iterate-stream.js') as (s: Readable) => AsyncGenerator<unknown>;
const parseSax = require('exceljs/lib/utils/parse-sax.js') as (
  s: AsyncIterable<Buffer>,
) => AsyncGenerator<{ eventType: string; value: unknown }[]>;

describe('exceljs stream fixes', () => {
  it('are installed in place of exceljs’s own modules', () => {
    assert.equal(exceljsUtf8Streaming, true);
    assert.equal(exceljsWholeStreams, true);
  });

  it("reads every entry pushed before unzipper's early 'end', up to the stream's own end", async () => {
    // As unzipper's Parse does: entries pushed while the reader is paused, then 'end' emitted by hand.
    const zip = new Readable({ objectMode: true, read() {} });
    zip.push('sheet1.xml');
    const seen: unknown[] = [];
    for await (const entry of iterateStream(zip)) {
      seen.push(entry);
      if (entry === 'sheet1.xml') {
        zip.push('sharedStrings.xml');
        zip.push('workbook.xml');
        zip.emit('end');
        setImmediate(() => zip.push(null));
      }
    }
    // exceljs's own stopped after sheet1.xml, losing workbook.xml.
    assert.deepEqual(seen, ['sheet1.xml', 'sharedStrings.xml', 'workbook.xml']);
  });

  it('passes on a stream error', async () => {
    const zip = new Readable({ read() {} });
    setImmediate(() => zip.destroy(new Error('bad zip')));
    await assert.rejects(async () => {
      for await (const _ of iterateStream(zip)) {
        // nothing comes
      }
    }, /bad zip/);
  });

  it('decodes a Chinese character split between two chunks', async () => {
    const xml = Buffer.from('<t>社保明细</t>');
    // '社' is bytes 3..5: cut inside it.
    const chunks = [xml.subarray(0, 4), xml.subarray(4)];
    let text = '';
    for await (const events of parseSax(Readable.from(chunks))) {
      for (const e of events) if (e.eventType === 'text') text += String(e.value);
    }
    assert.equal(text, '社保明细');
  });
});
