import { monthString } from '../core/calendar.ts';
import { confirm, failed, met } from '../core/condition.ts';
import { msg } from '../core/message.ts';
import type { Context } from './context.ts';
import { required } from './item.ts';
import type { Condition } from './types.ts';

const CONTRIBUTING_NOW = msg('engine:eligibility.contributingNow');

/** Who may apply (Art. 2, §3.1): checked before any score is shown as valid. */
export function eligibility(ctx: Context): Condition[] {
  const p = required(ctx.policy.params.eligibility, 'eligibility', ctx);
  const v = p.value;
  const a = ctx.applicant;
  const out: Condition[] = [];

  out.push(
    a.residencePermit.valid
      ? met('residencePermit', msg('engine:eligibility.residencePermit'))
      : failed(
          'residencePermit',
          msg('engine:eligibility.noResidencePermit'),
          msg('engine:eligibility.noResidencePermitFix', { days: v.permitSyncWorkingDays ?? 0 }),
        ),
  );

  // One pass over the history for all three facts: months in the window, and this and last month's contributions.
  // Eligibility is no item (nothing lists readings for it): it reads the W1 window end directly.
  const from = ctx.lastWindowMonth - v.siWindowMonths + 1;
  let months = 0;
  let thisMonth = false;
  let lastMonth = false;
  for (const m of ctx.history) {
    if (m.backPaid) continue;
    if (m.month >= from && m.month <= ctx.lastWindowMonth) months++;
    if (m.month === ctx.month) thisMonth = true;
    else if (m.month === ctx.month - 1) lastMonth = true;
  }
  // Literals, not a spread of one window object: V8 copies a spread object through a slow generic path.
  const windowFrom = monthString(from);
  const windowTo = monthString(ctx.lastWindowMonth);
  out.push(
    months >= v.minSiMonths
      ? met('siMonths', msg('engine:eligibility.siMonths', { from: windowFrom, to: windowTo, months }))
      : failed(
          'siMonths',
          msg('engine:eligibility.siMonthsShort', { from: windowFrom, to: windowTo, months, needed: v.minSiMonths }),
          msg('engine:eligibility.siMonthsFix', { more: v.minSiMonths - months }),
        ),
  );

  const now = a.employment.contributingNow;
  if (now === true || (now === undefined && thisMonth)) out.push(met('contributingNow', CONTRIBUTING_NOW));
  else if (now === false || !lastMonth)
    out.push(failed('contributingNow', msg('engine:eligibility.notContributingNow'), msg('engine:eligibility.notContributingNowFix')));
  else out.push(confirm('contributingNow', CONTRIBUTING_NOW, msg('engine:eligibility.contributingNowConfirm')));

  out.push(
    a.employment.outOfTownBranch
      ? failed('notOutOfTownBranch', msg('engine:eligibility.outOfTownBranch'), msg('engine:eligibility.outOfTownBranchFix'))
      : met('notOutOfTownBranch', msg('engine:eligibility.notOutOfTownBranch')),
  );
  return out;
}
