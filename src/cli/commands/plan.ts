import { type Command, InvalidArgumentError } from 'commander';
import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import { renderAnswer } from '../../explain/render-answer.ts';
import { say } from '../../messages/catalogue.ts';
import { enZh, zhEn } from '../bilingual.ts';
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

const HORIZON = { min: 1, max: 600 };

function parseHorizon(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < HORIZON.min || n > HORIZON.max)
    throw new InvalidArgumentError(zhEn(msg('planner:cli.horizonInvalid', HORIZON)));
  return n;
}

export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description(enZh(msg('planner:cli.description')))
    .argument('<file>', enZh(msg('planner:cli.fileArgument')))
    .addOption(dateOption())
    .option('--horizon <months>', enZh(msg('planner:cli.horizonOption', HORIZON)), parseHorizon)
    .addOption(readingOption())
    .option('--json', enZh(msg('planner:cli.jsonOption')))
    .addOption(langOption())
    .addHelpText('after', `\n${say('zh', msg('planner:cli.examples'))}`)
    .action(async (file: string, opts: PlanCommandOptions) => {
      const { parseApplicant } = await import('../../engine/index.ts');
      const { plan } = await import('../../planner/index.ts');
      const { renderPlan } = await import('../render/plan.ts');
      const applicant = parseApplicant(await parseApplicantText(await readText(file), file));
      const date = assessmentDate(opts);
      const result = policyError(() => plan(applicant, { date, horizonMonths: opts.horizon, readings: opts.reading }));
      process.stdout.write(opts.json ? `${JSON.stringify(renderAnswer(result, 'all'), null, 2)}\n` : renderPlan(result, opts.lang));
    });
}
