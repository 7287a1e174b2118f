import { failed, met } from '../../core/condition.ts';
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
          ? met('registeredInstitution', {
              zh: '机构已在上海市技术转移协会备案',
              en: 'institution registered with the Shanghai Technology Transfer Association',
            })
          : failed('registeredInstitution', { zh: '机构未备案', en: 'institution not registered' }),
        t.months >= v.minMonths
          ? met('techTransferMonths', {
              zh: `连续从事技术转移服务${t.months}个月`,
              en: `${t.months} consecutive months of tech-transfer work`,
            })
          : failed(
              'techTransferMonths',
              { zh: `连续从事${t.months}个月，不足${v.minMonths}个月`, en: `${t.months} consecutive months, under ${v.minMonths}` },
              { zh: `再连续从事${v.minMonths - t.months}个月`, en: `${v.minMonths - t.months} more consecutive month(s)` },
            ),
      ]
    : [failed('techTransferGiven', { zh: '未申报技术转移服务经历', en: 'no tech-transfer work given' })];
  return flatBonus(ctx, {
    id: 'intermediaryTalent',
    label: LABEL,
    param: p,
    scored: conditions.every((c) => c.status === 'met'),
    yes: (points) => ({
      zh: `符合创新创业中介服务人才条件，积${points}分。`,
      en: `Qualifies as innovation intermediary talent: ${points} points.`,
    }),
    no: { zh: '不符合创新创业中介服务人才条件，本项0分。', en: 'Does not qualify as innovation intermediary talent: 0 points.' },
    facts: { months: t?.months ?? null },
    conditions,
  });
}
