import { InvalidArgumentError, Option } from 'commander';
import { isRealDate } from '../core/calendar.ts';
import { LANGS } from '../core/lang.ts';
import { todayInShanghai } from '../core/today.ts';
import { readings, versions } from '../policy/index.ts';

/** Options shared by several subcommands, with their parsers: a bad value is a usage error (exit 2), in zh and en. */

function invalid(zh: string, en: string): InvalidArgumentError {
  return new InvalidArgumentError(`${zh} / ${en}`);
}

export function parseDateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value))
    throw invalid('日期须为 YYYY-MM-DD 格式的有效日期', 'must be a real date as YYYY-MM-DD');
  const start = versions[0]?.from ?? '';
  if (value < start) throw invalid(`早于积分制度施行日（${start}）`, `before the points scheme began (${start})`);
  return value;
}

export function parseVersionOption(value: string): string {
  if (!versions.some((v) => v.id === value)) {
    const known = versions.map((v) => v.id).join(', ');
    throw invalid(`未知的版本（可选：${known}）`, `unknown version (known: ${known})`);
  }
  return value;
}

/** `--reading R1=last6consecutive`, repeatable: checked against policy/readings.json. */
export function parseReadingOption(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const m = /^([A-Za-z0-9]+)=([A-Za-z0-9]+)$/.exec(value.trim());
  if (!m) throw invalid('格式应为 编号=选项，例如 R1=last6consecutive', 'expected ID=OPTION, e.g. R1=last6consecutive');
  const [, id, option] = m as unknown as [string, string, string];
  const reading = readings.find((r) => r.id === id);
  if (!reading)
    throw invalid(
      `未知的解读编号（可选：${readings.map((r) => r.id).join(', ')}）`,
      `unknown reading (known: ${readings.map((r) => r.id).join(', ')})`,
    );
  if (!reading.options.some((o) => o.id === option)) {
    const known = reading.options.map((o) => o.id).join(', ');
    throw invalid(`${id}没有该选项（可选：${known}）`, `${id} has no such option (options: ${known})`);
  }
  return { ...previous, [id]: option };
}

export function parseJobsOption(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 64)
    throw invalid('须为0到64之间的整数（0 = 不用工作线程）', 'must be a whole number from 0 to 64 (0 = no worker threads)');
  return Number(value);
}

export function langOption(): Option {
  return new Option('--lang <lang>', 'output language / 输出语言').choices(LANGS as string[]).default('zh');
}

export function dateOption(): Option {
  return new Option('--date <YYYY-MM-DD>', 'assessment date, default today in Shanghai / 评估日期，默认上海当天日期').argParser(
    parseDateOption,
  );
}

export function versionOption(): Option {
  return new Option('--version <id>', `pin a policy version (${versions.map((v) => v.id).join(' | ')}) / 指定政策版本`).argParser(
    parseVersionOption,
  );
}

export function readingOption(): Option {
  return new Option('--reading <ID=OPTION>', 'switch a reading, repeatable (see `hujifen policy`) / 切换解读，可重复').argParser(
    parseReadingOption,
  );
}

export function assessmentDate(opts: { date?: string | undefined }): string {
  return opts.date ?? todayInShanghai();
}
