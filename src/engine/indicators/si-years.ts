import { monthString } from '../../core/calendar.ts';
import { met } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import type { Context } from '../context.ts';
import { type HistoryMonth, monthsThrough } from '../history.ts';
import { item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import { windowEnd } from '../readings.ts';
import type { ItemResult } from '../types.ts';

const LABEL = labelOf('siYears');

/**
 * 社保年限 — Art. 6(4): 3 points per full 12 months; back-paid months and other-employer months excluded. The months
 * end where the base bands and the title/skill gate end (reading W1), so one history reads the same in every line.
 */
export function siYears(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.siYears, 'siYears', ctx);
  const v = p.value;
  const end = windowEnd(ctx);
  // The months through the window's end, from the history's running counts (prepared once per applicant).
  const n = monthsThrough(ctx.history, end);
  const last = n === 0 ? undefined : (ctx.history[n - 1] as HistoryMonth);
  const backPaid = last ? last.backPaidThrough : 0;
  const otherEmployer = last ? last.otherEmployerThrough : 0;
  const counted = n - backPaid - otherEmployer;
  const years = Math.floor(counted / v.monthsPerYear);
  const raw = years * v.pointsPerYear;
  const points = v.cap === null ? raw : Math.min(raw, v.cap);
  const excluded = backPaid + otherEmployer;
  return item(ctx, {
    id: 'siYears',
    group: 'basic',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation: msg('engine:siYears.explanation', {
      end: monthString(end),
      counted,
      excluded: excluded ? msg('engine:siYears.excluded', { backPaid, otherEmployer }) : '',
      years,
      perYear: v.pointsPerYear,
      points,
    }),
    facts: { countedMonths: counted, fullYears: years, backPaidMonths: backPaid, otherEmployerMonths: otherEmployer },
    conditions: [met('siMonthsCounted', msg('engine:siYears.counted', { counted }))],
    extraConfidence: undefined,
    documents: ctx.policy.documents.siYears,
    checks: undefined,
  });
}
