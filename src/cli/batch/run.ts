import { MAIN_SHEET } from '../../batch/layout.ts';
import { runSheet } from '../../batch/run-sheet.ts';
import { SheetError } from '../../batch/sheet-error.ts';
import { openSink } from '../../batch/sink.ts';
import type { Lang } from '../../core/lang.ts';
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
  const inFormat = formatOf(opts.input, { zh: '输入文件', en: 'the input file' });
  const outFormat = formatOf(opts.out, { zh: '输出文件', en: 'the output file' });
  checkFiles([opts.input, ...(opts.history ? [opts.history] : [])], opts.out);
  const history = await openHistory(opts.history, opts.input, inFormat, opts.lang);
  const sheet = await openInput(opts.input, inFormat, opts.lang, history !== undefined);
  if (!sheet) throw new CliError({ zh: `${opts.input} 中没有任何数据`, en: `${opts.input} holds no data` }, EXIT.invalidInput);

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
    note(opts.lang, `已中断，未写出 ${opts.out}`, `interrupted: ${opts.out} was not written`);
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
      throw new CliError(
        {
          zh: `${opts.input} 第${error.headerLine}行不是本工具的表头（见 hujifen template 或 docs/cli.md）`,
          en: `line ${error.headerLine} of ${opts.input} is not a header row of the layout (see hujifen template or docs/cli.md)`,
        },
        EXIT.invalidInput,
      );
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool?.close();
  }

  reportSummary(opts.lang, result.tally, opts.out, result.trailingBlank, result.unusedReferences);
  return result.tally.byKind.unreadable ? EXIT.someRowsUnreadable : EXIT.ok;
}
