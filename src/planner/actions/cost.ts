import { monthIndex } from '../../core/calendar.ts';
import type { ActionCost } from '../types.ts';
import type { ActionSpec } from './spec.ts';

const yuan = (n: number) => n.toLocaleString('en-US');

/** The cost of an action as a person weighs it: money every month, months of waiting, an exam. */
export function costOf(spec: ActionSpec, planDate: string, countsFrom: string): ActionCost {
  const extraYuanPerMonth = spec.cost?.extraYuanPerMonth ?? 0;
  const exam = spec.cost?.exam === true;
  const monthsUntilCounts = monthIndex(countsFrom) - monthIndex(planDate);
  const zh = [
    extraYuanPerMonth ? `缴费基数每月多${yuan(extraYuanPerMonth)}元` : '不增加缴费基数',
    `${monthsUntilCounts}个月后（${countsFrom}）起计分`,
    exam ? '需通过考试或认定' : '无需考试',
  ];
  const en = [
    extraYuanPerMonth ? `¥${yuan(extraYuanPerMonth)} a month more on the base` : 'no higher base',
    `counts in ${monthsUntilCounts} month(s) (from ${countsFrom})`,
    exam ? 'an exam or appraisal to pass' : 'no exam',
  ];
  return { extraYuanPerMonth, monthsUntilCounts, exam, text: { zh: zh.join('；'), en: en.join('; ') } };
}
