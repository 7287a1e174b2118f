import { confirm, failed, met } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import type { Context } from '../context.ts';
import { required } from '../item.ts';
import { labelOf } from '../labels.ts';
import { reading } from '../readings.ts';
import type { Condition, ItemResult } from '../types.ts';
import { flatBonus } from './flat-bonus.ts';

const LABEL = labelOf('freshGraduate');

/** 全日制应届高校毕业生 — Art. 7: 10 points; the window is reading R11 (graduation year, optionally the next). */
export function freshGraduate(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.freshGraduate, 'freshGraduate', ctx);
  const _v = p.value;
  const g = ctx.applicant.freshGraduate;
  const conditions: Condition[] = [];
  if (!g) {
    conditions.push(failed('graduateGiven', msg('engine:freshGraduate.none')));
  } else {
    const gradYear = Number(g.graduatedOn.slice(0, 4));
    const appYear = Number(ctx.date.slice(0, 4));
    const lastYear = gradYear + (reading(ctx, 'R11') === 'graduationYearOrNext' ? 1 : 0);
    conditions.push(
      g.fullTime ? met('fullTime', msg('engine:freshGraduate.fullTime')) : failed('fullTime', msg('engine:freshGraduate.notFullTime')),
      g.graduatedOn <= ctx.date && appYear <= lastYear
        ? met('graduationWindow', msg('engine:freshGraduate.inWindow', { gradYear: String(gradYear), appYear: String(appYear) }))
        : failed('graduationWindow', msg('engine:freshGraduate.outsideWindow', { gradYear: String(gradYear), lastYear: String(lastYear) })),
      g.employmentNotice
        ? met('employmentNotice', msg('engine:freshGraduate.notice'))
        : confirm('employmentNotice', msg('engine:freshGraduate.noNotice'), msg('engine:freshGraduate.noNoticeFix')),
    );
  }
  return flatBonus(ctx, {
    id: 'freshGraduate',
    label: LABEL,
    param: p,
    scored: conditions.every((c) => c.status === 'met'),
    yes: 'engine:freshGraduate.scored',
    no: msg('engine:freshGraduate.notScored'),
    facts: { graduatedOn: g?.graduatedOn ?? null },
    conditions,
  });
}
