import type { Applicant } from '../../applicant/applicant.ts';
import { confirm } from '../../core/condition.ts';
import { type Msg, msg } from '../../core/message.ts';
import { param } from '../../policy/index.ts';
import { areaName } from '../assumptions.ts';
import type { PlanContext } from '../context.ts';
import type { RemoteAreaKind } from '../types.ts';
import type { Candidate } from './spec.ts';

/**
 * Working and living in Lingang or a new town from the plan date. When the points start counting (Lingang:
 * after 3 years, from the first year since 2024-08-21; new towns: after 5 years) is the engine's, date by date.
 */
export function remoteAreaActions(ctx: PlanContext): Candidate[] {
  const a = ctx.future.today;
  const out: Candidate[] = [];
  for (const area of ['lingang', 'newTown'] as const) {
    const already = a.remoteArea.some((r) => r.area === area && (r.to === undefined || r.to >= ctx.date));
    if (already) continue;
    const move = (x: Applicant): Applicant => ({ ...x, remoteArea: [...x.remoteArea, { area: area as RemoteAreaKind, from: ctx.date }] });
    const name = areaName(area);
    out.push({
      id: `remoteArea.${area}`,
      kind: 'remoteArea',
      title: msg('planner:remoteArea.title', { area: name }),
      target: 'remoteArea',
      availableFrom: ctx.date,
      apply: move,
      affects: [{ item: 'remoteArea' }],
      // years only add up; with a move already assumed, the better of two areas counts, which can overtake
      monotone: ctx.assumptions.remoteArea === undefined,
      facts: { area },
      conditions: [
        confirm('workAndLive', msg('planner:remoteArea.workAndLive', { area: name }), msg('planner:remoteArea.workAndLiveFix')),
        confirm('areaConditions', areaConditions(area, ctx.date), msg('planner:remoteArea.conditionsFix')),
      ],
      assumptions: [{ id: `remoteArea.${area}.from`, text: msg('planner:assumption.remoteArea', { area: name, date: ctx.date }) }],
    });
  }
  return out;
}

/** What else the area asks for: Lingang, months of continuous SI there (the policy's figure); a new town, the employer. */
function areaConditions(area: 'lingang' | 'newTown', date: string): Msg {
  if (area === 'newTown') return msg('planner:remoteArea.newTownConditions');
  const months = param('remoteArea', date)?.value.areas.lingang?.continuousSiMonths;
  return months === undefined ? msg('planner:remoteArea.lingangLetter') : msg('planner:remoteArea.lingangConditions', { months });
}
