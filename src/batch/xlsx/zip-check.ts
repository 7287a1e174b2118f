import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';

interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  csize: number;
  usize: number;
  offset: number;
  /** Where the compressed data starts (after the local header). */
  data: number;
}

/**
 * The ZIP structure of a file (an .xlsx is a ZIP): the central directory at the end, checked against every
 * local header the streaming reader will trust in turn. Returns the entries, or why the structure does not hold.
 */
function zipEntries(path: string): Entry[] | string {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const read = (at: number, length: number): Buffer => {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - at)));
      if (buf.length) readSync(fd, buf, 0, buf.length, at);
      return buf;
    };
    if (size < 22) return 'too short';
    const tailStart = Math.max(0, size - 22 - 0xffff);
    const tail = read(tailStart, size - tailStart);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0 && eocd < 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50 && i + 22 + tail.readUInt16LE(i + 20) === tail.length) eocd = i;
    }
    if (eocd < 0) return 'no ZIP end record';
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0 || cdOffset + cdSize !== tailStart + eocd) return 'ZIP directory out of place';
    const cd = read(cdOffset, cdSize);
    const entries: Entry[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) return 'damaged ZIP directory';
      const nameLen = cd.readUInt16LE(p + 28);
      entries.push({
        flags: cd.readUInt16LE(p + 8),
        method: cd.readUInt16LE(p + 10),
        crc: cd.readUInt32LE(p + 16),
        csize: cd.readUInt32LE(p + 20),
        usize: cd.readUInt32LE(p + 24),
        offset: cd.readUInt32LE(p + 42),
        name: cd.toString('latin1', p + 46, p + 46 + nameLen),
        data: 0,
      });
      p += 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    if (p !== cd.length) return 'damaged ZIP directory';
    entries.sort((a, b) => a.offset - b.offset);
    // The streaming reader reads entry after entry from offset 0: each must start where the previous one ends.
    let next = 0;
    for (const e of entries) {
      const h = read(e.offset, 30);
      if (e.offset !== next || h.length < 30 || h.readUInt32LE(0) !== 0x04034b50) return `damaged ZIP entry ${e.name}`;
      const nameLen = h.readUInt16LE(26);
      const descriptor = (e.flags & 8) !== 0;
      const same =
        read(e.offset + 30, nameLen).toString('latin1') === e.name &&
        h.readUInt16LE(6) === e.flags &&
        h.readUInt16LE(8) === e.method &&
        (e.method === 8 || (e.method === 0 && !descriptor && e.csize === e.usize)) &&
        (descriptor || (h.readUInt32LE(18) === e.csize && h.readUInt32LE(22) === e.usize));
      if (!same) return `damaged ZIP entry ${e.name}`;
      e.data = e.offset + 30 + nameLen + h.readUInt16LE(28);
      next = e.data + e.csize;
      if (descriptor) next += read(next, 4).length === 4 && read(next, 4).readUInt32LE(0) === 0x08074b50 ? 16 : 12;
    }
    return next === cdOffset ? entries : 'ZIP entries do not end where the directory starts';
  } finally {
    closeSync(fd);
  }
}

/** Entries up to this size are checked in memory (most of an .xlsx); larger ones are streamed. */
const IN_MEMORY = 4 << 20;

/** Decompresses one entry without keeping it: the size and checksum must be the ones the directory states. */
async function entryProblem(path: string, e: Entry): Promise<string | undefined> {
  if (e.csize === 0) return e.usize === 0 ? undefined : `damaged ZIP entry ${e.name}`;
  if (e.csize <= IN_MEMORY && e.usize <= IN_MEMORY) {
    const fd = openSync(path, 'r');
    try {
      const raw = Buffer.alloc(e.csize);
      readSync(fd, raw, 0, e.csize, e.data);
      const data = e.method === 8 ? inflateRawSync(raw, { maxOutputLength: IN_MEMORY + 1 }) : raw;
      return data.length === e.usize && crc32(data) >>> 0 === e.crc >>> 0 ? undefined : `damaged ZIP entry ${e.name}`;
    } catch {
      return `damaged ZIP entry ${e.name}`;
    } finally {
      closeSync(fd);
    }
  }
  const raw = createReadStream(path, { start: e.data, end: e.data + e.csize - 1 });
  const stream = e.method === 8 ? raw.pipe(createInflateRaw()) : raw;
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      crc = crc32(chunk, crc);
    }
  } catch {
    return `damaged ZIP entry ${e.name}`;
  } finally {
    raw.destroy();
  }
  return size === e.usize && crc >>> 0 === e.crc >>> 0 ? undefined : `damaged ZIP entry ${e.name}`;
}

/**
 * Why a file cannot be read as an .xlsx, or undefined. exceljs's streaming reader trusts the file: a damaged
 * local header or compressed stream can make it wait forever instead of failing, so the whole container is
 * checked first (structure, then every entry's size and CRC) — a pass over the file, far cheaper than parsing it.
 */
export async function zipProblem(path: string): Promise<string | undefined> {
  const entries = zipEntries(path);
  if (typeof entries === 'string') return entries;
  for (const e of entries) {
    const problem = await entryProblem(path, e);
    if (problem) return problem;
  }
  return undefined;
}
