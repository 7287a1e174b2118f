import { confirm, failed, met } from '../../core/condition.ts';
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
    conditions.push(failed('graduateGiven', { zh: '不是应届高校毕业生', en: 'not a fresh graduate' }));
  } else {
    const gradYear = Number(g.graduatedOn.slice(0, 4));
    const appYear = Number(ctx.date.slice(0, 4));
    const lastYear = gradYear + (reading(ctx, 'R11') === 'graduationYearOrNext' ? 1 : 0);
    conditions.push(
      g.fullTime ? met('fullTime', { zh: '全日制', en: 'full-time' }) : failed('fullTime', { zh: '非全日制', en: 'not full-time' }),
      g.graduatedOn <= ctx.date && appYear <= lastYear
        ? met('graduationWindow', { zh: `${gradYear}年毕业，${appYear}年申请`, en: `graduated ${gradYear}, applying ${appYear}` })
        : failed('graduationWindow', {
            zh: `${gradYear}年毕业，须在${lastYear}年12月31日前申请`,
            en: `graduated ${gradYear}; the application must be made by ${lastYear}-12-31`,
          }),
      g.employmentNotice
        ? met('employmentNotice', { zh: '持《就业通知单》', en: 'holds the employment notice' })
        : confirm(
            'employmentNotice',
            { zh: '未持《高等学校毕业生进沪就业通知单》', en: 'no employment notice for graduates' },
            { zh: `在毕业当年12月31日前领取《就业通知单》`, en: 'collect the employment notice by 31 December of the graduation year' },
          ),
    );
  }
  return flatBonus(ctx, {
    id: 'freshGraduate',
    label: LABEL,
    param: p,
    scored: conditions.every((c) => c.status === 'met'),
    yes: (points) => ({ zh: `全日制应届高校毕业生，积${points}分。`, en: `Full-time fresh graduate: ${points} points.` }),
    no: { zh: '不符合全日制应届高校毕业生加分条件，本项0分。', en: 'Not eligible for the fresh-graduate bonus: 0 points.' },
    facts: { graduatedOn: g?.graduatedOn ?? null },
    conditions,
  });
}
