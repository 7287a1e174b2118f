import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import { say } from '../../messages/catalogue.ts';
import { usageError } from '../errors.ts';
import { examples, helpText } from '../help.ts';
import { assessmentDate, dateOption, langOption, parseJobsOption, readingOption, versionOption } from '../options.ts';

/**
 * One worker per core: the workers parse and assess, while the main thread only cuts the file into chunks and
 * appends the text that comes back (a few percent of a core).
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

interface BatchCommandOptions {
  out?: string;
  date?: string;
  version?: string;
  reading?: Record<string, string>;
  jobs?: number;
  history?: string;
  lang: Lang;
}

export function registerBatch(program: Command): void {
  program
    .command('batch')
    .description(helpText('cli:batch.description'))
    .argument('<input>', helpText('cli:batch.input'))
    .option('-o, --out <file>', helpText('cli:batch.out'))
    .addOption(dateOption())
    .addOption(versionOption())
    .addOption(readingOption())
    .option('-j, --jobs <n>', helpText('cli:batch.jobs', { jobs: defaultJobs() }), parseJobsOption)
    .option('--history <file>', helpText('cli:batch.history'))
    .addOption(langOption())
    .addHelpText(
      'after',
      `${examples([
        'hujifen batch examples/batch.csv --out result.csv --date 2025-03-01',
        'hujifen batch applicants.xlsx --out result.xlsx --jobs 2',
        'hujifen batch applicants.csv --history si-history.csv --out result.xlsx --lang en',
      ])}

${say('en', msg('cli:batch.everyRow'))}
${say('zh', msg('cli:batch.everyRow'))}
Exit 0 = all rows assessed; 5 = output written but some rows unreadable.`,
    )
    .action(async (input: string, opts: BatchCommandOptions) => {
      if (!opts.out) throw usageError(msg('cli:batch.missingOut'));
      const { runBatch } = await import('../batch/run.ts');
      process.exitCode = await runBatch({
        input,
        out: opts.out,
        date: assessmentDate(opts),
        version: opts.version,
        readings: opts.reading,
        jobs: opts.jobs ?? defaultJobs(),
        history: opts.history,
        lang: opts.lang,
      });
    });
}
