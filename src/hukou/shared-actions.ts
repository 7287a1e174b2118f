import { type Msg, msg, type Said } from '../core/message.ts';
import { isMidOrAbove } from './title.ts';

/**
 * One action, two goals: the steps of the 居转户 way there (`planHukou`) paired with the points planner's actions that
 * share their cause — a mid-level title (or technician level) appointed to the post adds title/skill points and
 * opens the 7-year route; a higher social-insurance base raises the points band and meets the 1.3× / 2× / 3× tests.
 * Pure: it reads the two plans as they are, so each keeps its own dates and assumptions.
 */

/** As much of a points-planner action as the pairing reads (src/hukou may not import the planner). */
export interface PointsAction {
  id: string;
  kind: string;
  title: Said;
  points: number;
  countsFrom: string;
  facts: Readonly<Record<string, unknown>>;
}

export type SharedCause = 'title' | 'base';

export interface SharedAction {
  /** What the two goals share: a title appointed to the post, a base raise, or both. */
  causes: SharedCause[];
  /** The 居转户 step as planHukou words it. */
  step: Msg;
  route: Msg;
  /** The month the route opens with this step. */
  month: string;
  /** The month the step starts from (the title appointed, the base raised). */
  from: string;
  /** The points action serving the same cause. */
  action: { id: string; title: Said; points: number; countsFrom: string };
  /** The monthly base (yuan) that serves both: the higher of the two; absent when no base is raised. */
  base?: number;
  /** In words: "…serves both: +N points from …; the route opens in …". */
  text: Msg;
}

const STEP_CAUSES: Record<string, SharedCause[]> = {
  'hukou:plan.title': ['title'],
  'hukou:plan.raiseBase': ['base'],
  'hukou:plan.baseAndTitle': ['title', 'base'],
};

/** A step of the way there that a points action may share (a title, a base): the others (wait, apply now) share none. */
export const sharesCause = (step: Msg): boolean => step.key in STEP_CAUSES;

const num = (p: unknown): number | undefined => (typeof p === 'number' ? p : undefined);
const str = (p: unknown): string => (typeof p === 'string' ? p : '');

/** The causes a points action serves: its title or technician-level certificate, its base raise (alone or combined). */
function actionCauses(a: PointsAction): SharedCause[] {
  const out: SharedCause[] = [];
  if (a.kind === 'midTitle') out.push('title');
  if (
    a.kind === 'skillCertificate' &&
    typeof a.facts['level'] === 'number' &&
    isMidOrAbove({ kind: 'skill', skillLevel: a.facts['level'] })
  )
    out.push('title');
  if (typeof a.facts['monthlyBase'] === 'number') out.push('base');
  return out;
}

/**
 * Every pair of a 居转户 step and a points action that serve one cause, in the order of the way there and then of
 * the points plan's ranking. A base step pairs with a base action (the higher base serves both); a title step with
 * a title action (a base the points action needs comes with it); a step needing both with an action giving both.
 */
export function sharedActions(hukouPlan: readonly Msg[], pointsActions: readonly PointsAction[]): SharedAction[] {
  const out: SharedAction[] = [];
  for (const step of hukouPlan) {
    const causes = STEP_CAUSES[step.key];
    if (!causes) continue;
    const p = step.params ?? {};
    const route = p['route'];
    if (route === undefined || typeof route !== 'object' || !('key' in route)) continue;
    for (const a of pointsActions) {
      const served = actionCauses(a);
      if (!causes.every((c) => served.includes(c))) continue;
      const bases = [num(p['amount']), num(a.facts['monthlyBase'])].filter((b): b is number => b !== undefined);
      const base = bases.length ? Math.max(...bases) : undefined;
      const month = str(p['month']);
      const from = str(p['from']);
      const action = { id: a.id, title: a.title, points: a.points, countsFrom: a.countsFrom };
      const params = { action: a.title, points: a.points, countsFrom: a.countsFrom, route, month, from };
      // A base the points action needs (a title behind the base gate) is part of the pair too.
      const both: SharedCause[] = base === undefined || causes.includes('base') ? causes : [...causes, 'base'];
      out.push({
        causes: both,
        step,
        route,
        month,
        from,
        action,
        ...(base === undefined ? {} : { base }),
        text:
          base === undefined
            ? msg('hukou:shared.title', params)
            : msg(both.includes('title') ? 'hukou:shared.baseAndTitle' : 'hukou:shared.base', { ...params, base }),
      });
    }
  }
  return out;
}
