import { createReadStream, statSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { CsvEncoding } from './encoding.ts';

/**
 * A run of whole CSV records as UTF-8 bytes, cut exactly where csv-parse ends a record, with the line each record
 * starts on. Chunks are parsed apart from each other (in worker threads) and give the same records as the whole
 * file parsed at once: test/cli/csv-chunks.test.ts checks it against csv-parse on random bytes.
 */
export interface CsvChunk {
  bytes: Uint8Array;
  /** The line (1-based, CR, LF and CRLF each one break) each record starts on, in order. */
  lines: Float64Array;
  /** Where each record starts in `bytes`: a worker parses a few records at a time. */
  starts: Float64Array;
  /** The chunk starts the file: only there may a BOM be skipped. */
  first: boolean;
  /**
   * The file's line ending, once met: csv-parse takes the first one it sees, so a chunk parsed alone must be told
   * (in a file of LF lines, a chunk whose first break is a stray CR would otherwise be split at every CR).
   */
  ending?: '\n' | '\r' | '\r\n' | undefined;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;
enum Ending {
  Unknown,
  Lf,
  Cr,
  CrLf,
}
const ENDINGS = [undefined, '\n', '\r', '\r\n'] as const;

/**
 * Finds record boundaries the way csv-parse does with CSV_PARSE_OPTIONS (quote and escape `"`, relax_quotes, no
 * trimming, no comments): a quote opens a quoted field only as a field's first byte; inside one, `""` is a quote
 * and any other `"` ends the quoting; the line ending is the first CRLF, LF or CR met outside quotes, and the other
 * two are data from then on. Bytes are scanned one by one, once, in the main thread — far cheaper than parsing.
 * ASCII bytes never occur inside a multi-byte UTF-8 character, so scanning bytes is exact.
 */
export class CsvSplitter {
  private ending = Ending.Unknown;
  private quoting = false;
  private fieldStart = true;
  private prevCr = false;
  /** Line breaks since the start of the current record. */
  private breaks = 0;
  private line = 1;
  private started = false;
  private first = true;
  /** Stream offsets: of the scanned buffer's first byte, and of the current record's first byte. */
  private offset = 0;
  private recordStart = 0;
  /** Scanned bytes of the chunk being built, from earlier blocks. */
  private parts: Uint8Array[] = [];
  private partsBytes = 0;
  private lines: number[] = [];
  private starts: number[] = [];
  /** Where the current record starts in the chunk being built. */
  private recordAt = 0;
  /** The last byte(s) of a block, kept unscanned until the next byte tells what they mean. */
  private pending: Uint8Array | undefined;

  constructor(
    private readonly rowsPerChunk: number,
    private readonly bytesPerChunk = 1 << 20,
  ) {}

  push(block: Uint8Array): CsvChunk[] {
    const buf = this.pending ? concat([this.pending, block]) : block;
    this.pending = undefined;
    return this.scan(buf, false);
  }

  end(): CsvChunk[] {
    const buf = this.pending ?? new Uint8Array(0);
    this.pending = undefined;
    return this.scan(buf, true);
  }

  private scan(buf: Uint8Array, eof: boolean): CsvChunk[] {
    const out: CsvChunk[] = [];
    const n = buf.length;
    let i = 0;
    if (!this.started) {
      if (n < 3 && !eof) {
        this.pending = buf;
        return out;
      }
      this.started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3; // csv-parse skips it (bom: true)
      this.recordStart = i;
    }
    let chunkStart = 0;
    for (; i < n; i++) {
      const c = buf[i] as number;
      if (this.quoting) {
        if (c === QUOTE) {
          if (i + 1 === n && !eof) break; // `""` or a closing quote: the next byte decides
          if (buf[i + 1] === QUOTE) i++;
          // Closed, properly or (relax_quotes) not: either way the field now has content or ends here.
          else this.quoting = false;
          this.prevCr = false;
        } else this.count(c);
        continue;
      }
      if (c === QUOTE) {
        this.quoting = this.fieldStart;
        this.fieldStart = false;
        this.prevCr = false;
        continue;
      }
      if (c === COMMA) {
        this.fieldStart = true;
        this.prevCr = false;
        continue;
      }
      if (c !== LF && c !== CR) {
        this.fieldStart = false;
        this.prevCr = false;
        continue;
      }
      // A line break outside quotes: it ends the record if it is the file's line ending, else it is data.
      const next = i + 1 < n ? buf[i + 1] : undefined;
      if (c === CR && next === undefined && !eof && this.ending !== Ending.Lf && this.ending !== Ending.Cr) break;
      if (this.ending === Ending.Unknown) this.ending = c === LF ? Ending.Lf : next === LF ? Ending.CrLf : Ending.Cr;
      let end = -1;
      if (c === LF) end = this.ending === Ending.Lf ? i + 1 : -1;
      else if (this.ending === Ending.Cr) end = i + 1;
      else if (this.ending === Ending.CrLf && next === LF) end = i + 2;
      this.count(c);
      if (end < 0) {
        this.fieldStart = false;
        continue;
      }
      if (end === i + 2) this.count(LF);
      this.lines.push(this.line);
      this.starts.push(this.recordAt);
      this.recordAt = this.partsBytes + end - chunkStart;
      this.line += this.breaks;
      this.breaks = 0;
      this.prevCr = false;
      this.fieldStart = true;
      this.recordStart = this.offset + end;
      i = end - 1;
      if (this.lines.length >= this.rowsPerChunk || this.partsBytes + end - chunkStart >= this.bytesPerChunk) {
        out.push(this.emit(buf.subarray(chunkStart, end)));
        chunkStart = end;
      }
    }
    if (i < n) this.pending = buf.subarray(i);
    if (i > chunkStart) {
      this.parts.push(buf.subarray(chunkStart, i));
      this.partsBytes += i - chunkStart;
    }
    this.offset += i;
    if (eof) {
      // Bytes after the last line ending make one more record (or, inside an open quote, csv-parse's error).
      if (this.offset > this.recordStart) {
        this.lines.push(this.line);
        this.starts.push(this.recordAt);
      }
      if (this.lines.length) out.push(this.emit(new Uint8Array(0)));
    }
    return out;
  }

  /** Line breaks within a record: CR, LF and CRLF each count once (a record's line is where it starts). */
  private count(c: number): void {
    if (c === LF) {
      if (!this.prevCr) this.breaks++;
      this.prevCr = false;
    } else if (c === CR) {
      this.breaks++;
      this.prevCr = true;
    } else this.prevCr = false;
  }

  private emit(last: Uint8Array): CsvChunk {
    const chunk: CsvChunk = {
      bytes: concat([...this.parts, last]),
      lines: Float64Array.from(this.lines),
      starts: Float64Array.from(this.starts),
      first: this.first,
      ending: ENDINGS[this.ending],
    };
    this.parts = [];
    this.partsBytes = 0;
    this.lines = [];
    this.starts = [];
    this.recordAt = 0;
    this.first = false;
    return chunk;
  }
}

/** One fresh buffer of its own (never a slice of Node's shared pool), so it can be transferred to a worker. */
function concat(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A CSV file as chunks of whole records, in UTF-8: a GB18030 file is decoded here (as the whole-file reader did)
 * and re-encoded, so the split and the parse see exactly the text csv-parse would have seen.
 */
export class CsvChunkReader {
  private readonly file;
  readonly totalBytes: number;
  constructor(
    path: string,
    private readonly encoding: CsvEncoding,
    private readonly rowsPerChunk: number,
  ) {
    this.file = createReadStream(path, { highWaterMark: 1 << 16 });
    this.totalBytes = statSync(path).size;
  }

  bytesRead(): number {
    return this.file.bytesRead;
  }

  close(): void {
    this.file.destroy();
  }

  async *chunks(): AsyncGenerator<CsvChunk> {
    const splitter = new CsvSplitter(this.rowsPerChunk);
    const decoder = this.encoding === 'gb18030' ? iconv.getDecoder('gb18030') : undefined;
    for await (const block of this.file as AsyncIterable<Buffer>) {
      yield* splitter.push(decoder ? Buffer.from(decoder.write(block)) : block);
    }
    const tail = decoder?.end();
    if (tail) yield* splitter.push(Buffer.from(tail));
    yield* splitter.end();
  }
}
