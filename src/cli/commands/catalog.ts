import { type Command, InvalidArgumentError, Option } from 'commander';
import { catalogIds } from '../../catalog/file-schema.ts';
import type { Lang } from '../../core/lang.ts';
import { dateOption, langOption } from '../options.ts';

interface CatalogOptions {
  lang: Lang;
  date?: string;
  in?: (typeof catalogIds)[number][];
  limit: number;
  json?: boolean;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError('须为1到100的整数 / must be a whole number from 1 to 100');
  return n;
}

export function registerCatalog(program: Command): void {
  program
    .command('catalog')
    .description('search the skill, qualification and shortage-major catalogues / 查询职业、职业资格、紧缺专业目录')
    .argument('<query...>', 'a name, alias, pinyin or major code / 名称、简称、拼音或专业代码')
    .addOption(dateOption())
    .addOption(new Option('--in <catalog...>', 'only these catalogues / 只查这些目录').choices([...catalogIds]))
    .option('--limit <n>', 'most hits shown (1–100) / 最多显示条数', parseLimit, 10)
    .option('--json', 'print the search result as JSON / 输出 JSON')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Examples / 示例:
  hujifen catalog 焊工
  hujifen catalog dg --in skillOccupations          # pinyin initials of 电工
  hujifen catalog 注册会计师 --date 2025-03-01 --lang en
  hujifen catalog 52030100 --in shortageMajors`,
    )
    .action(async (query: string[], opts: CatalogOptions) => {
      // The search index is built when the module loads: only for this command.
      const { search } = await import('../../catalog/index.ts');
      const { renderSearch } = await import('../render/catalog.ts');
      const result = search(query.join(' '), { date: opts.date, limit: opts.limit, ...(opts.in ? { catalogs: opts.in } : {}) });
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : renderSearch(result, opts.lang));
    });
}
