import type { Lang } from '../core/lang.ts';
import { csvLine } from './csv/text.ts';
import { COLUMNS, type ColumnDef, HISTORY_COLUMNS } from './layout.ts';

/** A template's header: the Chinese name, or the English key (the batch reads both). */
export function templateHeader(col: ColumnDef, lang: Lang): string {
  return lang === 'zh' ? col.zh : col.key;
}

/** The main sheet as CSV (UTF-8 with a BOM, for Excel): the headers and the example row. */
export function templateCsv(lang: Lang): string {
  return `\ufeff${csvLine(COLUMNS.map((c) => templateHeader(c, lang)))}${csvLine(COLUMNS.map((c) => c.example))}`;
}

/** The monthly-history sheet as CSV: the headers only. */
export function historyTemplateCsv(lang: Lang): string {
  return `\ufeff${csvLine(HISTORY_COLUMNS.map((c) => templateHeader(c, lang)))}`;
}
