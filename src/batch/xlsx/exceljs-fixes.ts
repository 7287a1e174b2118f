/**
 * Two bugs of exceljs 4.4.0's streaming reader, fixed by putting corrected modules in its place before exceljs
 * loads. This must be imported before anything imports exceljs (xlsx-source.ts does).
 *
 * 1. lib/utils/parse-sax.js decodes every chunk of XML on its own, so a multi-byte character that straddles two
 *    chunks — any Chinese character, sooner or later in a sheet of more than 16 KiB — comes out as U+FFFD
 *    (exceljs issues #2063, #2084, #2316; fixes proposed in PRs #1665, #2081, #2213, unreleased). The
 *    replacement is the same parser with one TextDecoder in streaming mode per XML part.
 * 2. lib/utils/iterate-stream.js stops at the first 'end' event. unzipper's Parse emits one of its own as soon
 *    as its input is written, while entries it has already pushed may still wait in its buffer; when the reader
 *    happens to be paused then, it never sees the last entries (xl/workbook.xml comes last in files exceljs
 *    writes) and fails with "Cannot read properties of undefined (reading 'sheets')" — about once in 600 reads
 *    of a small workbook on a busy machine. The replacement ends only at Node's own end of the stream.
 */
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { PassThrough } from 'node:stream';

const require = createRequire(import.meta.url);
const MARK = 'hujifenFixed';

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

/** Puts `exports` in the module cache under exceljs's file; false when exceljs already loaded its own. */
function replace(file: string, make: (path: string) => object): boolean {
  let path: string;
  try {
    path = require.resolve(`exceljs/lib/utils/${file}`);
  } catch {
    return false;
  }
  const existing = require.cache[path];
  if (existing) return (existing.exports as Record<string, unknown>)[MARK] === true;
  const module = new Module(path);
  module.filename = path;
  module.loaded = true;
  module.exports = Object.assign(make(path), { [MARK]: true });
  require.cache[path] = module;
  return true;
}

function parseSaxStreaming(path: string) {
  const { SaxesParser } = require(require.resolve('saxes', { paths: [dirname(path)] })) as {
    SaxesParser: new () => { on(event: string, fn: (v: unknown) => void): void; write(s: string): void };
  };
  return async function* parseSax(input: AsyncIterable<Buffer | string> & { pipe?: unknown }): AsyncGenerator<SaxEvent[]> {
    const iterable =
      input.pipe && !(Symbol.asyncIterator in input) ? (input as unknown as NodeJS.ReadableStream).pipe(new PassThrough()) : input;
    const parser = new SaxesParser();
    const decoder = new TextDecoder('utf-8');
    let error: unknown;
    let events: SaxEvent[] = [];
    parser.on('error', (e) => {
      error = e;
    });
    parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
    parser.on('text', (value) => events.push({ eventType: 'text', value }));
    parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
    for await (const chunk of iterable as AsyncIterable<Buffer | string>) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.decode();
    if (rest) {
      parser.write(rest);
      if (error) throw error;
      yield events;
    }
  };
}

/**
 * Like exceljs's: paused between chunks, and left paused (not destroyed) when the caller stops early, so
 * exceljs can still drain the rest of a ZIP entry.
 */
async function* iterateStream(stream: NodeJS.ReadableStream & { readableEnded?: boolean }): AsyncGenerator<unknown> {
  const contents: unknown[] = [];
  let ended = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  stream.on('data', (data) => {
    contents.push(data);
    signal();
  });
  stream.on('end', () => {
    // unzipper's early 'end' comes while readableEnded is still false; Node's own sets it first.
    if (stream.readableEnded === false) return;
    ended = true;
    signal();
  });
  stream.on('error', (error) => {
    failure = { error };
    signal();
  });
  while (!ended || contents.length > 0) {
    if (failure) throw failure.error;
    if (contents.length === 0) {
      const next = new Promise<void>((resolve) => {
        wake = resolve;
      });
      stream.resume();
      await next;
    } else {
      stream.pause();
      yield contents.shift();
    }
  }
  if (failure) throw failure.error;
}

/** False when exceljs was loaded before this module (then Chinese text in large sheets may be damaged). */
export const exceljsUtf8Streaming: boolean = replace('parse-sax.js', parseSaxStreaming);
/** False when exceljs was loaded before this module (then a workbook is sometimes read only in part). */
export const exceljsWholeStreams: boolean = replace('iterate-stream.js', () => iterateStream);
