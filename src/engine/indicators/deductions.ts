import { addYears } from '../../core/calendar.ts';
import { failed, met } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import { files } from '../../policy/index.ts';
import type { Context } from '../context.ts';
import { item, required } from '../item.ts';
import type { ItemResult } from '../types.ts';

const KINDS = ['falseMaterial', 'adminDetention', 'generalCrime'] as const;
/** The record's name inside a sentence (lower case in English). */
const WHAT = {
  falseMaterial: msg('engine:deductions.kind.falseMaterial'),
  adminDetention: msg('engine:deductions.kind.adminDetention'),
  generalCrime: msg('engine:deductions.kind.generalCrime'),
} as const;

/** 减分指标 — Art. 8: each record within its look-back window deducts, and deductions add up item by item. */
export function deductions(ctx: Context): ItemResult[] {
  const p = required(ctx.policy.params.deductions, 'deductions', ctx);
  return KINDS.map((kind) => {
    const rule = p.value[kind];
    const label = files.deductions.labels?.[kind] ?? { zh: kind, en: kind };
    const what = WHAT[kind];
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
        ? msg('engine:deductions.explanation', {
            years: rule.lookbackYears,
            what,
            count: within.length,
            each: rule.points,
            deducted: -points,
          })
        : msg('engine:deductions.none', { years: rule.lookbackYears, what }),
      facts: { recordsWithin: within.length, recordsExpired: expired, lookbackYears: rule.lookbackYears, restoredOn: lastExpiry },
      conditions: [
        within.length
          ? failed(
              `no_${kind}`,
              msg('engine:deductions.records', { years: rule.lookbackYears, what, count: within.length }),
              msg('engine:deductions.restored', { date: lastExpiry as string, years: rule.lookbackYears }),
            )
          : met(`no_${kind}`, msg('engine:deductions.noRecords', { years: rule.lookbackYears, what })),
      ],
      extraConfidence: undefined,
      documents: undefined,
      checks: undefined,
    });
  });
}
