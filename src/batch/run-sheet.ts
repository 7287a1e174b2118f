import type { Lang } from '../core/lang.ts';
import { msg } from '../core/message.ts';
import { text } from '../messages/catalogue.ts';
import type { ReadingChoice } from '../policy/readings.ts';
import type { Work } from './chunk.ts';
import { blankChunk, type ChunkOut, type OutputFormat } from './chunk-out.ts';
import { type HeaderMap, mapHeaders } from './headers.ts';
import type { History } from './history.ts';
import type { InputSheet } from './input-sheet.ts';
import { COLUMNS } from './layout.ts';
import { ALL_RESULT_HEADERS, resultHeaders, standardOn } from './result-columns.ts';
import type { RowJob, RowSetup } from './row/types.ts';
import { SheetError } from './sheet-error.ts';
import type { Sink } from './sink.ts';
import type { SourceRow } from './source.ts';
import { Tally } from './tally.ts';
import { valueKinds } from './xlsx/typed-cells.ts';

/** Assesses the work of one run, in order of submission: in this thread (the server) or in workers (the CLI). */
export interface Assessor {
  assess(work: Work): Promise<ChunkOut>;
  /** Work units in flight at most before the oldest is written (1 in this thread). */
  inFlight: number;
}

export interface SheetRun {
  sheet: InputSheet;
  history: History | undefined;
  /** Opened by the door (a temporary file for the CLI); closed here, or destroyed on an error. */
  sink: Sink;
  format: OutputFormat;
  date: string;
  version?: string | undefined;
  readings?: ReadingChoice | undefined;
  lang: Lang;
  /** Data rows allowed at most (the server's limit); more is a SheetError 'tooManyRows'. */
  maxRows?: number | undefined;
  assessor(setup: RowSetup): Assessor;
  onHeaders?(map: HeaderMap): void;
  /** After each chunk is written: progress. */
  onWritten?(tally: Tally): void;
}

export interface SheetResult {
  tally: Tally;
  /** Blank lines after the last data row, left out of the output. */
  trailingBlank: number;
  /** History references that matched no row. */
  unusedReferences: number;
}

/** Held-back blank rows are written in groups of this many. */
const BLANK_GROUP = 512;

/** The history entry of each row, by its 编号; remembers which were used, to report the others. */
function historyJoin(history: History | undefined, refIndex: number) {
  const used = new Set<string>();
  return {
    job(row: SourceRow): RowJob {
      const ref = history && refIndex >= 0 ? (row.cells[refIndex] ?? '').trim() : '';
      const entry = ref ? history?.byReference.get(ref) : undefined;
      if (entry) used.add(ref);
      return { line: row.line, cells: row.cells, history: entry, error: row.error };
    },
    unused: () => (history ? [...history.byReference.keys()].filter((r) => !used.has(r)).length : 0),
  };
}

/**
 * The sheet pipeline both doors run: headers mapped onto the layout, every row assessed and written in order with
 * the result columns (rows in = rows out), joined to its history. The door adds its own around it: workers,
 * progress, the atomic file and signals for the CLI; limits and the HTTP answer for the server.
 */
export async function runSheet(run: SheetRun): Promise<SheetResult> {
  const { sheet, sink, format, lang } = run;
  const map = mapHeaders(sheet.headers, COLUMNS, ALL_RESULT_HEADERS);
  if (map.present.size === 0) {
    sheet.close();
    await sink.destroy();
    throw new SheetError('notLayout', text(msg('batch:sheet.notLayout')), sheet.headerLine);
  }
  run.onHeaders?.(map);
  const keep = sheet.headers.map((_, i) => i).filter((i) => !map.previous.includes(i));
  const setup: RowSetup = { date: run.date, version: run.version, readings: run.readings, lang, keys: map.keys, keep };
  const tally = new Tally();
  const join = historyJoin(run.history, map.keys.indexOf('reference'));
  let rows = 0;
  const toJob = (row: SourceRow): RowJob => {
    if (run.maxRows !== undefined && ++rows > run.maxRows) {
      throw new SheetError('tooManyRows', text(msg('batch:sheet.tooManyRows', { max: run.maxRows })));
    }
    return join.job(row);
  };

  // Blank rows that ended the chunks written so far: written once a row with data follows, dropped at the end.
  let held: number[] = [];
  const writeHeld = async () => {
    for (let i = 0; i < held.length; i += BLANK_GROUP) {
      const out = blankChunk(held.slice(i, i + BLANK_GROUP), setup, format);
      tally.add(out);
      await sink.write(out);
    }
    held = [];
  };
  const emit = async (chunk: ChunkOut) => {
    if (chunk.count && held.length) await writeHeld();
    tally.add(chunk);
    await sink.write(chunk);
    if (chunk.held) held.push(...chunk.held);
    run.onWritten?.(tally);
  };

  const assessor = run.assessor(setup);
  const queue: Promise<ChunkOut>[] = [];
  try {
    await sink.header(
      [...keep.map((i) => sheet.headers[i] ?? ''), ...resultHeaders(lang, standardOn(run.date))],
      valueKinds(map.keys, keep),
    );
    for await (const work of sheet.work(toJob)) {
      const p = assessor.assess(work);
      p.catch(() => {}); // awaited in order below; this only stops an early rejection counting as unhandled
      queue.push(p);
      while (queue.length >= assessor.inFlight) await emit(await (queue.shift() as Promise<ChunkOut>));
    }
    for (const p of queue) await emit(await p);
    await sink.close();
  } catch (error) {
    sheet.close();
    await sink.destroy();
    throw error;
  }
  return { tally, trailingBlank: sheet.trailingBlank() + held.length, unusedReferences: join.unused() };
}
