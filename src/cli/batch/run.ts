import type { Work } from '../../batch/chunk.ts';
import { blankChunk, type ChunkOut } from '../../batch/chunk-out.ts';
import { mapHeaders } from '../../batch/headers.ts';
import type { History } from '../../batch/history.ts';
import { COLUMNS, MAIN_SHEET } from '../../batch/layout.ts';
import { ALL_RESULT_HEADERS, resultHeaders } from '../../batch/result-columns.ts';
import type { RowJob, RowSetup } from '../../batch/row/types.ts';
import { openSink } from '../../batch/sink.ts';
import type { SourceRow } from '../../batch/source.ts';
import type { Lang } from '../../core/lang.ts';
import type { ReadingChoice } from '../../policy/readings.ts';
import { CliError } from '../errors.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { AtomicFile } from './atomic-file.ts';
import { checkFiles, formatOf, openHistory, openInput } from './inputs.ts';
import { note } from './messages.ts';
import { WorkerPool } from './pool.ts';
import { progressBar } from './progress.ts';
import { reportHeaders, reportSummary, Tally } from './report.ts';

export interface BatchOptions {
  input: string;
  out: string;
  date: string;
  version?: string | undefined;
  readings?: ReadingChoice | undefined;
  /** Worker threads; 0 assesses in the main thread. */
  jobs: number;
  history?: string | undefined;
  lang: Lang;
}

/** Chunks handed to each worker at a time: one it works on, one waiting, so it never idles between them. */
const IN_FLIGHT_PER_WORKER = 2;
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

/** Reads, assesses and writes every row; rows in = rows out, in order. Resolves to the exit code. */
export async function runBatch(opts: BatchOptions): Promise<ExitCode> {
  const inFormat = formatOf(opts.input, { zh: '输入文件', en: 'the input file' });
  const outFormat = formatOf(opts.out, { zh: '输出文件', en: 'the output file' });
  checkFiles([opts.input, ...(opts.history ? [opts.history] : [])], opts.out);
  const history = await openHistory(opts.history, opts.input, inFormat, opts.lang);
  const sheet = await openInput(opts.input, inFormat, opts.lang, history !== undefined);
  if (!sheet) throw new CliError({ zh: `${opts.input} 中没有任何数据`, en: `${opts.input} holds no data` }, EXIT.invalidInput);
  const map = mapHeaders(sheet.headers, COLUMNS, ALL_RESULT_HEADERS);
  if (map.present.size === 0) {
    sheet.close();
    throw new CliError(
      {
        zh: `${opts.input} 第${sheet.headerLine}行不是本工具的表头（见 hujifen template 或 docs/cli.md）`,
        en: `line ${sheet.headerLine} of ${opts.input} is not a header row of the layout (see hujifen template or docs/cli.md)`,
      },
      EXIT.invalidInput,
    );
  }
  reportHeaders(opts.lang, map, history);

  const keep = sheet.headers.map((_, i) => i).filter((i) => !map.previous.includes(i));
  const setup: RowSetup = { date: opts.date, version: opts.version, readings: opts.readings, lang: opts.lang, keys: map.keys, keep };
  const output = new AtomicFile(opts.out);
  const sink = await openSink(outFormat, output.temp, MAIN_SHEET[opts.lang]);
  const pool = opts.jobs > 0 ? new WorkerPool(opts.jobs, { setup, format: outFormat }) : undefined;
  // Without workers the engine runs here; with them, this thread never loads it.
  const inline = pool ? undefined : await import('../../batch/chunk.ts');
  const progress = progressBar(sheet.totalBytes, opts.lang);
  const tally = new Tally();
  const join = historyJoin(history, map.keys.indexOf('reference'));

  // An interrupt must not leave a partial file behind: stop writing, delete the temporary file, exit 130/143.
  const onSignal = (signal: NodeJS.Signals) => {
    progress.stop();
    sink.destroy();
    output.discard();
    note(opts.lang, `已中断，未写出 ${opts.out}`, `interrupted: ${opts.out} was not written`);
    process.exit(signal === 'SIGINT' ? EXIT.sigint : EXIT.sigterm);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  // Blank rows that ended the chunks written so far: written once a row with data follows, dropped at the end.
  let held: number[] = [];
  const writeHeld = async () => {
    for (let i = 0; i < held.length; i += BLANK_GROUP) {
      const out = blankChunk(held.slice(i, i + BLANK_GROUP), setup, outFormat);
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
    progress.update(sheet.bytesRead(), tally.rows);
  };
  const queue: Promise<ChunkOut>[] = [];
  const dispatch = async (work: Work) => {
    if (inline) return emit(inline.assessWork(work, setup, outFormat));
    const p = (pool as WorkerPool).submit(work);
    p.catch(() => {}); // awaited in order below; this only stops an early rejection counting as unhandled
    queue.push(p);
    while (queue.length >= opts.jobs * IN_FLIGHT_PER_WORKER) await emit(await (queue.shift() as Promise<ChunkOut>));
  };

  try {
    await sink.header([...keep.map((i) => sheet.headers[i] ?? ''), ...resultHeaders(opts.lang)]);
    for await (const work of sheet.work(join.job)) await dispatch(work);
    for (const p of queue) await emit(await p);
    await sink.close();
    progress.stop();
    await output.commit();
  } catch (error) {
    progress.stop();
    sink.destroy();
    sheet.close();
    output.discard();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool?.close();
  }

  reportSummary(opts.lang, tally, opts.out, sheet.trailingBlank() + held.length, join.unused());
  return tally.byKind.unreadable ? EXIT.someRowsUnreadable : EXIT.ok;
}
