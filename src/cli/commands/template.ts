import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import { COLUMNS, type ColumnDef, HISTORY_COLUMNS, HISTORY_SHEET, MAIN_SHEET } from '../../batch/layout.ts';
import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import { say } from '../../messages/catalogue.ts';
import { AtomicFile } from '../batch/atomic-file.ts';
import { CliError, usageError } from '../errors.ts';
import { EXIT } from '../exit-codes.ts';
import { examples, helpText } from '../help.ts';
import { langOption } from '../options.ts';
import { displayWidth } from '../text/width.ts';

interface TemplateOptions {
  out?: string;
  lang: Lang;
}

const ROWS_WITH_LISTS = 5000;

function header(col: ColumnDef, lang: Lang): string {
  return lang === 'zh' ? col.zh : col.key;
}

/** exceljs keeps range validations on `worksheet.dataValidations` (one entry for a whole range) but does not type it. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function colLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** A sheet with the layout's headers (each with a note saying what goes there) and drop-down lists. */
function layoutSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly ColumnDef[], lang: Lang, example: boolean): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: header(c, lang), key: c.key, width: Math.max(12, displayWidth(header(c, lang)) + 4) }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  columns.forEach((c, i) => {
    head.getCell(i + 1).note = `${c.type[lang]}\n${c.meaning[lang]}`;
  });
  if (example) sheet.addRow(columns.map((c) => c.example));
  columns.forEach((c, i) => {
    if (!c.choices) return;
    const letter = colLetter(i + 1);
    // Typing a value outside the list is allowed with a warning: the batch accepts more spellings than the list shows.
    (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${ROWS_WITH_LISTS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.choices.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      error: c.type[lang],
    });
  });
}

function legendSheet(workbook: ExcelJS.Workbook, lang: Lang): void {
  const word = (key: string) => say(lang, msg(`cli:template.legend.${key}`));
  const sheet = workbook.addWorksheet(word('sheet'));
  sheet.columns = [
    { header: word('table'), width: 12 },
    { header: word('header'), width: 20 },
    { header: word('key'), width: 24 },
    { header: word('type'), width: 28 },
    { header: word('meaning'), width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const c of COLUMNS) sheet.addRow([MAIN_SHEET[lang], c.zh, c.key, c.type[lang], c.meaning[lang]]);
  for (const c of HISTORY_COLUMNS) sheet.addRow([HISTORY_SHEET, c.zh, c.key, c.type[lang], c.meaning[lang]]);
}

async function writeXlsx(path: string, lang: Lang): Promise<void> {
  // Loaded here, not at start-up: exceljs is a large module the other commands do not need.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  layoutSheet(workbook, MAIN_SHEET[lang], COLUMNS, lang, true);
  layoutSheet(workbook, HISTORY_SHEET, HISTORY_COLUMNS, lang, false);
  legendSheet(workbook, lang);
  const file = new AtomicFile(path);
  try {
    await workbook.xlsx.writeFile(file.temp);
    await file.commit();
  } catch (error) {
    file.discard();
    throw error;
  }
}

/** The history's file beside a CSV template: NAME-社保明细.csv. */
function historyFile(name: string): string {
  return `${basename(name, extname(name))}-${HISTORY_SHEET}.csv`;
}

/** CSV has one sheet per file: the history layout goes to a sibling file, NAME-社保明细.csv. */
async function writeCsv(path: string, lang: Lang): Promise<string> {
  const historyPath = join(dirname(path), historyFile(basename(path)));
  const main = stringify([COLUMNS.map((c) => header(c, lang)), COLUMNS.map((c) => c.example)]);
  const history = stringify([HISTORY_COLUMNS.map((c) => header(c, lang))]);
  await writeFile(path, `\ufeff${main}`);
  await writeFile(historyPath, `\ufeff${history}`);
  return historyPath;
}

export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description(helpText('cli:template.description'))
    .option('-o, --out <file>', helpText('cli:template.out'))
    .addOption(langOption())
    .addHelpText(
      'after',
      examples([
        `hujifen template --out template.xlsx           # ${say('en', msg('cli:template.xlsxExample', { main: MAIN_SHEET.zh, history: HISTORY_SHEET, legend: say('zh', msg('cli:template.legend.sheet')) }))}`,
        `hujifen template --out template.csv            # ${say('en', msg('cli:template.csvExample', { file: historyFile('template.csv') }))}`,
        `hujifen template --out template.xlsx --lang en # ${say('en', msg('cli:template.enExample'))}`,
      ]),
    )
    .action(async (opts: TemplateOptions) => {
      if (!opts.out) throw usageError(msg('cli:template.missingOut'));
      const ext = extname(opts.out).toLowerCase();
      try {
        if (ext === '.xlsx') await writeXlsx(opts.out, opts.lang);
        else if (ext === '.csv') {
          const history = await writeCsv(opts.out, opts.lang);
          process.stderr.write(`hujifen: ${say(opts.lang, msg('cli:template.historyWritten', { file: history }))}\n`);
        } else throw usageError(msg('cli:template.badExtension'));
      } catch (error) {
        if (error instanceof CliError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        if (code) throw new CliError(msg('cli:template.cannotWrite', { file: opts.out, code }), EXIT.io);
        throw error;
      }
      process.stdout.write(`${opts.out}\n`);
    });
}
