import { type Command, InvalidArgumentError, Option } from 'commander';
import type { Applicant } from '../../applicant/index.ts';
import { isRealDate } from '../../core/calendar.ts';
import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import type { HukouAssessment, SharedAction } from '../../hukou/index.ts';
import { text } from '../../messages/catalogue.ts';
import { hukouReadingProblem, hukouRules } from '../../policy/hukou.ts';
import { CliError } from '../errors.ts';
import { EXIT } from '../exit-codes.ts';
import { assessmentDate, langOption } from '../options.ts';
import { parseApplicantText, readText } from '../read-applicant.ts';

interface HukouOptions {
  lang: Lang;
  date?: string;
  version?: string;
  reading?: Record<string, string>;
  json?: boolean;
}

/** A bad option value: commander prints it, in both languages (the --lang option may not be parsed yet). */
function invalid(key: string, params: Record<string, string> = {}): InvalidArgumentError {
  const t = text(msg(`hukou:${key}`, params));
  return new InvalidArgumentError(`${t.zh} / ${t.en}`);
}

/** `--reading J1=resetAfterGrace`, repeatable: checked against policy/hukou/readings.json. */
export function parseHukouReading(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const m = /^([A-Za-z0-9]+)=([A-Za-z0-9]+)$/.exec(value.trim());
  if (!m) throw invalid('cli.readingShape');
  const [, id, option] = m as unknown as [string, string, string];
  const wrong = hukouReadingProblem(id, option);
  if (wrong) throw invalid(wrong.problem, { id, known: wrong.known });
  return { ...previous, [id]: option };
}

/** `--date`: a real date on or after the scheme began (the points scheme's own start does not bound this one). */
function parseHukouDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)) throw invalid('cli.badDate');
  if (value < hukouRules.scheme.from) throw invalid('beforeScheme', { from: hukouRules.scheme.from });
  return value;
}

/** A help line in both languages, English first as commander's own words are. */
function help(key: string, params: Record<string, string> = {}): string {
  const t = text(msg(`hukou:cli.help.${key}`, params));
  return `${t.en} / ${t.zh}`;
}

/**
 * The points plan's actions that also serve the way there (text output only: the JSON is the API's answer). The
 * points plan runs only when a step has a cause to share, and pairs nothing on a date the points scheme was not in
 * force (it began after 居转户).
 */
async function sharedWithPoints(applicant: Applicant, date: string, answer: HukouAssessment): Promise<SharedAction[]> {
  const { sharedActions, sharesCause } = await import('../../hukou/index.ts');
  if (!answer.plan.some(sharesCause)) return [];
  const { plan } = await import('../../planner/index.ts');
  try {
    return sharedActions(answer.plan, plan(applicant, { date }).actions);
  } catch (error) {
    if (error instanceof RangeError) return [];
    throw error;
  }
}

const bases = hukouRules.versions.filter((v) => v.kind === 'base').map((v) => v.id);

export function registerHukou(program: Command): void {
  program
    .command('hukou')
    .description(help('command'))
    .argument('<file>', help('file'))
    .addOption(new Option('--date <YYYY-MM-DD>', help('date')).argParser(parseHukouDate))
    .addOption(new Option('--version <id>', help('version', { versions: bases.join(' | ') })).choices(bases))
    .addOption(new Option('--reading <ID=OPTION>', help('reading')).argParser(parseHukouReading))
    .option('--json', help('json'))
    .addOption(langOption())
    .addHelpText(
      'after',
      `
${help('examples')}:
  hujifen hukou examples/hukou-engineer.yaml --date 2024-03-10
  hujifen hukou examples/hukou-engineer.yaml --lang en --reading J1=resetAfterGrace --json`,
    )
    .action(async (file: string, opts: HukouOptions) => {
      const { parseApplicant } = await import('../../applicant/index.ts');
      const { assessHukou } = await import('../../hukou/index.ts');
      const { renderHukou } = await import('../render/hukou.ts');
      const applicant = parseApplicant(await parseApplicantText(await readText(file), file));
      const date = assessmentDate(opts);
      let answer: ReturnType<typeof assessHukou>;
      try {
        answer = assessHukou(applicant, { date, version: opts.version, readings: opts.reading });
      } catch (error) {
        if (error instanceof RangeError) throw new CliError(text(msg('hukou:cli.cannotAnswer', { detail: error.message })), EXIT.usage);
        throw error;
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      else process.stdout.write(renderHukou(answer, opts.lang, await sharedWithPoints(applicant, date, answer)));
    });
}
