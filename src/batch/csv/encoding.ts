import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';

export type CsvEncoding = 'utf8' | 'utf8-bom' | 'gb18030';

/** How many bytes at the end of a chunk belong to a UTF-8 character the next chunk completes. */
function incompleteTail(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/**
 * Which encoding a CSV file is in: UTF-8 (with or without BOM) when every byte is valid UTF-8, otherwise
 * GB18030 (a superset of GBK, what Chinese Excel writes). The whole file is checked — a GBK name on row 90,000
 * must not turn into mojibake — with the native validator, a small fraction of the parse time.
 */
export async function detectCsvEncoding(path: string): Promise<CsvEncoding> {
  let carry: Buffer = Buffer.alloc(0);
  let first = true;
  let bom = false;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    let buf = chunk as Buffer;
    if (first) {
      bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
      first = false;
    }
    if (carry.length) buf = Buffer.concat([carry, buf]);
    const tail = incompleteTail(buf);
    if (!isUtf8(buf.subarray(0, buf.length - tail))) return 'gb18030';
    carry = Buffer.from(buf.subarray(buf.length - tail));
  }
  if (carry.length) return 'gb18030';
  return bom ? 'utf8-bom' : 'utf8';
}
