import { fullMonthsIn } from '../../core/calendar.ts';
import { failed, met } from '../../core/condition.ts';
import { type Msg, msg } from '../../core/message.ts';
import type { Context } from '../context.ts';
import { docs, item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import { reading } from '../readings.ts';
import type { Condition, ItemResult } from '../types.ts';
import { yearsCounted } from './waiting-period.ts';

const LABEL = labelOf('remoteArea');

type Area = 'lingang' | 'newTown' | 'northSouth' | 'otherDesignated';

const AREA_NAMES: Record<Area, Msg> = {
  lingang: msg('engine:remoteArea.area.lingang'),
  newTown: msg('engine:remoteArea.area.newTown'),
  northSouth: msg('engine:remoteArea.area.northSouth'),
  otherDesignated: msg('engine:remoteArea.area.otherDesignated'),
};

/** Condition ids, made once: a string built per line is a new string to hash wherever it is compared. */
const AREA_IDS = Object.fromEntries(Object.keys(AREA_NAMES).map((a) => [a, `area_${a}`])) as Record<Area, string>;

function firstOf(periods: readonly { area: Area }[], area: Area): number {
  for (let i = 0; i < periods.length; i++) if ((periods[i] as { area: Area }).area === area) return i;
  return -1;
}

/** 远郊重点区域 — Art. 7: 2 per full year working and living in a designated area, after its wait, at most 20. */
export function remoteArea(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.remoteArea, 'remoteArea', ctx);
  const v = p.value;
  const r6 = reading(ctx, 'R6');
  const conditions: Condition[] = [];
  let best: { area: Area; years: number; points: number } | undefined;
  const periods = ctx.applicant.remoteArea;
  for (let i = 0; i < periods.length; i++) {
    const area = (periods[i] as (typeof periods)[number]).area;
    if (firstOf(periods, area) !== i) continue; // each area once, in the order first given
    const rule = v.areas[area];
    if (!rule) {
      conditions.push(failed(AREA_IDS[area], msg('engine:remoteArea.notDesignated', { area: AREA_NAMES[area] })));
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
        ? met(AREA_IDS[area], msg('engine:remoteArea.years', { area: AREA_NAMES[area], years }))
        : failed(
            AREA_IDS[area],
            msg('engine:remoteArea.waiting', { area: AREA_NAMES[area], years, from: Math.max(1, rule.startAfterYears) }),
            msg('engine:remoteArea.waitingFix', { more: Math.max(1, rule.startAfterYears) - years }),
          ),
    );
    if (!best || points > best.points) best = { area, years, points };
  }
  if (periods.length === 0) conditions.push(failed('remoteAreaGiven', msg('engine:remoteArea.none')));
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
        ? msg('engine:remoteArea.explanation', {
            area: AREA_NAMES[best.area],
            years: best.years,
            perYear: v.pointsPerYear,
            cap: v.cap,
            points,
          })
        : msg('engine:remoteArea.noneScores'),
    facts: { area: best?.area ?? null, fullYears: best?.years ?? null },
    conditions,
    extraConfidence: undefined,
    documents: best && points ? docs(ctx.policy.docs.remoteArea, (w) => w === undefined || w === best.area) : [],
    checks: undefined,
  });
}
