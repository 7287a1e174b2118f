import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import { CONFIDENCE } from '../../explain/words.ts';
import { sayer } from '../../messages/catalogue.ts';
import { flatten } from '../../policy/flat.ts';
import { readings, wages } from '../../policy/index.ts';
import type { diffVersions, PolicySnapshot } from '../../policy/snapshot.ts';
import { describeSources } from '../../policy/sources.ts';
import { paramName, pathWords, valueWords } from '../../policy/words.ts';
import { renderTable } from '../text/table.ts';

/** "words (raw.path)": the path a person reads, and the one `--json` and the policy files use. */
function named(words: string, path: string): string {
  return path ? `${words} (${path})` : words;
}

/** `hujifen policy`: the version in force, a summary table, then each parameter's value, article and sources. */
export function renderSnapshot(snap: PolicySnapshot, lang: Lang): string {
  const s = sayer(lang);
  const v = snap.version;
  const out: string[] = [
    s(msg('policy:cli.heading', { date: snap.date })),
    s(
      msg('policy:cli.version', {
        id: v.id,
        name: v.name,
        docNo: v.docNo,
        from: v.from,
        to: v.to,
        beyond: v.beyondValidity ? 'yes' : 'no',
        confidence: CONFIDENCE[v.confidence],
      }),
    ),
    s(msg('policy:cli.checked', { rules: v.lastChecked, wages: wages.lastChecked })),
  ];
  if (snap.referenceWage) {
    const w = snap.referenceWage;
    const confidence = CONFIDENCE[w.confidence as 'high'];
    out.push(s(msg('policy:cli.wage', { month: w.month, value: String(w.value), confidence, carried: w.carried ? 'yes' : 'no' })));
  }
  out.push('');
  const rows = snap.parameters.map((p) => [s(paramName(p.id)), p.id, p.from, s(CONFIDENCE[p.confidence]), p.source.join(' ')]);
  const header = (key: string) => ({ header: s(msg(`policy:cli.${key}`)) });
  out.push(renderTable([header('parameter'), { header: 'id' }, header('from'), header('confidenceShort'), header('sources')], rows));
  if (snap.absent.length) out.push(s(msg('policy:cli.absent', { ids: snap.absent.join(', ') })));
  for (const p of snap.parameters) {
    out.push('', `${s(paramName(p.id))} (${p.id}) — ${p.from} → ${p.to ?? s(msg('policy:cli.open'))}`);
    for (const [path, value] of flatten(p.value)) out.push(`  ${named(s(pathWords(path, p.value)), path)} = ${s(valueWords(value))}`);
    out.push(`  ${s(msg('policy:cli.article', { article: p.article }))}`);
    const used = p.readings.length ? ` · ${s(msg('policy:cli.readingsUsed', { ids: p.readings.join(', ') }))}` : '';
    out.push(
      `  ${s(msg('policy:cli.confidence', { confidence: CONFIDENCE[p.confidence] }))}${used}`,
      `  ${s(msg('policy:cli.sourcesHeading'))}`,
      ...describeSources(p.source).map((x) => `    [${s(x.kindLabel)}] ${s(x.title)}${x.url ? ` ${x.url}` : ''}`),
    );
  }
  out.push('', s(msg('policy:cli.readings')));
  for (const r of readings) {
    out.push(`  ${r.id} ${s(r.question)}`);
    for (const o of r.options) out.push(`    ${o.id === r.default ? '*' : ' '} ${o.id} — ${s(o.text)} (${s(CONFIDENCE[o.confidence])})`);
  }
  return `${out.join('\n')}\n`;
}

/** `hujifen policy --diff A B`: each parameter that changed, path by path, in words. */
export function renderDiff(d: ReturnType<typeof diffVersions>, lang: Lang): string {
  const s = sayer(lang);
  const out = [
    s(msg('policy:cli.diffHeading', { from: d.from.id, to: d.to.id, fromDate: d.from.from, toDate: d.to.from })),
    `  ${d.from.id}: ${s(d.from.name)} ${d.from.docNo}`,
    `  ${d.to.id}: ${s(d.to.name)} ${d.to.docNo}`,
  ];
  if (d.params.length === 0) out.push('', s(msg('policy:cli.noChange')));
  for (const p of d.params) {
    out.push('', `${s(p.name)} (${p.id})`);
    for (const c of p.changes) out.push(`  ${named(s(c.name), c.path)}: ${s(c.beforeText)} → ${s(c.afterText)}`);
    if (p.article) out.push(`  ${s(msg('policy:cli.article', { article: p.article }))}`);
  }
  return `${out.join('\n')}\n`;
}
