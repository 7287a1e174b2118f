import { failed, met } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import type { Context } from '../context.ts';
import { item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import type { Condition, ItemResult } from '../types.ts';

const LABEL = labelOf('award');

const LEVEL_NAMES = {
  municipalSpecial: msg('engine:award.level.municipalSpecial'),
  municipalComprehensive: msg('engine:award.level.municipalComprehensive'),
  provincialOrAbove: msg('engine:award.level.provincialOrAbove'),
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
      conditions.push(failed('whileWorkingInShanghai', msg('engine:award.notWhileWorkingInShanghai', { name })));
      continue;
    }
    if (!a.onCatalogue) {
      conditions.push(failed('onCatalogue', msg('engine:award.notOnCatalogue', { name })));
      continue;
    }
    const points = v.points[a.level];
    conditions.push(met('award', msg('engine:award.received', { name, date: a.receivedOn })));
    if (!best || points > best.points) best = { level: a.level, points };
  }
  if (ctx.applicant.awards.length === 0) conditions.push(failed('awardGiven', msg('engine:award.none')));
  const points = Math.min(best?.points ?? 0, v.cap);
  return item(ctx, {
    id: 'award',
    group: 'bonus',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation: best ? msg('engine:award.explanation', { name: LEVEL_NAMES[best.level], points }) : msg('engine:award.noneScores'),
    facts: { level: best?.level ?? null },
    conditions,
    extraConfidence: undefined,
    documents: ctx.policy.documents.award,
    checks: undefined,
  });
}
