import { catalogs, englishName, type SearchResult } from '../../catalog/index.ts';
import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import { CONFIDENCE } from '../../explain/words.ts';
import { sayer } from '../../messages/catalogue.ts';

/** `hujifen catalog`: each hit with its catalogue, what it gives and what it takes. */
export function renderSearch(r: SearchResult, lang: Lang): string {
  const s = sayer(lang);
  const out: string[] = [s(msg('catalog:cli.heading', { query: r.query, count: r.hits.length }))];
  r.hits.forEach((h, i) => {
    const code = 'code' in h.entry ? ` ${h.entry.code}` : '';
    const inForce = h.inForce === false ? s(msg('catalog:cli.notInForce')) : '';
    const name = lang === 'zh' ? h.entry.name : englishName(h.entry);
    const matchedOn = h.matchedOn !== h.entry.name && h.matchedOn !== h.entry.nameEn ? ` (${h.matchedOn})` : '';
    const confidence = s(msg('catalog:cli.confidence', { confidence: CONFIDENCE[h.entry.confidence] }));
    out.push(
      '',
      `${i + 1}. ${name}${code} — ${s(catalogs[h.catalog].meta.name)}${inForce}`,
      `   ${s(msg('catalog:cli.match', { match: msg(`catalog:match.${h.match}`) }))}${matchedOn} · ${confidence}`,
      `   ${s(msg('catalog:cli.points', { points: h.points.text }))}`,
      ...h.conditions.map((c) => `   - ${s(c)}`),
    );
  });
  if (r.notFound) {
    out.push('', s(r.notFound.text), s(r.notFound.consequence));
    if (r.notFound.didYouMean) out.push(s(r.notFound.didYouMean));
  }
  return `${out.join('\n')}\n`;
}
