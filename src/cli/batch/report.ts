import type { HeaderMap } from '../../batch/headers.ts';
import type { History } from '../../batch/history.ts';
import type { Tally } from '../../batch/tally.ts';
import type { Lang } from '../../core/lang.ts';
import { lineList, note } from './messages.ts';

/** What a batch tells the user on stderr: problems with the headers before, a summary after. */

export function reportHeaders(lang: Lang, map: HeaderMap, history: History | undefined): void {
  if (map.unknown.length) {
    note(
      lang,
      `未知的列（原样保留在输出中）：${map.unknown.join('、')}`,
      `unknown columns (kept as they are in the output): ${map.unknown.join(', ')}`,
    );
  }
  if (map.duplicates.length) {
    note(
      lang,
      `重复的列（只用第一列）：${map.duplicates.join('、')}`,
      `duplicate columns (the first one is used): ${map.duplicates.join(', ')}`,
    );
  }
  if (map.previous.length)
    note(lang, '输入中已有上次的结果列，已重新计算', 'the input holds result columns of an earlier run: they are recomputed');
  if (!map.present.has('birthDate')) {
    note(
      lang,
      '缺少必填列：出生日期（birthDate）——每一行都将无法读取',
      'the required column 出生日期 (birthDate) is missing: every row will be unreadable',
    );
  }
  if (history?.unknownHeaders.length) {
    note(
      lang,
      `社保明细中未知的列：${history.unknownHeaders.join('、')}`,
      `unknown columns in the history: ${history.unknownHeaders.join(', ')}`,
    );
  }
  if (history?.withoutReference.length) {
    const lines = lineList(history.withoutReference, lang);
    note(lang, `社保明细中没有编号的行无法对应到申请人：第 ${lines} 行`, `history lines without 编号 belong to no applicant: ${lines}`);
  }
}

export function reportSummary(lang: Lang, t: Tally, out: string, trailingBlank: number, unusedReferences: number): void {
  const k = t.byKind;
  note(
    lang,
    `共 ${t.rows} 行：已评分 ${k.scored}（达到120分 ${t.reaches}），不符合申请条件 ${k.ineligible}，一票否决 ${k.vetoed}，不在积分范围 ${k.outsideScheme}，无法读取 ${k.unreadable}，空行 ${k.blank}；已写出 ${out}`,
    `${t.rows} rows: scored ${k.scored} (reached 120: ${t.reaches}), not eligible ${k.ineligible}, vetoed ${k.vetoed}, outside the scheme ${k.outsideScheme}, unreadable ${k.unreadable}, blank ${k.blank}; wrote ${out}`,
  );
  if (t.unreadableLines.length) {
    const lines = lineList(t.unreadableLines, lang);
    note(lang, `无法读取的行（原因见输出的最后一列）：第 ${lines} 行`, `unreadable lines (reasons in the last output column): ${lines}`);
  }
  if (t.blankLines.length)
    note(lang, `数据中的空行：第 ${lineList(t.blankLines, lang)} 行`, `blank lines inside the data: ${lineList(t.blankLines, lang)}`);
  if (trailingBlank) note(lang, `忽略文件末尾的 ${trailingBlank} 个空行`, `ignored ${trailingBlank} blank line(s) at the end of the file`);
  if (unusedReferences)
    note(
      lang,
      `社保明细中有 ${unusedReferences} 个编号在申请人表中找不到`,
      `${unusedReferences} reference(s) of the history match no applicant row`,
    );
}
