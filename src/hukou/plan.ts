import type { Applicant } from '../applicant/index.ts';
import { monthIndex, monthString } from '../core/calendar.ts';
import { type Msg, msg } from '../core/message.ts';
import { hukouParam } from '../policy/hukou.ts';
import { appointedTitle, DEFAULT_HORIZON, earliestMonth, type Prepared, prepare } from './assess.ts';
import { notes } from './conditions.ts';
import type { HukouAssessment, HukouOptions, RouteId } from './types.ts';
import { amountFor } from './window.ts';

/**
 * The dated way to the routes that a base or a title opens (JUZHUANHU.md §5.3): each step is a what-if run of the
 * same month tests — a base from next month on, or a mid-level title appointed next month — and is named only when
 * it opens the route sooner than waiting does.
 */

/**
 * The timelines of the what-ifs, one per base: the answer's own when no base is raised (and the caller set none),
 * else one per amount — the basic route's base with and without the title share theirs.
 */
function timelines(a: Applicant, options: HukouOptions, answer: Prepared): (base: number | undefined) => Prepared {
  const byBase = new Map<number | undefined, Prepared>();
  if (options.baseFrom === undefined) byBase.set(undefined, answer);
  const next = monthString(monthIndex(options.date) + 1);
  return (base) => {
    let p = byBase.get(base);
    if (!p) {
      p = prepare(a, { ...options, baseFrom: base === undefined ? undefined : { month: next, base } });
      byBase.set(base, p);
    }
    return p;
  };
}

/** The route's earliest month on a what-if timeline, with a mid-level title appointed on `titleOn` if given. */
function earliestWith(p: Prepared, id: RouteId, titleOn: string | undefined): string | null {
  return earliestMonth({ ...p.base, note: notes() }, id, titleOn ? [appointedTitle(titleOn)] : []);
}

const sooner = (candidate: string | null, than: string | null) => candidate !== null && (than === null || candidate < than);

export function planHukou(a: Applicant, options: HukouOptions, answer: Omit<HukouAssessment, 'plan'>, prepared: Prepared): Msg[] {
  const steps: Msg[] = [];
  const { overall } = answer;
  if (overall.status === 'open') return [msg('hukou:plan.applyNow', { month: answer.month })];
  if (overall.earliest)
    steps.push(
      msg('hukou:plan.wait', {
        route: msg(`hukou:route.${overall.earliestRoutes[0] ?? 'basic'}`),
        month: overall.earliest,
        from: overall.expected?.from ?? '',
        to: overall.expected?.to ?? '',
      }),
    );
  const next = monthIndex(options.date) + 1;
  const from = monthString(next);
  const readings = prepared.readings;
  const timelineWith = timelines(a, options, prepared);
  const at = `${from}-01`;
  const market = hukouParam('marketStandard', at, readings)?.dated.value;
  const marketRatio = market ? (readings.J6 === 'ratio15' ? market.altRatio : market.ratio) : undefined;
  // Cheapest first; a step is named only when it opens a route sooner than waiting and every earlier step.
  const tries: { id: RouteId; ratio: number | undefined; title: boolean }[] = [
    { id: 'basic', ratio: undefined, title: true },
    { id: 'basic', ratio: marketRatio, title: false },
    { id: 'basic', ratio: marketRatio, title: true },
    { id: 'waiver2x', ratio: hukouParam('waiver2x', at, readings)?.dated.value.ratio, title: false },
    { id: 'kechuang3x', ratio: hukouParam('kechuang3x', at, readings)?.dated.value.ratio, title: false },
  ];
  let soonest = overall.earliest;
  for (const t of tries) {
    const r = answer.routes.find((x) => x.id === t.id);
    if (r?.verdict !== 'notMet' || (t.ratio === undefined && (!t.title || t.id !== 'basic'))) continue;
    const amount = t.ratio === undefined ? undefined : amountFor(t.ratio, next, next + (options.horizonMonths ?? DEFAULT_HORIZON));
    const month = earliestWith(timelineWith(amount), t.id, t.title ? at : undefined);
    if (month === null || !sooner(month, soonest)) continue;
    soonest = month;
    const name = msg(`hukou:route.${t.id}`);
    if (amount !== undefined && t.title)
      steps.push(msg('hukou:plan.baseAndTitle', { ratio: t.ratio ?? 0, amount, from, route: name, month }));
    else if (amount !== undefined) steps.push(msg('hukou:plan.raiseBase', { ratio: t.ratio ?? 0, amount, from, route: name, month }));
    else steps.push(msg('hukou:plan.title', { from, route: name, month }));
  }
  if (steps.length === 0) steps.push(msg('hukou:plan.none'));
  return steps;
}
