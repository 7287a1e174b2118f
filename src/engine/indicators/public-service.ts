import { fullMonthsIn } from '../../core/calendar.ts';
import { failed, met } from '../../core/condition.ts';
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
        ? { zh: '未在特定公共服务领域工作，本项0分。', en: 'No work in the public-service field: 0 points.' }
        : {
            zh: `在环卫领域工作满${years}年${waiting ? `，未满${v.startAfterYears}年，暂不计入` : `，计${counted}年×${v.pointsPerYear}分`}，积${points}分。`,
            en: `${years} full year(s) in sanitation${waiting ? `, under the ${v.startAfterYears}-year wait, not counted yet` : `: ${counted} × ${v.pointsPerYear}`}, ${points} points.`,
          },
    facts: { fullYears: years, yearsCounted: counted, startAfterYears: v.startAfterYears },
    conditions:
      periods.length === 0
        ? [failed('publicServiceGiven', { zh: '未在特定公共服务领域（环卫）工作', en: 'no work in the public-service field (sanitation)' })]
        : [
            waiting
              ? failed(
                  'waitingPeriod',
                  {
                    zh: `已满${years}年，满${v.startAfterYears}年后才计入总积分`,
                    en: `${years} full year(s); counted only once ${v.startAfterYears} years are reached`,
                  },
                  { zh: `再工作${v.startAfterYears - years}年`, en: `${v.startAfterYears - years} more year(s)` },
                )
              : met('waitingPeriod', {
                  zh: `已满${years}年（≥${v.startAfterYears}年）`,
                  en: `${years} full years (≥ ${v.startAfterYears})`,
                }),
          ],
    extraConfidence: undefined,
    documents: ctx.policy.documents.publicService,
    checks: undefined,
  });
}
