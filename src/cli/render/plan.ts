import type { Lang } from '../../core/lang.ts';
import type { Said } from '../../core/message.ts';
import { CONFIDENCE, STATUS } from '../../explain/words.ts';
import { say } from '../../messages/catalogue.ts';
import type { Action, Plan } from '../../planner/index.ts';

/** Engine words are messages now (issue 15): rendered through the catalogue. */
const pick = (s: Said, lang: Lang): string => say(lang, s);

const MARK = { met: '✓', failed: '✗', confirm: '?' } as const;

function actionLines(a: Action, lang: Lang, L: (zh: string, en: string) => string): string[] {
  const reach = a.reaches
    ? L(
        `，${a.reaches.date} 达到标准分值（${a.reaches.total} 分）`,
        `; reaches the standard score on ${a.reaches.date} (${a.reaches.total})`,
      )
    : '';
  // What the applicant must make true or confirm; the engine's failed tiers of other bands would only add noise.
  const open = a.conditions.filter((c) => c.status === 'confirm');
  return [
    `  - ${pick(a.title, lang)}${L('：', ': ')}+${a.points} ${L('分，自', 'points from')} ${a.countsFrom}${reach} · ${L('可信度', 'confidence')} ${pick(CONFIDENCE[a.confidence], lang)}`,
    `      ${L('代价：', 'Cost: ')}${pick(a.cost.text, lang)}`,
    ...open.map((c) => `      ${MARK[c.status]} ${pick(c.text, lang)}${c.fix ? ` → ${pick(c.fix, lang)}` : ''}`),
  ];
}

/** `hujifen plan`: where the applicant stands, what waiting gives, and each way to add points. */
export function renderPlan(p: Plan, lang: Lang): string {
  const L = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const g = p.gap;
  const out: string[] = [
    L(`积分规划 · ${p.date}（展望 ${p.horizonMonths} 个月）`, `Points plan · ${p.date} (looking ${p.horizonMonths} months ahead)`),
    pick(p.summary, lang),
    ...(p.nearMiss ? [`» ${pick(p.nearMiss.text, lang)}`] : []),
    '',
    `${L('现状：', 'Today: ')}${pick(STATUS[g.status], lang)} · ${L('总积分', 'total')} ${g.total} / ${g.standardScore} · ${L('若符合条件', 'if eligible')} ${g.scoreIfEligible}${g.points ? L(`，还差 ${g.points} 分`, `, ${g.points} short`) : ''} · ${L('版本', 'version')} ${g.version.id} · ${L('可信度', 'confidence')} ${pick(CONFIDENCE[g.confidence], lang)}`,
  ];
  if (p.outsideScheme) out.push('', pick(p.outsideScheme, lang));
  for (const v of p.vetoes) out.push(`✗ ${pick(v.label, lang)} (${v.date})`);
  if (p.eligibility) {
    out.push('', L('申请条件', 'Eligibility'), `  ${pick(p.eligibility.text, lang)}`);
    for (const c of p.eligibility.failed) out.push(`  ✗ ${pick(c.text, lang)}${c.fix ? ` → ${pick(c.fix, lang)}` : ''}`);
  }
  if (p.projection) {
    const r = p.projection.reaches;
    out.push(
      '',
      L('只靠时间', 'Waiting alone'),
      `  ${r ? L(`${r.date} 达到标准分值（${r.total} 分）`, `reaches the standard score on ${r.date} (${r.total})`) : L('展望期内达不到标准分值', 'does not reach the standard score within the horizon')}`,
    );
    for (const e of p.projection.events.slice(0, 8)) out.push(`  ${e.date} ${pick(e.text, lang)}`);
  }
  if (p.actions.length)
    out.push(
      '',
      L('可以增加积分的途径', 'Ways to add points'),
      `  ${pick(p.rankingRule, lang)}`,
      ...p.actions.flatMap((a) => actionLines(a, lang, L)),
    );
  if (p.information.length)
    out.push('', L('仅供参考（不是建议）', 'For information only (not advice)'), ...p.information.flatMap((a) => actionLines(a, lang, L)));
  if (p.skipped.length)
    out.push(
      '',
      L('考虑过但无法加分的途径', 'Considered, but adding nothing'),
      ...p.skipped.map((s) => `  - ${pick(s.title, lang)}${L('：', ': ')}${pick(s.reason, lang)}`),
    );
  const assumptions = p.projection?.assumptions ?? [];
  if (assumptions.length) out.push('', L('假设', 'Assumptions'), ...assumptions.map((a) => `  - ${pick(a.text, lang)}`));
  if (p.limits.length) out.push('', L('局限', 'Limits'), ...p.limits.map((l) => `  ! ${pick(l, lang)}`));
  return `${out.join('\n')}\n`;
}
