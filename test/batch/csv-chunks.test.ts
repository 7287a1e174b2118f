// The CSV splitter (src/batch/csv/chunks.ts) cuts a file into chunks that are parsed apart, in workers. Cut
// anywhere csv-parse would not end a record, rows would change or move: so chunked parsing must give exactly what
// csv-parse gives on the whole file at once, with each record on the line it starts on.
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { type CsvChunk, CsvChunkReader, CsvSplitter } from '../../src/batch/csv/chunks.ts';
import { CSV_PARSE_OPTIONS, parseCsvChunk, readCsvChunk } from '../../src/batch/csv/source.ts';
import { tempDir } from '../cli/helpers.ts';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
type Row = { line: number; cells: string[] } | { line: number; error: string };

/** Line breaks inside a record's raw text (CR, LF, CRLF once each), not the one ending it: how lines were counted. */
function innerLineBreaks(raw: string): number {
  let end = raw.length;
  if (raw.charCodeAt(end - 1) === 10) end--;
  if (raw.charCodeAt(end - 1) === 13) end--;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || (c === 13 && raw.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** The reference: csv-parse on the whole text at once, lines counted from each record's raw text. */
function atOnce(utf8: Buffer): Row[] {
  const rows: Row[] = [];
  let line = 1;
  parse(utf8, {
    ...CSV_PARSE_OPTIONS,
    raw: true,
    on_record: (r: unknown) => {
      const { record, raw } = r as { record: string[]; raw: string };
      rows.push({ line, cells: record });
      line += 1 + innerLineBreaks(raw);
      return null;
    },
    on_skip: (err) => {
      if (err) rows.push({ line, error: err.code });
    },
  });
  return rows;
}

function chunked(utf8: Uint8Array, blockSizes: number[], rowsPerChunk: number, sliceRecords = 64): { rows: Row[]; chunks: CsvChunk[] } {
  const splitter = new CsvSplitter(rowsPerChunk, 64);
  const chunks: CsvChunk[] = [];
  let at = 0;
  for (let b = 0; at < utf8.length; b++) {
    const size = blockSizes.length ? (blockSizes[b % blockSizes.length] as number) : utf8.length;
    chunks.push(...splitter.push(utf8.subarray(at, at + size)));
    at += size;
  }
  chunks.push(...splitter.end());
  const rows: Row[] = [];
  for (const c of chunks) {
    readCsvChunk(
      c,
      (r) => rows.push(r.error ? { line: r.line, error: 'CSV_QUOTE_NOT_CLOSED' } : { line: r.line, cells: r.cells }),
      sliceRecords,
    );
  }
  return { rows, chunks };
}

/** What the reader feeds the splitter: UTF-8 as it is, anything else decoded as GB18030 and re-encoded. */
function asUtf8(bytes: Buffer): Buffer {
  return isUtf8(bytes) ? bytes : Buffer.from(iconv.decode(bytes, 'gb18030'));
}

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(',', '"', '\n', '\r\n', '\r', '""', 'a', 'bc', ' ', '本科', '\0', '\ufeff', '"a,b"', ',"') },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4 }).map((b) => Buffer.from(b)) },
);
const csvBytes = fc
  .tuple(fc.constantFrom('', '\ufeff', '"', 'h,i\r\n', 'h,i\n', 'h,i\r'), fc.array(token, { maxLength: 80 }))
  .map(([prefix, tokens]) => Buffer.concat([Buffer.from(prefix), ...tokens.map((t) => (typeof t === 'string' ? Buffer.from(t) : t))]));

describe('CSV chunks: the same rows on the same lines as csv-parse on the whole file', () => {
  it('hand-made cases', () => {
    const cases: [string, Row[]][] = [
      [
        'h\n"multi\nline",1\nlast',
        [
          { line: 1, cells: ['h'] },
          { line: 2, cells: ['multi\nline', '1'] },
          { line: 4, cells: ['last'] },
        ],
      ],
      [
        'h\r\n"a\r\nb",x\r\n\r\nc\r\n',
        [
          { line: 1, cells: ['h'] },
          { line: 2, cells: ['a\r\nb', 'x'] },
          { line: 4, cells: [''] },
          { line: 5, cells: ['c'] },
        ],
      ],
      [
        'h\nx\n"open\nmore\n',
        [
          { line: 1, cells: ['h'] },
          { line: 2, cells: ['x'] },
          { line: 3, error: 'CSV_QUOTE_NOT_CLOSED' },
        ],
      ],
      // A quote inside an unquoted value is data (relax_quotes); after the BOM a quote opens a field.
      [
        '\ufeff"h,1",2\nsay "hi"\n3',
        [
          { line: 1, cells: ['h,1', '2'] },
          { line: 2, cells: ['say "hi"'] },
          { line: 3, cells: ['3'] },
        ],
      ],
      // The first line ending decides: in an LF file a lone CR is data, yet it counts as a line break.
      [
        'h\na\rb\nc',
        [
          { line: 1, cells: ['h'] },
          { line: 2, cells: ['a\rb'] },
          { line: 4, cells: ['c'] },
        ],
      ],
    ];
    for (const [text, expected] of cases) {
      assert.deepEqual(atOnce(Buffer.from(text)), expected, `reference on ${JSON.stringify(text)}`);
      for (const blocks of [[], [1], [2, 3], [5]]) {
        for (const [rowsPerChunk, slice] of [
          [1, 1],
          [2, 1],
          [100, 2],
          [100, 64],
        ] as const) {
          assert.deepEqual(
            chunked(Buffer.from(text), blocks, rowsPerChunk, slice).rows,
            expected,
            `${JSON.stringify(text)} in blocks ${blocks}, ${rowsPerChunk} rows a chunk parsed ${slice} at a time`,
          );
        }
      }
    }
  });

  it('random bytes, cut into random blocks and chunks, parsed a few records at a time (2,000 cases)', () => {
    fc.assert(
      fc.property(
        csvBytes,
        fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 3 }),
        (bytes, blocks, rowsPerChunk, slice) => {
          const utf8 = asUtf8(bytes);
          const { rows, chunks } = chunked(utf8, blocks, rowsPerChunk, slice);
          assert.deepEqual(rows, atOnce(utf8));
          // Every byte is in exactly one chunk, in order (a file of a BOM alone has no record, so no chunk); only the
          // first chunk may skip a BOM.
          if (chunks.length) assert.deepEqual(Buffer.concat(chunks.map((c) => c.bytes)), utf8);
          else assert.ok(utf8.length === 0 || utf8.equals(BOM));
          assert.deepEqual(
            chunks.map((c) => c.first),
            chunks.map((_, i) => i === 0),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('files: UTF-8 read in 64 KiB blocks, GB18030 decoded on the way, records across every block boundary', async () => {
    const tmp = tempDir('csv-chunks');
    try {
      const row = (i: number) => `R${i},"张伟${'芳'.repeat(i % 7)}\n第二行",${i % 3 ? '是' : '"否"'},2024-0${1 + (i % 9)}-01\r\n`;
      const text = `编号,姓名,全日制,出生日期\r\n${Array.from({ length: 5000 }, (_, i) => row(i)).join('')}`;
      for (const [encoding, bytes] of [
        ['utf8', Buffer.from(text)],
        ['gb18030', iconv.encode(text, 'gb18030')],
      ] as const) {
        const path = join(tmp.dir, `${encoding}.csv`);
        writeFileSync(path, bytes);
        const reader = new CsvChunkReader(path, encoding, 512);
        const rows: Row[] = [];
        for await (const chunk of reader.chunks()) rows.push(...parseCsvChunk(chunk).map((r) => ({ line: r.line, cells: r.cells })));
        assert.deepEqual(rows, atOnce(Buffer.from(text)), encoding);
        assert.equal(rows.length, 5001);
        assert.deepEqual(rows[5000], { line: 10_000, cells: ['R4999', '张伟芳\n第二行', '是', '2024-05-01'] });
        rmSync(path);
      }
    } finally {
      tmp.cleanup();
    }
  });
});
