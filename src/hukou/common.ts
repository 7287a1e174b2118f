import { msg } from '../core/message.ts';
import { type Ctx, cond, month, rule, standing } from './conditions.ts';
import { permitMonthsBefore, permitValidIn, siMonthsBefore } from './month-tests.ts';
import type { HukouCondition } from './types.ts';

/** The conditions of Art. 5 that every route keeps (JUZHUANHU.md §2.1, §2.4, §2.7), for an application in month m. */
export function commonConditions(c: Ctx, m: number): HukouCondition[] {
  const h = c.a.hukou;
  const records = rule(c, 'records', m);
  const crime = c.a.records.some((r) => r.kind === 'generalCrime' || r.kind === 'seriousCrime');
  const penalty = c.a.records.some((r) => r.kind === 'adminDetention');
  const penaltyDisqualifies = records?.penaltyDisqualifies === true || c.readings.J15 === 'penaltyDisqualifies';
  c.note.readings.add('J15');
  const out = [
    cond('permitValid', permitValidIn(c.t, m), msg('hukou:cond.permitValid', { month: month(m) }), msg('hukou:fix.permitValid')),
    standing(cond('employer', h?.employerInShanghai, msg('hukou:cond.employer'), msg('hukou:fix.employer'))),
    standing(cond('tax', h?.taxInShanghai, msg('hukou:cond.tax'), msg('hukou:fix.tax'))),
    standing(
      cond('criminalRecord', !crime, msg(crime ? 'hukou:cond.criminalRecord' : 'hukou:cond.noCriminalRecord'), msg('hukou:fix.records')),
    ),
    standing(cond('familyPlanning', h?.familyPlanningCompliant, msg('hukou:cond.familyPlanning'), msg('hukou:fix.familyPlanning'))),
  ];
  if (penalty)
    out.push(
      penaltyDisqualifies
        ? cond('penalty', false, msg('hukou:cond.penaltyDisqualifies'), msg('hukou:fix.records'))
        : cond('penalty', undefined, msg('hukou:cond.penaltyCheck'), msg('hukou:fix.penaltyCheck')),
    );
  return out;
}

/** Permit months and regular SI months during the permit before month m, against what each needs (§2.2, §2.3). */
export function yearsConditions(c: Ctx, m: number, need: number, siNeed = need): HukouCondition[] {
  c.note.readings.add('J1');
  c.note.readings.add('J2');
  c.note.readings.add('J3');
  c.note.readings.add('J4');
  c.note.readings.add('J5');
  const permit = permitMonthsBefore(c.t, m, c.readings);
  const si = siMonthsBefore(c.t, m, c.readings);
  return [
    cond(
      'permitMonths',
      permit >= need,
      msg('hukou:cond.permitMonths', { have: permit, need, month: month(m) }),
      msg('hukou:fix.permitMonths', { more: need - permit }),
    ),
    cond(
      'siMonths',
      si >= siNeed,
      msg('hukou:cond.siMonths', { have: si, need: siNeed, month: month(m) }),
      msg('hukou:fix.siMonths', { more: siNeed - si }),
    ),
  ];
}
