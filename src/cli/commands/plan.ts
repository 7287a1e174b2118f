import { type Command, InvalidArgumentError } from 'commander';
import type { Lang } from '../../core/lang.ts';
import { assessmentDate, dateOption, langOption, readingOption } from '../options.ts';
import { parseApplicantText, readText } from '../read-applicant.ts';
import { policyError } from './policy-error.ts';

interface PlanCommandOptions {
  lang: Lang;
  date?: string;
  horizon?: number;
  reading?: Record<string, string>;
  json?: boolean;
}

function parseHorizon(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 600) throw new InvalidArgumentError('须为1到600的整数 / must be a whole number from 1 to 600');
  return n;
}

export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description("the planner's answer: the gap today, what waiting gives, and ways to add points / 积分规划")
    .argument('<file>', 'applicant file (.json, .yaml) or - for stdin / 申请人文件')
    .addOption(dateOption())
    .option('--horizon <months>', "how far to look ahead, in months (1–600; default: the planner's) / 展望月数", parseHorizon)
    .addOption(readingOption())
    .option('--json', 'print the full plan as JSON / 输出完整规划 JSON')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Examples / 示例:
  hujifen plan examples/skilled-worker.json --date 2024-12-16
  hujifen plan examples/ineligible.yaml --horizon 36 --lang en`,
    )
    .action(async (file: string, opts: PlanCommandOptions) => {
      const { parseApplicant } = await import('../../engine/index.ts');
      const { plan } = await import('../../planner/index.ts');
      const { renderPlan } = await import('../render/plan.ts');
      const applicant = parseApplicant(await parseApplicantText(await readText(file), file));
      const date = assessmentDate(opts);
      const result = policyError(() => plan(applicant, { date, horizonMonths: opts.horizon, readings: opts.reading }));
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : renderPlan(result, opts.lang));
    });
}
