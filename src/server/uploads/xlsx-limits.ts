import yauzl from 'yauzl';
import type { Text } from '../../engine/types.ts';

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
export type XlsxVerdict = { kind: 'tooLarge'; detail: Text } | { kind: 'unreadable'; detail: Text } | undefined;

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

const over = (zh: string, en: string): XlsxVerdict => ({ kind: 'tooLarge', detail: { zh, en } });

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
      return over(
        `文件包含 ${zip.entryCount} 个部件，最多 ${limits.entries} 个`,
        `the file has ${zip.entryCount} parts; at most ${limits.entries}`,
      );
    }
    let total = 0;
    let shared: yauzl.Entry | undefined;
    for await (const entry of zip.eachEntry()) {
      const size = entry.uncompressedSize;
      total += size;
      if (size > limits.entryBytes) {
        return over(
          `文件中的 ${entry.fileName} 解压后超过 ${mib(limits.entryBytes)}`,
          `${entry.fileName} inflates beyond ${mib(limits.entryBytes)}`,
        );
      }
      if (total > limits.totalBytes) {
        return over(`文件解压后超过 ${mib(limits.totalBytes)}`, `the file inflates beyond ${mib(limits.totalBytes)}`);
      }
      if (size > RATIO_FLOOR && size > limits.ratio * Math.max(1, entry.compressedSize)) {
        return over(
          `文件中的 ${entry.fileName} 压缩比异常（超过 ${limits.ratio} 倍），请用 Excel 或 WPS 重新保存`,
          `${entry.fileName} is compressed more than ${limits.ratio} times: save the sheet again from Excel or WPS`,
        );
      }
      if (entry.fileName === SHARED_STRINGS) shared = entry;
    }
    if (!shared) return undefined;
    if (shared.uncompressedSize > limits.sharedStringsBytes) {
      return over(`共享字符串表超过 ${mib(limits.sharedStringsBytes)}`, `the shared strings exceed ${mib(limits.sharedStringsBytes)}`);
    }
    const count = await countItems(await zip.openReadStreamPromise(shared), limits.sharedStrings);
    if (count > limits.sharedStrings) {
      return over(`共享字符串超过 ${limits.sharedStrings} 个`, `more than ${limits.sharedStrings} shared strings`);
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

function unreadable(error: unknown): Text {
  const why = error instanceof Error ? error.message.slice(0, 200) : String(error);
  return {
    zh: `上传的文件不是有效的 .xlsx（${why}），请用 Excel 或 WPS 重新另存为 .xlsx`,
    en: `the upload is not a valid .xlsx file (${why}): save it again as .xlsx from Excel or WPS`,
  };
}
