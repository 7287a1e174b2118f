import { fullYears } from '../../core/calendar.ts';
import { failed, met } from '../../core/condition.ts';
import { sharedCache } from '../../core/shared-cache.ts';
import type { Context } from '../context.ts';
import { item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import { reading } from '../readings.ts';
import type { Condition, ItemResult, Text } from '../types.ts';

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

const inRangeCache = sharedCache<Condition>();
/** The explanation around the assessment date, by age: zh = head + date + tail, en = enHead + date + enTail. */
const explanationCache = sharedCache<{ zhTail: string; enHead: string; enTail: string }>();

function inRangeCondition(v: AgeParams): Condition {
  return inRangeCache(v, undefined, () => met('ageInRange', { zh: `${v.minAge}–${v.maxAge}周岁`, en: `aged ${v.minAge}–${v.maxAge}` }));
}

function explanation(v: AgeParams, years: number, points: number, date: string): Text {
  const t = explanationCache(v, years, () => ({
    zhTail: `年满${years}周岁：${years >= v.oldBandFromAge ? `${v.oldBandFromAge}–${v.maxAge}周岁积${v.oldBandPoints}分` : `每比${v.oldBandFromAge}周岁小1岁加${v.pointsPerYearYounger}分，最高${v.cap}分`}，积${points}分。`,
    enHead: `Aged ${years} on `,
    enTail: `: ${years >= v.oldBandFromAge ? `${v.oldBandFromAge}–${v.maxAge} gives ${v.oldBandPoints}` : `+${v.pointsPerYearYounger} for each year under ${v.oldBandFromAge}, at most ${v.cap}`}, so ${points} points.`,
  }));
  return { zh: `评估日${date}${t.zhTail}`, en: t.enHead + date + t.enTail };
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
    explanation: inRange
      ? explanation(v, years, points, ctx.date)
      : { zh: `评估日${years}周岁，不在积分适用年龄范围内。`, en: `Aged ${years} on ${ctx.date}: outside the scheme's age range.` },
    facts: { age: years, birthDate: ctx.applicant.birthDate },
    conditions: [
      inRange
        ? inRangeCondition(v)
        : failed(
            'ageInRange',
            { zh: `${years}周岁，不在${v.minAge}–${v.maxAge}周岁范围内`, en: `aged ${years}, outside ${v.minAge}–${v.maxAge}` },
            { zh: '积分只适用于18至60周岁的在职人员', en: 'the scheme covers working people aged 18 to 60' },
          ),
    ],
    extraConfidence: undefined,
    documents: ctx.policy.documents.age,
    checks: undefined,
  });
}
