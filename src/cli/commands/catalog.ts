import { type Command, InvalidArgumentError, Option } from 'commander';
import { catalogIds } from '../../catalog/file-schema.ts';
import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import { renderAnswer } from '../../explain/render-answer.ts';
import { say } from '../../messages/catalogue.ts';
import { enZh, zhEn } from '../bilingual.ts';
import { dateOption, langOption } from '../options.ts';

interface CatalogOptions {
  lang: Lang;
  date?: string;
  in?: (typeof catalogIds)[number][];
  limit: number;
  json?: boolean;
}

const LIMIT = { min: 1, max: 100 };

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < LIMIT.min || n > LIMIT.max) throw new InvalidArgumentError(zhEn(msg('catalog:cli.limitInvalid', LIMIT)));
  return n;
}

export function registerCatalog(program: Command): void {
  program
    .command('catalog')
    .description(enZh(msg('catalog:cli.description')))
    .argument('<query...>', enZh(msg('catalog:cli.queryArgument')))
    .addOption(dateOption())
    .addOption(new Option('--in <catalog...>', enZh(msg('catalog:cli.inOption'))).choices([...catalogIds]))
    .option('--limit <n>', enZh(msg('catalog:cli.limitOption', LIMIT)), parseLimit, 10)
    .option('--json', enZh(msg('catalog:cli.jsonOption')))
    .addOption(langOption())
    .addHelpText('after', `\n${say('zh', msg('catalog:cli.examples'))}`)
    .action(async (query: string[], opts: CatalogOptions) => {
      // The search index is built when the module loads: only for this command.
      const { search } = await import('../../catalog/index.ts');
      const { renderSearch } = await import('../render/catalog.ts');
      const result = search(query.join(' '), { date: opts.date, limit: opts.limit, ...(opts.in ? { catalogs: opts.in } : {}) });
      process.stdout.write(opts.json ? `${JSON.stringify(renderAnswer(result, 'all'), null, 2)}\n` : renderSearch(result, opts.lang));
    });
}
