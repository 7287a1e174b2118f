import yauzl from 'yauzl';
import { type Msg, type MsgParams, msg } from '../../core/message.ts';

/** What an uploaded .xlsx may inflate to (config.ts `uploads`; docs/reliability.md explains the defaults). */
export interface XlsxLimits {
  /** Entries in the ZIP (a workbook has a dozen or two). */
  entries: number;
  /** Uncompressed size of any one entry. */
  entryBytes: number;
  /** Uncompressed size of all entries together. */
  totalBytes: number;
  /** Uncompressed ÷ compressed size of an entry larger than 1 MiB (real sheets stay far below; padding does not). */
  ratio: number;
  /** `<si>` items in xl/sharedStrings.xml (exceljs keeps every one in memory). */
  sharedStrings: number;
  /** Uncompressed size of xl/sharedStrings.xml. */
  sharedStringsBytes: number;
}

/** Below this an entry's ratio is not checked: small XML parts (styles, an empty sheet) compress very well. */
const RATIO_FLOOR = 1 << 20;
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** Why a file breaks a limit (→ 413), or that it is no ZIP at all (→ 422). */
export type XlsxVerdict = { kind: 'tooLarge'; detail: Msg } | { kind: 'unreadable'; detail: Msg } | undefined;

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

const over = (key: string, params: MsgParams): XlsxVerdict => ({ kind: 'tooLarge', detail: msg(`server:xlsx.${key}`, params) });

/**
 * Checks an .xlsx against the limits before anything parses it: entry count and sizes from the central
 * directory (yauzl), then the shared strings counted in one streaming pass that stops at the size limit.
 * The sizes the directory states are enforced while inflating (`validateEntrySizes`), so a file cannot lie
 * about them.
 */
export async function inspectXlsx(path: string, limits: XlsxLimits): Promise<XlsxVerdict> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false });
  } catch (error) {
    return { kind: 'unreadable', detail: unreadable(error) };
  }
  try {
    if (zip.entryCount > limits.entries) {
      return over('entries', { count: zip.entryCount, max: limits.entries });
    }
    let total = 0;
    let shared: yauzl.Entry | undefined;
    for await (const entry of zip.eachEntry()) {
      const size = entry.uncompressedSize;
      total += size;
      if (size > limits.entryBytes) {
        return over('entryBytes', { name: entry.fileName, size: mib(limits.entryBytes) });
      }
      if (total > limits.totalBytes) {
        return over('totalBytes', { size: mib(limits.totalBytes) });
      }
      if (size > RATIO_FLOOR && size > limits.ratio * Math.max(1, entry.compressedSize)) {
        return over('ratio', { name: entry.fileName, ratio: limits.ratio });
      }
      if (entry.fileName === SHARED_STRINGS) shared = entry;
    }
    if (!shared) return undefined;
    if (shared.uncompressedSize > limits.sharedStringsBytes) {
      return over('sharedStringsBytes', { size: mib(limits.sharedStringsBytes) });
    }
    const count = await countItems(await zip.openReadStreamPromise(shared), limits.sharedStrings);
    if (count > limits.sharedStrings) {
      return over('sharedStrings', { max: limits.sharedStrings });
    }
    return undefined;
  } catch (error) {
    return { kind: 'unreadable', detail: unreadable(error) };
  } finally {
    zip.close();
  }
}

/** `<si>` and `<si/>` openings in a stream of XML, counting stops (and the stream is dropped) past `max`. */
async function countItems(stream: NodeJS.ReadableStream & { destroy(): void }, max: number): Promise<number> {
  let count = 0;
  let carry = '';
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      // latin1 keeps one character per byte; `<si` is ASCII, so a match cannot straddle a multi-byte character.
      const text = carry + chunk.toString('latin1');
      const matches = text.match(/<si[\s/>]/g);
      count += matches ? matches.length : 0;
      if (count > max) return count;
      // A tag split between two chunks: keep the last three characters (they cannot hold a whole match).
      carry = text.slice(-3);
    }
    return count;
  } finally {
    stream.destroy();
  }
}

function unreadable(error: unknown): Msg {
  return msg('server:xlsx.unreadable', { why: error instanceof Error ? error.message.slice(0, 200) : String(error) });
}
