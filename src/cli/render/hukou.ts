import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import type { HukouAssessment, SharedAction } from '../../hukou/index.ts';
import { sayer } from '../../messages/catalogue.ts';
import { renderTable } from '../text/table.ts';

const MARK = { met: '✓', failed: '✗', confirm: '?' } as const;

/** `hujifen hukou`: every route with its verdict and earliest month, the open conditions, the way there and the points actions it shares. */
export function renderHukou(h: HukouAssessment, lang: Lang, shared: readonly SharedAction[] = []): string {
  const say = sayer(lang);
  const k = (key: string, params?: Record<string, string | number>) => say(msg(`hukou:cli.${key}`, params));
  const rows = h.routes.map((r) => [
    say(r.name),
    say(msg(`hukou:verdict.${r.verdict}`)),
    r.earliest ?? k('never'),
    say(msg(`hukou:confidence.${r.confidence}`)),
  ]);
  const out = [
    k('heading', { date: h.date, month: h.month, versions: h.versions.join(', ') }),
    say(h.overall.summary),
    '',
    renderTable([{ header: k('route') }, { header: k('verdict') }, { header: k('earliest') }, { header: k('confidence') }], rows),
  ];
  // The open routes, the earliest one and the basic route in detail; the unpublished pay standard stays in the table.
  const detailed = (id: string, verdict: string) =>
    id !== 'payStandard' && (verdict !== 'notMet' || id === h.overall.earliestRoutes[0] || id === 'basic');
  for (const r of h.routes.filter((x) => detailed(x.id, x.verdict))) {
    out.push('', `${say(r.name)} · ${say(msg(`hukou:verdict.${r.verdict}`))}`);
    for (const c of r.conditions) out.push(`  ${MARK[c.status]} ${say(c.text)}${c.status !== 'met' && c.fix ? ` → ${say(c.fix)}` : ''}`);
    for (const w of r.warnings) out.push(`  ! ${say(w)}`);
    if (r.verdict !== 'notMet') out.push(`  ${k('documents')}: ${r.documents.map(say).join(k('separator'))}`);
  }
  out.push('', k('plan'), ...h.plan.map((p) => `  - ${say(p)}`));
  if (shared.length) out.push('', k('shared'), ...shared.map((s) => `  - ${say(s.text)}`));
  if (h.warnings.length) out.push('', k('warnings'), ...h.warnings.map((w) => `  ! ${say(w)}`));
  out.push('', k('points'), `  ${say(h.points.text)}`);
  for (const s of h.sources.filter((x) => h.points.source.includes(x.key)))
    out.push(`  [${s.key}] ${say(s.title)}${s.url ? ` ${s.url}` : ''}`);
  out.push('', k('readings'), `  ${h.readings.map((r) => `${r.id}=${r.option}`).join(' ')}`);
  return `${out.join('\n')}\n`;
}
