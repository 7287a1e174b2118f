import type { PlanContext } from '../context.ts';
import type { Action, SkippedAction } from '../types.ts';
import { withCombinations } from './combined.ts';
import { degreeActions } from './degree.ts';
import { evaluate } from './evaluate.ts';
import { freshGraduateActions } from './fresh-graduate.ts';
import { marriageInformation } from './marriage.ts';
import { remoteAreaActions } from './remote-area.ts';
import { siBaseActions } from './si-base.ts';
import { skillActions } from './skill.ts';
import { isSpec } from './spec.ts';
import { titleActions } from './title.ts';

/** Builders in a fixed order: the last tie-breaker of the ranking, so equal plans list the same way every time. */
const BUILDERS = [freshGraduateActions, siBaseActions, skillActions, titleActions, degreeActions, remoteAreaActions, marriageInformation];

export function actionsFor(ctx: PlanContext): { actions: Action[]; information: Action[]; skipped: SkippedAction[] } {
  const actions: Action[] = [];
  const information: Action[] = [];
  const skipped: SkippedAction[] = [];
  const candidates = withCombinations(
    BUILDERS.flatMap((build) => build(ctx)),
    ctx.date,
  );
  for (const c of candidates) {
    const r = isSpec(c) ? evaluate(c, ctx) : c;
    if (!('countsFrom' in r)) skipped.push(r);
    else if (r.informationOnly) information.push(r);
    else actions.push(r);
  }
  return { actions, information, skipped };
}
