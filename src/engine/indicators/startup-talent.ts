import { failed, met } from '../../core/condition.ts';
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
    conditions.push(failed('startupGiven', { zh: '未申报创业情况', en: 'no startup facts given' }));
  } else {
    conditions.push(
      s.shareholdingPercent >= v.minShareholdingPercent
        ? met('shareholding', { zh: `持股${s.shareholdingPercent}%`, en: `holds ${s.shareholdingPercent}%` })
        : failed(
            'shareholding',
            {
              zh: `持股${s.shareholdingPercent}%，低于${v.minShareholdingPercent}%`,
              en: `holds ${s.shareholdingPercent}%, under ${v.minShareholdingPercent}%`,
            },
            { zh: `持股需不低于${v.minShareholdingPercent}%`, en: `a holding of at least ${v.minShareholdingPercent}% is needed` },
          ),
      s.incubatedMonths >= v.minIncubationMonths
        ? met('incubation', { zh: `入驻孵化器${s.incubatedMonths}个月`, en: `${s.incubatedMonths} months in the incubator` })
        : failed(
            'incubation',
            {
              zh: `入驻孵化器${s.incubatedMonths}个月，不足${v.minIncubationMonths}个月`,
              en: `${s.incubatedMonths} months in the incubator, under ${v.minIncubationMonths}`,
            },
            {
              zh: `再入驻${v.minIncubationMonths - s.incubatedMonths}个月`,
              en: `${v.minIncubationMonths - s.incubatedMonths} more month(s) in the incubator`,
            },
          ),
      s.insuredByCompany
        ? met('insuredByCompany', { zh: '与该企业签订劳动合同并缴纳社保', en: 'employed and insured by that company' })
        : failed('insuredByCompany', { zh: '未在该企业缴纳社保', en: 'not insured through that company' }),
    );
  }
  return flatBonus(ctx, {
    id: 'startupTalent',
    label: LABEL,
    param: p,
    scored: conditions.every((c) => c.status === 'met'),
    yes: (points) => ({ zh: `符合创业人才条件，积${points}分。`, en: `Qualifies as startup talent: ${points} points.` }),
    no: { zh: '不符合创业人才条件，本项0分。', en: 'Does not qualify as startup talent: 0 points.' },
    facts: { shareholdingPercent: s?.shareholdingPercent ?? null, incubatedMonths: s?.incubatedMonths ?? null },
    conditions,
  });
}
