import { catalogs, englishName, type SearchResult } from '../../catalog/index.ts';
import type { Lang } from '../../core/lang.ts';
import type { Said } from '../../core/message.ts';
import { CONFIDENCE } from '../../explain/words.ts';
import { say } from '../../messages/catalogue.ts';

/** Engine words are messages now (issue 15): rendered through the catalogue. */
const pick = (s: Said, lang: Lang): string => say(lang, s);

const MATCH: Record<string, { zh: string; en: string }> = {
  exact: { zh: '名称一致', en: 'exact name' },
  alias: { zh: '别名', en: 'alias' },
  prefix: { zh: '开头一致', en: 'prefix' },
  substring: { zh: '包含', en: 'contains' },
  pinyin: { zh: '拼音', en: 'pinyin' },
  english: { zh: '英文名', en: 'English name' },
  typo: { zh: '近似（一字之差）', en: 'one character off' },
};

/** `hujifen catalog`: each hit with its catalogue, what it gives and what it takes. */
export function renderSearch(r: SearchResult, lang: Lang): string {
  const L = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const out: string[] = [
    L(`「${r.query}」的目录查询结果：${r.hits.length} 条`, `Catalogue search for "${r.query}": ${r.hits.length} hit(s)`),
  ];
  r.hits.forEach((h, i) => {
    const code = 'code' in h.entry ? ` ${h.entry.code}` : '';
    const inForce = h.inForce === null ? '' : h.inForce ? '' : L('（评估日不在目录内）', ' (not on the catalogue on the date)');
    out.push(
      '',
      `${i + 1}. ${L(h.entry.name, englishName(h.entry))}${code} — ${pick(catalogs[h.catalog].meta.name, lang)}${inForce}`,
      `   ${L('匹配：', 'Match: ')}${pick(MATCH[h.match] ?? { zh: h.match, en: h.match }, lang)}${h.matchedOn !== h.entry.name && h.matchedOn !== h.entry.nameEn ? ` (${h.matchedOn})` : ''} · ${L('可信度', 'confidence')} ${pick(CONFIDENCE[h.entry.confidence], lang)}`,
      `   ${L('积分：', 'Points: ')}${pick(h.points.text, lang)}`,
      ...h.conditions.map((c) => `   - ${pick(c, lang)}`),
    );
  });
  if (r.notFound) {
    out.push('', pick(r.notFound.text, lang), pick(r.notFound.consequence, lang));
    if (r.notFound.didYouMean) out.push(pick(r.notFound.didYouMean, lang));
  }
  return `${out.join('\n')}\n`;
}
