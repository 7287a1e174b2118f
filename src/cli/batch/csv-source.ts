import { createReadStream, statSync } from 'node:fs';
import { type CsvError, type Options, type Parser, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { CsvEncoding } from './encoding.ts';
import type { Source, SourceRow } from './source.ts';

/**
 * csv-parse options of every CSV we read (the benchmark uses the same): blank lines are kept as records so
 * they can be reported, rows may be short or long, and a malformed record is skipped — and reported — instead
 * of ending the run. `raw` gives each record's text: csv-parse counts a CRLF inside quotes as two lines, so the
 * line a row starts on is counted here from the line breaks in its text.
 */
export const CSV_PARSE_OPTIONS: Options = {
  bom: true,
  info: true,
  raw: true,
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
  skip_records_with_error: true,
};

interface InfoRecord {
  record: string[];
  raw: string;
}

/** Line breaks inside a record's text (CRLF, LF or CR each count once), not counting the one that ends it. */
export function innerLineBreaks(raw: string): number {
  let end = raw.length;
  if (raw.charCodeAt(end - 1) === 10) end--;
  if (raw.charCodeAt(end - 1) === 13) end--;
  let n = 0;
  for (let i = raw.indexOf('\n'); i >= 0 && i < end; i = raw.indexOf('\n', i + 1)) n++;
  for (let i = raw.indexOf('\r'); i >= 0 && i < end; i = raw.indexOf('\r', i + 1)) if (raw.charCodeAt(i + 1) !== 10) n++;
  return n;
}

interface SkipMarker {
  skipped: CsvError & { lines?: number };
}

export function csvSource(path: string, encoding: CsvEncoding): Source {
  const file = createReadStream(path, { highWaterMark: 1 << 16 });
  let parser: Parser;
  // A skipped record is pushed into the stream where it occurred, so it keeps its place among the rows.
  const options: Options = {
    ...CSV_PARSE_OPTIONS,
    on_skip: (err) => {
      if (err) parser.push({ skipped: err } satisfies SkipMarker);
      return undefined;
    },
  };
  parser = parse(options);
  if (encoding === 'gb18030') file.pipe(iconv.decodeStream('gb18030')).pipe(parser);
  else file.pipe(parser);
  file.on('error', (e) => parser.destroy(e));

  async function* rows(): AsyncGenerator<SourceRow> {
    let line = 1;
    for await (const item of parser as AsyncIterable<InfoRecord | SkipMarker>) {
      if ('skipped' in item) {
        yield { line, cells: [], error: csvErrorText(item.skipped.code, line) };
        line = Math.max(line, item.skipped.lines ?? line) + 1;
        continue;
      }
      yield { line, cells: item.record };
      line += 1 + innerLineBreaks(item.raw);
    }
  }
  return {
    rows: rows(),
    bytesRead: () => file.bytesRead,
    totalBytes: statSync(path).size,
    close: () => {
      parser.destroy();
      file.destroy();
    },
  };
}

function csvErrorText(code: string, line: number) {
  return code === 'CSV_QUOTE_NOT_CLOSED'
    ? {
        zh: `第${line}行起的引号没有闭合，此后的内容无法按行读取`,
        en: `a quote opened on line ${line} is never closed: the rest of the file cannot be split into rows`,
      }
    : { zh: `该行不是有效的 CSV（${code}）`, en: `not a valid CSV row (${code})` };
}
