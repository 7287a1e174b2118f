import { fullMonthsIn } from '../../core/calendar.ts';
import { failed, met } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import type { Context } from '../context.ts';
import { item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import { reading } from '../readings.ts';
import type { ItemResult } from '../types.ts';
import { yearsCounted } from './waiting-period.ts';

const LABEL = labelOf('publicService');

/** 特定的公共服务领域 — Art. 7: 4 per full year in the field, counted once the waiting years are reached (R6, R12). */
export function publicService(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.publicService, 'publicService', ctx);
  const v = p.value;
  const periods = ctx.applicant.publicService.filter((s) => v.fields.includes(s.field));
  const years = Math.floor(fullMonthsIn(periods, ctx.date) / 12);
  const counted = yearsCounted(years, v.startAfterYears, reading(ctx, 'R6'));
  const raw = counted * v.pointsPerYear;
  const points = v.cap === null ? raw : Math.min(raw, v.cap);
  const waiting = years < v.startAfterYears;
  return item(ctx, {
    id: 'publicService',
    group: 'bonus',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation:
      periods.length === 0
        ? msg('engine:publicService.none')
        : waiting
          ? msg('engine:publicService.waiting', { years, wait: v.startAfterYears, points })
          : msg('engine:publicService.explanation', { years, counted, perYear: v.pointsPerYear, points }),
    facts: { fullYears: years, yearsCounted: counted, startAfterYears: v.startAfterYears },
    conditions:
      periods.length === 0
        ? [failed('publicServiceGiven', msg('engine:publicService.notGiven'))]
        : [
            waiting
              ? failed(
                  'waitingPeriod',
                  msg('engine:publicService.waitingCondition', { years, wait: v.startAfterYears }),
                  msg('engine:publicService.waitingFix', { more: v.startAfterYears - years }),
                )
              : met('waitingPeriod', msg('engine:publicService.waited', { years, wait: v.startAfterYears })),
          ],
    extraConfidence: undefined,
    documents: ctx.policy.documents.publicService,
    checks: undefined,
  });
}
