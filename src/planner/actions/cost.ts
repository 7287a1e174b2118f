import { monthIndex } from '../../core/calendar.ts';
import { msg } from '../../core/message.ts';
import type { ActionCost } from '../types.ts';
import type { ActionSpec } from './spec.ts';

/** The cost of an action as a person weighs it: money every month, months of waiting, an exam. */
export function costOf(spec: ActionSpec, planDate: string, countsFrom: string): ActionCost {
  const extraYuanPerMonth = spec.cost?.extraYuanPerMonth ?? 0;
  const exam = spec.cost?.exam === true;
  const monthsUntilCounts = monthIndex(countsFrom) - monthIndex(planDate);
  const text = msg('planner:cost.text', {
    extra: extraYuanPerMonth,
    months: monthsUntilCounts,
    from: countsFrom,
    exam: exam ? 'yes' : 'no',
  });
  return { extraYuanPerMonth, monthsUntilCounts, exam, text };
}
