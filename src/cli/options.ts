import { InvalidArgumentError, Option } from 'commander';
import { isRealDate } from '../core/calendar.ts';
import { LANGS } from '../core/lang.ts';
import { type MsgParams, msg } from '../core/message.ts';
import { todayInShanghai } from '../core/today.ts';
import { say } from '../messages/catalogue.ts';
import { readings, versions } from '../policy/index.ts';
import { helpText } from './help.ts';

/** Options shared by several subcommands, with their parsers: a bad value is a usage error (exit 2), in zh and en. */

function invalid(key: string, params?: MsgParams): InvalidArgumentError {
  const m = msg(`cli:options.${key}`, params);
  return new InvalidArgumentError(`${say('zh', m)} / ${say('en', m)}`);
}

/** The most worker threads `--jobs` takes. */
const MAX_JOBS = 64;

export function parseDateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)) throw invalid('badDate');
  const start = versions[0]?.from ?? '';
  if (value < start) throw invalid('beforeScheme', { start });
  return value;
}

export function parseVersionOption(value: string): string {
  if (!versions.some((v) => v.id === value)) {
    const known = versions.map((v) => v.id).join(', ');
    throw invalid('unknownVersion', { known });
  }
  return value;
}

/** `--reading R1=last6consecutive`, repeatable: checked against policy/readings.json. */
export function parseReadingOption(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const m = /^([A-Za-z0-9]+)=([A-Za-z0-9]+)$/.exec(value.trim());
  if (!m) throw invalid('readingFormat');
  const [, id, option] = m as unknown as [string, string, string];
  const reading = readings.find((r) => r.id === id);
  if (!reading) throw invalid('unknownReading', { known: readings.map((r) => r.id).join(', ') });
  if (!reading.options.some((o) => o.id === option)) {
    const known = reading.options.map((o) => o.id).join(', ');
    throw invalid('unknownOption', { id, known });
  }
  return { ...previous, [id]: option };
}

export function parseJobsOption(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > MAX_JOBS) throw invalid('jobs', { max: MAX_JOBS });
  return Number(value);
}

export function langOption(): Option {
  return new Option('--lang <lang>', helpText('cli:options.lang')).choices(LANGS as string[]).default('zh');
}

export function dateOption(): Option {
  return new Option('--date <YYYY-MM-DD>', helpText('cli:options.date')).argParser(parseDateOption);
}

export function versionOption(): Option {
  return new Option('--version <id>', helpText('cli:options.version', { versions: versions.map((v) => v.id).join(' | ') })).argParser(
    parseVersionOption,
  );
}

export function readingOption(): Option {
  return new Option('--reading <ID=OPTION>', helpText('cli:options.reading')).argParser(parseReadingOption);
}

export function assessmentDate(opts: { date?: string | undefined }): string {
  return opts.date ?? todayInShanghai();
}
