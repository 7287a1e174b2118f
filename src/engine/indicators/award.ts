import { failed, met } from '../../core/condition.ts';
import type { Context } from '../context.ts';
import { item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import type { Condition, ItemResult } from '../types.ts';

const LABEL = labelOf('award');

const LEVEL_NAMES = {
  municipalSpecial: { zh: '市级机关专项性表彰奖励', en: 'municipal special award' },
  municipalComprehensive: { zh: '市级机关综合性表彰奖励', en: 'municipal comprehensive award' },
  provincialOrAbove: { zh: '省部级及以上政府表彰奖励', en: 'provincial/ministerial or higher award' },
} as const;

/** 表彰奖励 — Art. 7: the highest catalogue award received while working in Shanghai (30 / 60 / 110). */
export function award(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.award, 'award', ctx);
  const v = p.value;
  const conditions: Condition[] = [];
  let best: { level: keyof typeof LEVEL_NAMES; points: number } | undefined;
  for (const a of ctx.applicant.awards) {
    const name = LEVEL_NAMES[a.level];
    if (a.receivedOn > ctx.date) continue;
    if (!a.whileWorkingInShanghai) {
      conditions.push(
        failed('whileWorkingInShanghai', {
          zh: `${name.zh}不是在本市工作期间获得`,
          en: `${name.en} not received while working in Shanghai`,
        }),
      );
      continue;
    }
    if (!a.onCatalogue) {
      conditions.push(
        failed('onCatalogue', { zh: `${name.zh}不在市政府公布的表彰奖励目录内`, en: `${name.en} is not on the official award catalogue` }),
      );
      continue;
    }
    const points = v.points[a.level];
    conditions.push(met('award', { zh: `${name.zh}（${a.receivedOn}）`, en: `${name.en} (${a.receivedOn})` }));
    if (!best || points > best.points) best = { level: a.level, points };
  }
  if (ctx.applicant.awards.length === 0) conditions.push(failed('awardGiven', { zh: '没有表彰奖励', en: 'no award' }));
  const points = Math.min(best?.points ?? 0, v.cap);
  return item(ctx, {
    id: 'award',
    group: 'bonus',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation: best
      ? {
          zh: `${LEVEL_NAMES[best.level].zh}，积${points}分（多项取最高）。`,
          en: `${LEVEL_NAMES[best.level].en}: ${points} points (the highest counts).`,
        }
      : { zh: '没有可计分的表彰奖励，本项0分。', en: 'No award that scores: 0 points.' },
    facts: { level: best?.level ?? null },
    conditions,
    extraConfidence: undefined,
    documents: ctx.policy.documents.award,
    checks: undefined,
  });
}
