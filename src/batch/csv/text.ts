/**
 * One CSV line, as csv-stringify writes it with its defaults (comma, `"` quoting only where needed, quotes
 * doubled, LF): written out here because csv-stringify's per-field options and casting cost a tenth of a batch
 * worker's time. test/cli/csv-text.test.ts checks it against csv-stringify.
 */
export function csvLine(cells: readonly (string | number)[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i) line += ',';
    const v = cells[i];
    if (typeof v === 'number') line += v;
    else if (v !== undefined) line += NEEDS_QUOTES.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
  }
  return `${line}\n`;
}

const NEEDS_QUOTES = /[",\r\n]/;

const encoder = new TextEncoder();

/**
 * Text appended as UTF-8 into one growing buffer. Outside the JavaScript heap, a chunk's output is never copied
 * by the garbage collector while the chunk is assessed, and it moves to the main thread without a copy.
 */
export class Utf8Writer {
  private buf = new Uint8Array(1 << 16);
  private size = 0;

  write(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.buf.length - this.size < text.length * 3) {
      const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.size + text.length * 3));
      bigger.set(this.buf.subarray(0, this.size));
      this.buf = bigger;
    }
    this.size += encoder.encodeInto(text, this.buf.subarray(this.size)).written;
  }

  /** The bytes written, in a buffer of their own. */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.size);
  }
}
