import type { HeaderMap } from '../../batch/headers.ts';
import type { History } from '../../batch/history.ts';
import { COLUMNS } from '../../batch/layout.ts';
import type { Tally } from '../../batch/tally.ts';
import { valueList } from '../../core/join.ts';
import type { Lang } from '../../core/lang.ts';
import { type MsgParams, msg } from '../../core/message.ts';
import { lineList, note } from './messages.ts';

/** What a batch tells the user on stderr: problems with the headers before, a summary after. */

const tell = (lang: Lang, key: string, params?: MsgParams) => note(lang, msg(`cli:batch.report.${key}`, params));

export function reportHeaders(lang: Lang, map: HeaderMap, history: History | undefined): void {
  if (map.unknown.length) tell(lang, 'unknown', { columns: valueList(map.unknown) });
  if (map.duplicates.length) tell(lang, 'duplicates', { columns: valueList(map.duplicates) });
  if (map.previous.length) tell(lang, 'previous');
  if (!map.present.has('birthDate')) tell(lang, 'noBirthDate', { column: COLUMNS.find((c) => c.key === 'birthDate')?.zh ?? '' });
  if (history?.unknownHeaders.length) tell(lang, 'historyUnknown', { columns: valueList(history.unknownHeaders) });
  if (history?.withoutReference.length) tell(lang, 'withoutReference', { lines: lineList(history.withoutReference, lang) });
}

/** The summary; `standard` is the standard score in force, the line the reaches count is drawn at. */
export function reportSummary(lang: Lang, t: Tally, out: string, trailingBlank: number, unusedReferences: number, standard: number): void {
  const k = t.byKind;
  tell(lang, 'summary', {
    rows: t.rows,
    scored: k.scored,
    standard,
    reaches: t.reaches,
    ineligible: k.ineligible,
    vetoed: k.vetoed,
    outsideScheme: k.outsideScheme,
    unreadable: k.unreadable,
    blank: k.blank,
    out,
  });
  if (t.unreadableLines.length) tell(lang, 'unreadable', { lines: lineList(t.unreadableLines, lang) });
  if (t.blankLines.length) tell(lang, 'blank', { lines: lineList(t.blankLines, lang) });
  if (trailingBlank) tell(lang, 'trailingBlank', { count: trailingBlank });
  if (unusedReferences) tell(lang, 'unusedReferences', { count: unusedReferences });
}
