import { failed, met } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import type { Context } from '../context.ts';
import { notInForce } from '../item.ts';
import { labelOf } from '../labels.ts';
import type { Condition, ItemResult } from '../types.ts';
import { flatBonus } from './flat-bonus.ts';

const LABEL = labelOf('startupTalent');

/** 创业人才 — Art. 7(1): 120 for a founder (≥ 5%) of an incubated company (≥ 6 months) insured through it. */
export function startupTalent(ctx: Context): ItemResult {
  const p = ctx.policy.params.startupTalent;
  if (!p) return notInForce(ctx, 'startupTalent', 'bonus', LABEL);
  const v = p.value;
  const s = ctx.applicant.startup;
  const conditions: Condition[] = [];
  if (!s) {
    conditions.push(failed('startupGiven', msg('engine:startupTalent.none')));
  } else {
    conditions.push(
      s.shareholdingPercent >= v.minShareholdingPercent
        ? met('shareholding', msg('engine:startupTalent.shareholding', { percent: s.shareholdingPercent }))
        : failed(
            'shareholding',
            msg('engine:startupTalent.shareholdingShort', { percent: s.shareholdingPercent, needed: v.minShareholdingPercent }),
            msg('engine:startupTalent.shareholdingFix', { needed: v.minShareholdingPercent }),
          ),
      s.incubatedMonths >= v.minIncubationMonths
        ? met('incubation', msg('engine:startupTalent.incubation', { months: s.incubatedMonths }))
        : failed(
            'incubation',
            msg('engine:startupTalent.incubationShort', { months: s.incubatedMonths, needed: v.minIncubationMonths }),
            msg('engine:startupTalent.incubationFix', { more: v.minIncubationMonths - s.incubatedMonths }),
          ),
      s.insuredByCompany
        ? met('insuredByCompany', msg('engine:startupTalent.insured'))
        : failed('insuredByCompany', msg('engine:startupTalent.notInsured')),
    );
  }
  return flatBonus(ctx, {
    id: 'startupTalent',
    label: LABEL,
    param: p,
    scored: conditions.every((c) => c.status === 'met'),
    yes: 'engine:startupTalent.scored',
    no: msg('engine:startupTalent.notScored'),
    facts: { shareholdingPercent: s?.shareholdingPercent ?? null, incubatedMonths: s?.incubatedMonths ?? null },
    conditions,
  });
}
