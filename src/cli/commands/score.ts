import type { Command } from 'commander';
import type { Lang } from '../../core/lang.ts';
import { examples, helpText } from '../help.ts';
import { assessmentDate, dateOption, langOption, readingOption, versionOption } from '../options.ts';
import { parseApplicantText, readText } from '../read-applicant.ts';
import { policyError } from './policy-error.ts';

interface ScoreOptions {
  lang: Lang;
  date?: string;
  version?: string;
  reading?: Record<string, string>;
  json?: boolean;
}

export function registerScore(program: Command): void {
  program
    .command('score')
    .description(helpText('cli:score.description'))
    .argument('<file>', helpText('cli:score.file'))
    .addOption(dateOption())
    .addOption(versionOption())
    .addOption(readingOption())
    .option('--json', helpText('cli:score.json'))
    .addOption(langOption())
    .addHelpText(
      'after',
      examples([
        'hujifen score examples/graduate.yaml --date 2025-03-01',
        'hujifen score examples/engineer.json --lang en --reading R1=last6consecutive',
        'cat applicant.json | hujifen score - --json',
      ]),
    )
    .action(async (file: string, opts: ScoreOptions) => {
      const { assess, parseApplicant } = await import('../../engine/index.ts');
      const { renderAssessment } = await import('../render/assessment.ts');
      const { nearMiss } = await import('../../planner/index.ts');
      const applicant = parseApplicant(await parseApplicantText(await readText(file), file));
      const date = assessmentDate(opts);
      const assessment = policyError(() => assess(applicant, { date, version: opts.version, readings: opts.reading }));
      // What waiting alone changes in the coming year, said first; the planner follows the version in force on
      // each date, so a pinned version has none.
      const ahead = opts.version ? null : policyError(() => nearMiss(applicant, { date, readings: opts.reading }, assessment));
      // JSON carries every text in zh and en with its message's key and parameters (as the API's lang=all).
      const { renderAssessment: rendered, renderText } = await import('../../explain/render.ts');
      const nearMissJson = ahead && { ...ahead, text: renderText(ahead.text, 'all') };
      process.stdout.write(
        opts.json
          ? `${JSON.stringify({ ...rendered(assessment, 'all'), nearMiss: nearMissJson }, null, 2)}\n`
          : renderAssessment(assessment, opts.lang, ahead),
      );
    });
}
