import { monthString } from '../../core/calendar.ts';
import { met } from '../../core/condition.ts';
import { sharedCache } from '../../core/shared-cache.ts';
import type { ParamValue } from '../../policy/index.ts';
import type { Context } from '../context.ts';
import { item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import { windowEnd } from '../readings.ts';
import type { Condition, ItemResult, Text } from '../types.ts';

const LABEL = labelOf('siYears');

/** The line of an applicant with no excluded month, by months counted: the same for everyone insured as long. */
const plainCache = sharedCache<{ condition: Condition; explanation: Text }>();

function texts(
  v: ParamValue<'siYears'>,
  windowEnd: number,
  counted: number,
  backPaid: number,
  otherEmployer: number,
  years: number,
  points: number,
) {
  const build = () => {
    const end = monthString(windowEnd);
    return {
      condition: met('siMonthsCounted', { zh: `计入${counted}个月`, en: `${counted} months counted` }),
      explanation: {
        zh: `截至${end}累计缴纳本市职工社保${counted}个月${excluded ? `（另有补缴${backPaid}个月、缴费单位与劳动合同不一致${otherEmployer}个月不计）` : ''}，满${years}年，每满1年积${v.pointsPerYear}分，积${points}分。`,
        en: `${counted} months of Shanghai social insurance up to ${end}${excluded ? ` (${backPaid} back-paid and ${otherEmployer} other-employer months not counted)` : ''}: ${years} full year(s) × ${v.pointsPerYear} = ${points} points.`,
      },
    };
  };
  const excluded = backPaid + otherEmployer;
  // Counted months stay far below 10,000, so one number keys (window end, months).
  return excluded ? build() : plainCache(v, windowEnd * 10_000 + counted, build);
}

/**
 * 社保年限 — Art. 6(4): 3 points per full 12 months; back-paid months and other-employer months excluded. The months
 * end where the base bands and the title/skill gate end (reading W1), so one history reads the same in every line.
 */
export function siYears(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.siYears, 'siYears', ctx);
  const v = p.value;
  const end = windowEnd(ctx);
  let counted = 0;
  let backPaid = 0;
  let otherEmployer = 0;
  for (const m of ctx.history) {
    if (m.month > end) break; // in order: the rest are later still
    if (m.backPaid) backPaid++;
    else if (!m.employerMatchesContract) otherEmployer++;
    else counted++;
  }
  const years = Math.floor(counted / v.monthsPerYear);
  const raw = years * v.pointsPerYear;
  const points = v.cap === null ? raw : Math.min(raw, v.cap);
  const t = texts(v, end, counted, backPaid, otherEmployer, years, points);
  return item(ctx, {
    id: 'siYears',
    group: 'basic',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation: t.explanation,
    facts: { countedMonths: counted, fullYears: years, backPaidMonths: backPaid, otherEmployerMonths: otherEmployer },
    conditions: [t.condition],
    extraConfidence: undefined,
    documents: ctx.policy.documents.siYears,
    checks: undefined,
  });
}
