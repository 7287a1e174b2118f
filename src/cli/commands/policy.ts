import type { Command } from 'commander';
import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import { renderAnswer } from '../../explain/render-answer.ts';
import { say } from '../../messages/catalogue.ts';
import { versions } from '../../policy/index.ts';
import { diffVersions, snapshot } from '../../policy/snapshot.ts';
import { enZh } from '../bilingual.ts';
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
    .description(enZh(msg('policy:cli.description')))
    .addOption(dateOption())
    .option('--diff <versions...>', enZh(msg('policy:cli.diffOption', { versions: ids })))
    .option('--json', enZh(msg('policy:cli.jsonOption')))
    .addOption(langOption())
    .addHelpText('after', `\n${say('zh', msg('policy:cli.examples'))}`)
    .action((opts: PolicyOptions) => {
      if (opts.diff) {
        const [a, b, ...rest] = opts.diff;
        const known = versions.map((v) => v.id);
        if (!a || !b || rest.length) throw usageError(msg('policy:cli.diffNeedsTwo', { a: known.at(-2) ?? '', b: known.at(-1) ?? '' }));
        for (const id of [a, b])
          if (!known.includes(id)) throw usageError(msg('policy:cli.unknownVersion', { id, known: known.join(', ') }));
        const d = diffVersions(a, b);
        process.stdout.write(opts.json ? `${JSON.stringify(renderAnswer(d, 'all'), null, 2)}\n` : renderDiff(d, opts.lang));
        return;
      }
      const s = policyError(() => snapshot(assessmentDate(opts)));
      process.stdout.write(opts.json ? `${JSON.stringify(s, null, 2)}\n` : renderSnapshot(s, opts.lang));
    });
}
