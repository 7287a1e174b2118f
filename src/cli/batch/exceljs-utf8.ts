/**
 * exceljs 4.4.0's streaming reader decodes every chunk of XML on its own (lib/utils/parse-sax.js), so a
 * multi-byte character that straddles two chunks — any Chinese character, sooner or later in a sheet of more
 * than 16 KiB — comes out as U+FFFD (exceljs issues #2063, #2084, #2316; fixes proposed in PRs #1665, #2081,
 * #2213, unreleased). This puts in its place, before exceljs loads, the same parser with one TextDecoder in
 * streaming mode per XML part. It must be imported before anything imports exceljs (xlsx-source.ts does).
 */
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { PassThrough } from 'node:stream';

const require = createRequire(import.meta.url);

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

function install(): boolean {
  let path: string;
  try {
    path = require.resolve('exceljs/lib/utils/parse-sax.js');
  } catch {
    return false;
  }
  const existing = require.cache[path];
  if (existing) return (existing.exports as { utf8Streaming?: boolean }).utf8Streaming === true;
  const { SaxesParser } = require(require.resolve('saxes', { paths: [dirname(path)] })) as {
    SaxesParser: new () => { on(event: string, fn: (v: unknown) => void): void; write(s: string): void };
  };
  async function* parseSax(input: AsyncIterable<Buffer | string> & { pipe?: unknown }): AsyncGenerator<SaxEvent[]> {
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
  }
  Object.assign(parseSax, { utf8Streaming: true });
  const module = new Module(path);
  module.filename = path;
  module.loaded = true;
  module.exports = parseSax;
  require.cache[path] = module;
  return true;
}

/** False when exceljs was loaded before this module (then Chinese text in large sheets may be damaged). */
export const exceljsUtf8Streaming: boolean = install();
