import type { Lang } from '../../core/lang.ts';
import type { Said } from '../../core/message.ts';
import { CONFIDENCE } from '../../explain/words.ts';
import { say } from '../../messages/catalogue.ts';
import { flatten } from '../../policy/flat.ts';
import { readings, wages } from '../../policy/index.ts';
import type { diffVersions, PolicySnapshot } from '../../policy/snapshot.ts';
import { describeSources } from '../../policy/sources.ts';
import { renderTable } from '../text/table.ts';

/** Engine words are messages now (issue 15): rendered through the catalogue. */
const pick = (s: Said, lang: Lang): string => say(lang, s);

function L(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

/** `hujifen policy`: the version in force, a summary table, then each parameter's value, article and sources. */
export function renderSnapshot(s: PolicySnapshot, lang: Lang): string {
  const v = s.version;
  const out: string[] = [
    L(lang, `${s.date} 适用的积分政策`, `Points policy in force on ${s.date}`),
    `${L(lang, '版本：', 'Version: ')}${v.id} ${pick(v.name, lang)} ${v.docNo} (${v.from} → ${v.to}${v.beyondValidity ? L(lang, '；已超出有效期', '; beyond its stated validity') : ''}), ${L(lang, '可信度', 'confidence')} ${pick(CONFIDENCE[v.confidence], lang)}`,
    L(
      lang,
      `规则最近核对：${v.lastChecked}；参考工资最近核对：${wages.lastChecked}`,
      `Rules last checked ${v.lastChecked}; reference wages last checked ${wages.lastChecked}`,
    ),
  ];
  if (s.referenceWage) {
    const w = s.referenceWage;
    out.push(
      `${L(lang, '参考工资（人才口径）', 'Reference wage (talent domain)')} ${w.month}: ${w.value} ${L(lang, '元/月', 'yuan/month')}, ${L(lang, '可信度', 'confidence')} ${pick(CONFIDENCE[w.confidence as 'high'], lang)}${w.carried ? L(lang, '（沿用最新公布值）', ' (latest published value carried forward)') : ''}`,
    );
  }
  out.push('');
  const rows = s.parameters.map((p) => [
    p.label ? pick(p.label, lang) : p.id,
    p.id,
    p.from,
    pick(CONFIDENCE[p.confidence], lang),
    p.source.join(' '),
  ]);
  out.push(
    renderTable(
      [
        { header: L(lang, '参数', 'Parameter') },
        { header: 'id' },
        { header: L(lang, '生效', 'From') },
        { header: L(lang, '可信度', 'Conf.') },
        { header: L(lang, '来源', 'Sources') },
      ],
      rows,
    ),
  );
  if (s.absent.length) out.push(`${L(lang, '该日不存在的参数：', 'Not in force on this date: ')}${s.absent.join(', ')}`);
  for (const p of s.parameters) {
    out.push('', `${p.label ? pick(p.label, lang) : p.id} (${p.id}) — ${p.from} → ${p.to ?? L(lang, '至今', 'open')}`);
    for (const [path, value] of flatten(p.value)) out.push(`  ${path || '(value)'} = ${value}`);
    out.push(`  ${L(lang, '条文：', 'Article: ')}${pick(p.article, lang)}`);
    out.push(
      `  ${L(lang, '可信度', 'Confidence')} ${pick(CONFIDENCE[p.confidence], lang)}${p.readings.length ? ` · ${L(lang, '解读', 'readings')} ${p.readings.join(', ')}` : ''}`,
      `  ${L(lang, '来源（官方文本在前）：', 'Sources (official texts first):')}`,
      ...describeSources(p.source).map((x) => `    [${pick(x.kindLabel, lang)}] ${pick(x.title, lang)}${x.url ? ` ${x.url}` : ''}`),
    );
  }
  out.push('', L(lang, '解读（--reading 编号=选项，默认值标 *）', 'Readings (--reading ID=OPTION; * marks the default)'));
  for (const r of readings) {
    out.push(`  ${r.id} ${pick(r.question, lang)}`);
    for (const o of r.options)
      out.push(`    ${o.id === r.default ? '*' : ' '} ${o.id} — ${pick(o.text, lang)} (${pick(CONFIDENCE[o.confidence], lang)})`);
  }
  return `${out.join('\n')}\n`;
}

export function renderDiff(d: ReturnType<typeof diffVersions>, lang: Lang): string {
  const out = [
    L(
      lang,
      `版本 ${d.from.id} → ${d.to.id}（比较各参数在 ${d.from.from} 与 ${d.to.from} 的取值）`,
      `Version ${d.from.id} → ${d.to.id} (each parameter as in force on ${d.from.from} and on ${d.to.from})`,
    ),
    `  ${d.from.id}: ${pick(d.from.name, lang)} ${d.from.docNo}`,
    `  ${d.to.id}: ${pick(d.to.name, lang)} ${d.to.docNo}`,
  ];
  if (d.params.length === 0) out.push('', L(lang, '没有参数发生变化。', 'No parameter changed.'));
  for (const p of d.params) {
    out.push('', `${p.label ? pick(p.label, lang) : p.id} (${p.id})`);
    for (const c of p.changes)
      out.push(`  ${c.path || '(value)'}: ${c.before ?? L(lang, '（无）', '(none)')} → ${c.after ?? L(lang, '（无）', '(none)')}`);
    if (p.article) out.push(`  ${L(lang, '条文：', 'Article: ')}${pick(p.article, lang)}`);
  }
  return `${out.join('\n')}\n`;
}
