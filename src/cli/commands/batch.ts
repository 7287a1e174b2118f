import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import type { Lang } from '../../core/lang.ts';
import { usageError } from '../errors.ts';
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
    .description('score many applicants, one row each (CSV or XLSX) / 批量计算：每行一位申请人')
    .argument('<input>', 'input .csv or .xlsx (layout: docs/cli.md, or `hujifen template`) / 输入文件')
    .option('-o, --out <file>', 'output .csv or .xlsx (required) / 输出文件（必填）')
    .addOption(dateOption())
    .addOption(versionOption())
    .addOption(readingOption())
    .option('-j, --jobs <n>', `worker threads, 0 = none (default ${defaultJobs()}) / 工作线程数`, parseJobsOption)
    .option('--history <file>', 'monthly social-insurance history (.csv or .xlsx) keyed by 编号 / 社保明细')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Examples / 示例:
  hujifen batch examples/batch.csv --out result.csv --date 2025-03-01
  hujifen batch applicants.xlsx --out result.xlsx --jobs 2
  hujifen batch applicants.csv --history si-history.csv --out result.xlsx --lang en

Every input row comes out, in order, with its line number; rows that cannot be read say why.
输入的每一行都会输出（保持顺序，带行号）；无法读取的行会说明原因。
Exit 0 = all rows assessed; 5 = output written but some rows unreadable.`,
    )
    .action(async (input: string, opts: BatchCommandOptions) => {
      if (!opts.out) throw usageError('缺少 --out 输出文件', 'missing --out output file');
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
