import { addYears } from '../../core/calendar.ts';
import { failed, met } from '../../core/condition.ts';
import { files } from '../../policy/index.ts';
import type { Context } from '../context.ts';
import { item, required } from '../item.ts';
import type { ItemResult } from '../types.ts';

const KINDS = ['falseMaterial', 'adminDetention', 'generalCrime'] as const;

/** 减分指标 — Art. 8: each record within its look-back window deducts, and deductions add up item by item. */
export function deductions(ctx: Context): ItemResult[] {
  const p = required(ctx.policy.params.deductions, 'deductions', ctx);
  return KINDS.map((kind) => {
    const rule = p.value[kind];
    const label = files.deductions.labels?.[kind] ?? { zh: kind, en: kind };
    if (!rule) throw new RangeError(`deduction rule "${kind}" missing on ${ctx.lookupDate}`);
    const records = ctx.applicant.records.filter((r) => r.kind === kind && r.date <= ctx.date);
    const since = records.length ? addYears(ctx.date, -rule.lookbackYears) : '';
    const within = records.filter((r) => r.date > since);
    const expired = records.length - within.length;
    const points = within.length ? -rule.points * within.length : 0;
    const lastExpiry = within.length
      ? addYears(
          within
            .map((r) => r.date)
            .sort()
            .at(-1) as string,
          rule.lookbackYears,
        )
      : null;
    return item(ctx, {
      id: kind,
      group: 'deduction',
      label,
      points,
      max: null,
      param: p,
      explanation: within.length
        ? {
            zh: `${rule.lookbackYears}年内${label.zh}${within.length}次，每次减${rule.points}分，共减${-points}分。`,
            en: `${within.length} record(s) of ${label.en.toLowerCase()} within ${rule.lookbackYears} years, −${rule.points} each: ${points}.`,
          }
        : {
            zh: `${rule.lookbackYears}年内无${label.zh}，不减分。`,
            en: `No ${label.en.toLowerCase()} within ${rule.lookbackYears} years: no deduction.`,
          },
      facts: { recordsWithin: within.length, recordsExpired: expired, lookbackYears: rule.lookbackYears, restoredOn: lastExpiry },
      conditions: [
        within.length
          ? failed(
              `no_${kind}`,
              {
                zh: `${rule.lookbackYears}年内有${within.length}次${label.zh}`,
                en: `${within.length} record(s) of ${label.en.toLowerCase()} within ${rule.lookbackYears} years`,
              },
              { zh: `${lastExpiry}后超出${rule.lookbackYears}年，不再减分`, en: `no longer deducted after ${lastExpiry}` },
            )
          : met(`no_${kind}`, {
              zh: `${rule.lookbackYears}年内无${label.zh}`,
              en: `no ${label.en.toLowerCase()} within ${rule.lookbackYears} years`,
            }),
      ],
      extraConfidence: undefined,
      documents: undefined,
      checks: undefined,
    });
  });
}
