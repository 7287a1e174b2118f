import type { Command } from 'commander';
import type { Lang } from '../../core/lang.ts';
import { versions } from '../../policy/index.ts';
import { diffVersions, snapshot } from '../../policy/snapshot.ts';
import { usageError } from '../errors.ts';
import { assessmentDate, dateOption, langOption } from '../options.ts';
import { renderDiff, renderSnapshot } from '../render/policy.ts';
import { policyError } from './policy-error.ts';

interface PolicyOptions {
  lang: Lang;
  date?: string;
  diff?: string[];
  json?: boolean;
}

export function registerPolicy(program: Command): void {
  const ids = versions.map((v) => v.id).join(' | ');
  program
    .command('policy')
    .description('the policy version in force and its parameters; --diff compares two versions / 当日适用的政策版本及各项参数')
    .addOption(dateOption())
    .option('--diff <versions...>', `compare two versions (${ids}) / 比较两个版本`)
    .option('--json', 'print as JSON / 输出 JSON')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Examples / 示例:
  hujifen policy                      # today's version and every parameter
  hujifen policy --date 2017-06-30    # the 2013 trial version
  hujifen policy --diff 2017 2022     # what the 2022 revision changed`,
    )
    .action((opts: PolicyOptions) => {
      if (opts.diff) {
        const [a, b, ...rest] = opts.diff;
        const known = versions.map((v) => v.id);
        if (!a || !b || rest.length)
          throw usageError('--diff 需要两个版本，例如 --diff 2017 2022', '--diff needs two versions, e.g. --diff 2017 2022');
        for (const id of [a, b])
          if (!known.includes(id))
            throw usageError(`未知的版本 ${id}（可选：${known.join(', ')}）`, `unknown version ${id} (known: ${known.join(', ')})`);
        const d = diffVersions(a, b);
        process.stdout.write(opts.json ? `${JSON.stringify(d, null, 2)}\n` : renderDiff(d, opts.lang));
        return;
      }
      const s = policyError(() => snapshot(assessmentDate(opts)));
      process.stdout.write(opts.json ? `${JSON.stringify(s, null, 2)}\n` : renderSnapshot(s, opts.lang));
    });
}
