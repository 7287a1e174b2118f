import { fullYears } from '../../core/calendar.ts';
import { failed, met } from '../../core/condition.ts';
import { type Msg, msg } from '../../core/message.ts';
import type { Context } from '../context.ts';
import { item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import { reading } from '../readings.ts';
import type { ItemResult } from '../types.ts';

const LABEL = labelOf('age');

/** Points for an age in full years (Art. 6(1)): 56–60 → 5; each year younger +2; at most 30. */
export function agePoints(
  age: number,
  v: { cap: number; oldBandFromAge: number; oldBandPoints: number; pointsPerYearYounger: number },
): number {
  if (age >= v.oldBandFromAge) return v.oldBandPoints;
  return Math.min(v.cap, v.oldBandPoints + v.pointsPerYearYounger * (v.oldBandFromAge - age));
}

type AgeParams = {
  minAge: number;
  maxAge: number;
  cap: number;
  oldBandFromAge: number;
  oldBandPoints: number;
  pointsPerYearYounger: number;
};

function explanation(v: AgeParams, years: number, points: number, date: string): Msg {
  return years >= v.oldBandFromAge
    ? msg('engine:age.explanationOld', { date, years, from: v.oldBandFromAge, maxAge: v.maxAge, bandPoints: v.oldBandPoints, points })
    : msg('engine:age.explanationYoung', { date, years, from: v.oldBandFromAge, perYear: v.pointsPerYearYounger, cap: v.cap, points });
}

/** 年龄 — Art. 6(1); age in full years (周岁) on the assessment date (R10). */
export function age(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.age, 'age', ctx);
  const v = p.value;
  reading(ctx, 'R10'); // full years on the assessment date: the reading's only option, the one fullYears counts
  const years = fullYears(ctx.applicant.birthDate, ctx.date);
  const inRange = years >= v.minAge && years <= v.maxAge;
  const points = inRange ? agePoints(years, v) : 0;
  return item(ctx, {
    id: 'age',
    group: 'basic',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation: inRange ? explanation(v, years, points, ctx.date) : msg('engine:age.outside', { years, date: ctx.date }),
    facts: { age: years, birthDate: ctx.applicant.birthDate },
    conditions: [
      inRange
        ? met('ageInRange', msg('engine:age.inRange', { minAge: v.minAge, maxAge: v.maxAge }))
        : failed(
            'ageInRange',
            msg('engine:age.outsideRange', { years, minAge: v.minAge, maxAge: v.maxAge }),
            msg('engine:age.outsideRangeFix', { minAge: v.minAge, maxAge: v.maxAge }),
          ),
    ],
    extraConfidence: undefined,
    documents: ctx.policy.documents.age,
    checks: undefined,
  });
}
