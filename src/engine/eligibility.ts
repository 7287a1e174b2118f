import { monthString } from '../core/calendar.ts';
import { confirm, failed, met } from '../core/condition.ts';
import { msg } from '../core/message.ts';
import type { Context } from './context.ts';
import { backPaidIn, type HistoryMonth, monthsThrough } from './history.ts';
import { required } from './item.ts';
import type { Condition } from './types.ts';

const CONTRIBUTING_NOW = msg('engine:eligibility.contributingNow');

/** Who may apply (Art. 2, §3.1): checked before any score is shown as valid. */
export function eligibility(ctx: Context): Condition[] {
  const p = required(ctx.policy.params.eligibility, 'eligibility', ctx);
  const v = p.value;
  const a = ctx.applicant;
  const permit = a.residencePermit.valid
    ? met('residencePermit', msg('engine:eligibility.residencePermit'))
    : failed(
        'residencePermit',
        msg('engine:eligibility.noResidencePermit'),
        msg('engine:eligibility.noResidencePermitFix', { days: v.permitSyncWorkingDays ?? 0 }),
      );

  // The months in the window, and this and last month's contributions.
  // Eligibility is no item (nothing lists readings for it): it reads the W1 window end directly.
  const from = ctx.lastWindowMonth - v.siWindowMonths + 1;
  // By position in the history (its running counts; each month once, as validation requires).
  const h = ctx.history;
  const before = monthsThrough(h, from - 1);
  const through = monthsThrough(h, ctx.lastWindowMonth);
  const months = through - before - (backPaidIn(h, through) - backPaidIn(h, before));
  const thisMonth = paidFor(h, ctx.month);
  const lastMonth = paidFor(h, ctx.month - 1);
  // Literals, not a spread of one window object: V8 copies a spread object through a slow generic path.
  const windowFrom = monthString(from);
  const windowTo = monthString(ctx.lastWindowMonth);
  const siMonths =
    months >= v.minSiMonths
      ? met('siMonths', msg('engine:eligibility.siMonths', { from: windowFrom, to: windowTo, months }))
      : failed(
          'siMonths',
          msg('engine:eligibility.siMonthsShort', { from: windowFrom, to: windowTo, months, needed: v.minSiMonths }),
          msg('engine:eligibility.siMonthsFix', { more: v.minSiMonths - months }),
        );

  const now = a.employment.contributingNow;
  const contributing =
    now === true || (now === undefined && thisMonth)
      ? met('contributingNow', CONTRIBUTING_NOW)
      : now === false || !lastMonth
        ? failed('contributingNow', msg('engine:eligibility.notContributingNow'), msg('engine:eligibility.notContributingNowFix'))
        : confirm('contributingNow', CONTRIBUTING_NOW, msg('engine:eligibility.contributingNowConfirm'));

  const branch = a.employment.outOfTownBranch
    ? failed('notOutOfTownBranch', msg('engine:eligibility.outOfTownBranch'), msg('engine:eligibility.outOfTownBranchFix'))
    : met('notOutOfTownBranch', msg('engine:eligibility.notOutOfTownBranch'));
  // One literal of the four: pushes onto [] grew it once per assessment.
  return [permit, siMonths, contributing, branch];
}

/** Whether `month` is in the history and not back-paid. */
function paidFor(history: readonly HistoryMonth[], month: number): boolean {
  const n = monthsThrough(history, month);
  const m = n === 0 ? undefined : (history[n - 1] as HistoryMonth);
  return m !== undefined && m.month === month && !m.backPaid;
}
