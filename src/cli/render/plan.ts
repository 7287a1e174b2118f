import type { Condition } from '../../core/condition.ts';
import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import { CONFIDENCE, STATUS } from '../../explain/words.ts';
import { sayer } from '../../messages/catalogue.ts';
import type { Action, Plan } from '../../planner/index.ts';

const MARK = { met: '✓', failed: '✗', confirm: '?' } as const;

type Say = ReturnType<typeof sayer>;

function conditionLine(c: Condition, s: Say, mark: string): string {
  return `${mark} ${s(c.text)}${c.fix ? ` → ${s(c.fix)}` : ''}`;
}

function actionLines(a: Action, s: Say): string[] {
  const line = { title: a.title, points: a.points, from: a.countsFrom, confidence: CONFIDENCE[a.confidence] };
  const head = a.reaches
    ? msg('planner:cli.actionReaches', { ...line, date: a.reaches.date, total: a.reaches.total })
    : msg('planner:cli.action', line);
  // What the applicant must make true or confirm; the engine's failed tiers of other bands would only add noise.
  const open = a.conditions.filter((c) => c.status === 'confirm');
  return [
    `  - ${s(head)}`,
    `      ${s(msg('planner:cli.cost', { cost: a.cost.text }))}`,
    ...open.map((c) => `      ${conditionLine(c, s, MARK[c.status])}`),
  ];
}

/** `hujifen plan`: where the applicant stands, what waiting gives, and each way to add points. */
export function renderPlan(p: Plan, lang: Lang): string {
  const s = sayer(lang);
  const heading = (key: string) => s(msg(`planner:cli.${key}`));
  const g = p.gap;
  const today = msg('planner:cli.today', {
    status: STATUS[g.status],
    total: g.total,
    standard: g.standardScore,
    ifEligible: g.scoreIfEligible,
    missing: g.points,
    version: g.version.id,
    confidence: CONFIDENCE[g.confidence],
  });
  const out: string[] = [
    s(msg('planner:cli.heading', { date: p.date, months: p.horizonMonths })),
    s(p.summary),
    ...(p.nearMiss ? [`» ${s(p.nearMiss.text)}`] : []),
    '',
    s(today),
  ];
  if (p.outsideScheme) out.push('', s(p.outsideScheme));
  for (const v of p.vetoes) out.push(`✗ ${s(v.label)} (${v.date})`);
  if (p.eligibility) {
    out.push('', heading('eligibility'), `  ${s(p.eligibility.text)}`);
    for (const c of p.eligibility.failed) out.push(`  ${conditionLine(c, s, MARK.failed)}`);
  }
  if (p.projection) {
    const r = p.projection.reaches;
    const reach = r ? msg('planner:cli.waitingReaches', { date: r.date, total: r.total }) : msg('planner:cli.waitingNever');
    out.push('', heading('waiting'), `  ${s(reach)}`);
    for (const e of p.projection.events.slice(0, 8)) out.push(`  ${e.date} ${s(e.text)}`);
  }
  if (p.actions.length) out.push('', heading('actions'), `  ${s(p.rankingRule)}`, ...p.actions.flatMap((a) => actionLines(a, s)));
  if (p.information.length) out.push('', heading('information'), ...p.information.flatMap((a) => actionLines(a, s)));
  if (p.skipped.length)
    out.push('', heading('skipped'), ...p.skipped.map((x) => `  - ${s(msg('planner:titleReason', { title: x.title, reason: x.reason }))}`));
  const assumptions = p.projection?.assumptions ?? [];
  if (assumptions.length) out.push('', heading('assumptions'), ...assumptions.map((a) => `  - ${s(a.text)}`));
  if (p.limits.length) out.push('', heading('limits'), ...p.limits.map((l) => `  ! ${s(l)}`));
  return `${out.join('\n')}\n`;
}
