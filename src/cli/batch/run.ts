import { MAIN_SHEET } from '../../batch/layout.ts';
import { runSheet } from '../../batch/run-sheet.ts';
import { SheetError } from '../../batch/sheet-error.ts';
import { openSink } from '../../batch/sink.ts';
import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import { param } from '../../policy/index.ts';
import type { ReadingChoice } from '../../policy/readings.ts';
import { CliError } from '../errors.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { AtomicFile } from './atomic-file.ts';
import { checkFiles, formatOf, openHistory, openInput } from './inputs.ts';
import { note } from './messages.ts';
import { WorkerPool } from './pool.ts';
import { progressBar } from './progress.ts';
import { reportHeaders, reportSummary } from './report.ts';

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

/**
 * `hujifen batch`: the sheet pipeline (runSheet) with workers, a progress bar, an output file that appears only
 * when complete, and interrupts that leave nothing behind. Rows in = rows out, in order. Resolves to the exit code.
 */
export async function runBatch(opts: BatchOptions): Promise<ExitCode> {
  const inFormat = formatOf(opts.input, 'input');
  const outFormat = formatOf(opts.out, 'output');
  checkFiles([opts.input, ...(opts.history ? [opts.history] : [])], opts.out);
  const history = await openHistory(opts.history, opts.input, inFormat, opts.lang);
  const sheet = await openInput(opts.input, inFormat, opts.lang, history !== undefined);
  if (!sheet) throw new CliError(msg('cli:batch.files.noData', { path: opts.input }), EXIT.invalidInput);

  const output = new AtomicFile(opts.out);
  const sink = await openSink(outFormat, output.temp, MAIN_SHEET[opts.lang]);
  // Made once the header notes are out, so the bar never shares a line with them.
  let progress: ReturnType<typeof progressBar> | undefined;
  let pool: WorkerPool | undefined;
  // An interrupt must not leave a partial file behind: stop writing, delete the temporary file, exit 130/143.
  const onSignal = (signal: NodeJS.Signals) => {
    progress?.stop();
    void sink.destroy();
    output.discard();
    note(opts.lang, msg('cli:batch.files.interrupted', { path: opts.out }));
    process.exit(signal === 'SIGINT' ? EXIT.sigint : EXIT.sigterm);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let result: Awaited<ReturnType<typeof runSheet>>;
  try {
    result = await runSheet({
      sheet,
      history,
      sink,
      format: outFormat,
      date: opts.date,
      version: opts.version,
      readings: opts.readings,
      lang: opts.lang,
      onHeaders: (map) => {
        reportHeaders(opts.lang, map, history);
        progress = progressBar(sheet.totalBytes, opts.lang);
      },
      onWritten: (tally) => progress?.update(sheet.bytesRead(), tally.rows),
      assessor: (setup) => {
        if (opts.jobs > 0) {
          const workers = new WorkerPool(opts.jobs, { setup, format: outFormat });
          pool = workers;
          return { assess: (work) => workers.submit(work), inFlight: opts.jobs * IN_FLIGHT_PER_WORKER };
        }
        // Without workers the engine runs here; with them, this thread never loads it.
        const inline = import('../../batch/chunk.ts');
        return { assess: async (work) => (await inline).assessWork(work, setup, outFormat), inFlight: 1 };
      },
    });
    progress?.stop();
    await output.commit();
  } catch (error) {
    progress?.stop();
    output.discard();
    if (error instanceof SheetError && error.kind === 'notLayout') {
      throw new CliError(msg('cli:batch.files.notLayout', { path: opts.input, line: String(error.headerLine) }), EXIT.invalidInput);
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool?.close();
  }

  const standard = param('aggregation', opts.date)?.value.standardScore ?? 0;
  reportSummary(opts.lang, result.tally, opts.out, result.trailingBlank, result.unusedReferences, standard);
  return result.tally.byKind.unreadable ? EXIT.someRowsUnreadable : EXIT.ok;
}
