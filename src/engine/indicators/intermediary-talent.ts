import { failed, met } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import type { Context } from '../context.ts';
import { notInForce } from '../item.ts';
import { labelOf } from '../labels.ts';
import type { Condition, ItemResult } from '../types.ts';
import { flatBonus } from './flat-bonus.ts';

const LABEL = labelOf('intermediaryTalent');

/** 创新创业中介服务人才 — Art. 7(2): 120 after ≥ 6 consecutive months in a registered tech-transfer institution. */
export function intermediaryTalent(ctx: Context): ItemResult {
  const p = ctx.policy.params.intermediaryTalent;
  if (!p) return notInForce(ctx, 'intermediaryTalent', 'bonus', LABEL);
  const v = p.value;
  const t = ctx.applicant.techTransfer;
  const conditions: Condition[] = t
    ? [
        t.registeredInstitution
          ? met('registeredInstitution', msg('engine:intermediaryTalent.registered'))
          : failed('registeredInstitution', msg('engine:intermediaryTalent.notRegistered')),
        t.months >= v.minMonths
          ? met('techTransferMonths', msg('engine:intermediaryTalent.months', { months: t.months }))
          : failed(
              'techTransferMonths',
              msg('engine:intermediaryTalent.monthsShort', { months: t.months, needed: v.minMonths }),
              msg('engine:intermediaryTalent.monthsFix', { more: v.minMonths - t.months }),
            ),
      ]
    : [failed('techTransferGiven', msg('engine:intermediaryTalent.none'))];
  return flatBonus(ctx, {
    id: 'intermediaryTalent',
    label: LABEL,
    param: p,
    scored: conditions.every((c) => c.status === 'met'),
    yes: 'engine:intermediaryTalent.scored',
    no: msg('engine:intermediaryTalent.notScored'),
    facts: { months: t?.months ?? null },
    conditions,
  });
}
