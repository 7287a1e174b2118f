import { msg } from '../core/message.ts';
import type { Assessment, ConditionStatus, IndicatorId, ItemResult, Said } from '../engine/types.ts';

/** One reason an applicant gets fewer points: a failed or unconfirmed condition, with what would change it. */
export interface Reason {
  source: 'eligibility' | 'veto' | IndicatorId;
  label: Said;
  status: Exclude<ConditionStatus, 'met'>;
  text: Said;
  fix?: Said | undefined;
}

const ELIGIBILITY = msg('engine:whyNot.eligibility');
const VETO = msg('engine:whyNot.veto');

/** Conditions such as "no award given" say only that a field was left empty: not a reason by themselves. */
function isNothingGiven(id: string): boolean {
  return id.endsWith('Given');
}

export interface WhyNotOptions {
  /** Only these items (the ones the applicant gave facts for); deductions and age always count. */
  only?: ReadonlySet<IndicatorId> | undefined;
  /** Keep only the first reason of each item: one short line per item, for a spreadsheet cell. */
  firstPerItem?: boolean;
}

/** "Why not": eligibility and veto first, then each item's failed and to-confirm conditions. */
export function whyNot(a: Assessment, options: WhyNotOptions = {}): Reason[] {
  const out: Reason[] = [];
  for (const c of a.eligibility)
    if (c.status !== 'met') out.push({ source: 'eligibility', label: ELIGIBILITY, status: c.status, text: c.text, fix: c.fix });
  for (const v of a.vetoes)
    out.push({
      source: 'veto',
      label: VETO,
      status: 'failed',
      text: msg('engine:whyNot.vetoRecord', { label: v.label, date: v.date }),
    });
  for (const item of a.items) {
    // Only items that gave no points (or lost points, or were not counted).
    if (!(item.points <= 0 || !item.counted)) continue;
    const always = item.group === 'deduction' || item.id === 'age';
    if (options.only && !always && !options.only.has(item.id)) continue;
    if (options.firstPerItem) {
      // The first failed condition, else the first to confirm (a spreadsheet cell, once per batch row: no arrays).
      const first =
        item.conditions.find((c) => c.status === 'failed' && !isNothingGiven(c.id)) ??
        item.conditions.find((c) => c.status === 'confirm' && !isNothingGiven(c.id));
      if (first) out.push(reason(item, first));
      continue;
    }
    for (const c of item.conditions) if (c.status === 'failed' && !isNothingGiven(c.id)) out.push(reason(item, c));
    for (const c of item.conditions) if (c.status === 'confirm' && !isNothingGiven(c.id)) out.push(reason(item, c));
  }
  return out;
}

function reason(item: ItemResult, c: ItemResult['conditions'][number]): Reason {
  return { source: item.id, label: item.label, status: c.status as Reason['status'], text: c.text, fix: c.fix };
}
