import { msg, type Said } from '../core/message.ts';
import type { Assessment } from '../engine/types.ts';
import type { Action, EligibilityPath, Gap, Projection } from './types.ts';
import { join } from './words.ts';

/** The plan in two or three sentences, built from its parts. */
export function summarize(
  today: Assessment,
  gap: Gap,
  projection: Projection | null,
  actions: readonly Action[],
  horizonMonths: number,
  eligibility: EligibilityPath | null = null,
): Said {
  if (today.status === 'vetoed') {
    const vetoes = today.vetoes.map((x) => msg('planner:summary.veto', { label: x.label, date: x.date }));
    return msg('planner:summary.vetoed', { vetoes: join(vetoes, 'comma') });
  }
  if (today.status === 'outsideScheme') return msg('planner:summary.outsideScheme', { why: outsideSchemeText(today) });
  const parts: Said[] = [];
  const standard = gap.standardScore;
  if (gap.reachedToday) parts.push(msg('planner:summary.reached', { total: gap.total, standard }));
  else if (eligibility) parts.push(eligibility.text, msg('planner:summary.onceEligible', { points: gap.scoreIfEligible }));
  else parts.push(msg('planner:summary.short', { points: gap.scoreIfEligible, standard, missing: gap.points }));
  if (projection) {
    const loss = projection.events.find((e) => e.kind === 'loss');
    if (gap.reachedToday && loss) parts.push(msg('planner:summary.note', { event: loss.text }));
    if (!gap.reachedToday) {
      const r = projection.reaches;
      parts.push(
        r ? msg('planner:summary.waitingReaches', { date: r.date }) : msg('planner:summary.waitingNever', { months: horizonMonths }),
      );
      const best = actions[0];
      if (best?.reaches && (!r || best.reaches.date < r.date))
        parts.push(msg('planner:summary.firstChoice', { action: best.title, date: best.reaches.date }));
    }
  }
  return join(parts, 'sentences');
}

/** Why an applicant is outside the scheme: the age item's failed condition, as the engine words it. */
export function outsideSchemeText(today: Assessment): Said {
  const c = today.items.find((i) => i.id === 'age')?.conditions.find((x) => x.status === 'failed');
  return c?.text ?? msg('planner:summary.outsideAge');
}
