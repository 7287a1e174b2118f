import { fullMonthsIn } from '../../core/calendar.ts';
import { failed, met } from '../../core/condition.ts';
import type { Context } from '../context.ts';
import { docs, item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import { reading } from '../readings.ts';
import type { Condition, ItemResult, Text } from '../types.ts';
import { yearsCounted } from './waiting-period.ts';

const LABEL = labelOf('remoteArea');

type Area = 'lingang' | 'newTown' | 'northSouth' | 'otherDesignated';

const AREA_NAMES: Record<Area, Text> = {
  lingang: { zh: '临港新片区', en: 'Lingang' },
  newTown: { zh: '五个新城', en: 'the five new towns' },
  northSouth: { zh: '南北转型重点区域', en: 'the north/south transformation areas' },
  otherDesignated: { zh: '市政府确定的其他区域', en: 'other designated areas' },
};

/** 远郊重点区域 — Art. 7: 2 per full year working and living in a designated area, after its wait, at most 20. */
export function remoteArea(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.remoteArea, 'remoteArea', ctx);
  const v = p.value;
  const r6 = reading(ctx, 'R6');
  const conditions: Condition[] = [];
  let best: { area: Area; years: number; points: number } | undefined;
  const given = new Set(ctx.applicant.remoteArea.map((r) => r.area));
  for (const area of given) {
    const rule = v.areas[area];
    if (!rule) {
      conditions.push(
        failed(`area_${area}`, {
          zh: `${AREA_NAMES[area].zh}在该日期不属于远郊重点区域`,
          en: `${AREA_NAMES[area].en} is not a remote key area on this date`,
        }),
      );
      continue;
    }
    const years = Math.floor(
      fullMonthsIn(
        ctx.applicant.remoteArea.filter((r) => r.area === area),
        ctx.date,
      ) / 12,
    );
    const points = Math.min(v.cap, yearsCounted(years, rule.startAfterYears, r6) * v.pointsPerYear);
    conditions.push(
      years >= rule.startAfterYears && years > 0
        ? met(`area_${area}`, {
            zh: `在${AREA_NAMES[area].zh}工作并居住满${years}年`,
            en: `${years} full year(s) working and living in ${AREA_NAMES[area].en}`,
          })
        : failed(
            `area_${area}`,
            {
              zh: `在${AREA_NAMES[area].zh}满${years}年，需满${Math.max(1, rule.startAfterYears)}年后计入`,
              en: `${years} full year(s) in ${AREA_NAMES[area].en}; counted from ${Math.max(1, rule.startAfterYears)} year(s)`,
            },
            {
              zh: `再工作并居住${Math.max(1, rule.startAfterYears) - years}年`,
              en: `${Math.max(1, rule.startAfterYears) - years} more year(s)`,
            },
          ),
    );
    if (!best || points > best.points) best = { area, years, points };
  }
  if (given.size === 0)
    conditions.push(failed('remoteAreaGiven', { zh: '未在远郊重点区域工作并居住', en: 'not working and living in a remote key area' }));
  const points = best?.points ?? 0;
  return item(ctx, {
    id: 'remoteArea',
    group: 'bonus',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation:
      best && points
        ? {
            zh: `在${AREA_NAMES[best.area].zh}工作并居住满${best.years}年，每满1年积${v.pointsPerYear}分，最高${v.cap}分，积${points}分。`,
            en: `${best.years} full year(s) working and living in ${AREA_NAMES[best.area].en}: ${v.pointsPerYear} per year, at most ${v.cap}, ${points} points.`,
          }
        : { zh: '远郊重点区域本项0分。', en: 'Remote key area: 0 points.' },
    facts: { area: best?.area ?? null, fullYears: best?.years ?? null },
    conditions,
    extraConfidence: undefined,
    documents: best && points ? docs(ctx.policy.docs.remoteArea, (w) => w === undefined || w === best.area) : [],
    checks: undefined,
  });
}
