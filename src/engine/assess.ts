import { type ReadingChoice, resolveReadings } from '../policy/readings.ts';
import type { Applicant } from '../schema/applicant.ts';
import { withoutFacts } from './absent.ts';
import { lower } from './confidence.ts';
import { buildContext, type Context } from './context.ts';
import { eligibility } from './eligibility.ts';
import { age } from './indicators/age.ts';
import { award } from './indicators/award.ts';
import { deductions } from './indicators/deductions.ts';
import { education } from './indicators/education.ts';
import { freshGraduate } from './indicators/fresh-graduate.ts';
import { intermediaryTalent } from './indicators/intermediary-talent.ts';
import { investment } from './indicators/investment.ts';
import { publicService } from './indicators/public-service.ts';
import { remoteArea } from './indicators/remote-area.ts';
import { shortageMajor } from './indicators/shortage-major.ts';
import { siBase } from './indicators/si-base.ts';
import { siYears } from './indicators/si-years.ts';
import { spouse } from './indicators/spouse.ts';
import { startupTalent } from './indicators/startup-talent.ts';
import { titleSkill } from './indicators/title-skill.ts';
import { requireParam } from './item.ts';
import type { Assessment, AssessmentStatus, DocumentRef, IndicatorId, ItemResult, Text } from './types.ts';
import { chooseVersion } from './version.ts';
import { vetoes } from './vetoes.ts';

export interface AssessOptions {
  /** Assessment (application) date, YYYY-MM-DD. */
  date: string;
  /** Pin a version id ('2013' | '2017' | '2022') instead of letting the date pick it. */
  version?: string | undefined;
  /** Switch readings (RULES.md "Readings the project takes"), e.g. { R1: 'last6consecutive' }. */
  readings?: ReadingChoice | undefined;
}

const BASIC: [IndicatorId, (ctx: Context) => ItemResult][] = [
  ['age', age],
  ['education', education],
  ['titleSkill', titleSkill],
  ['siYears', siYears],
];
const BONUS: [IndicatorId, (ctx: Context) => ItemResult][] = [
  ['startupTalent', startupTalent],
  ['intermediaryTalent', intermediaryTalent],
  ['shortageMajor', shortageMajor],
  ['investment', investment],
  ['siBase', siBase],
  ['publicService', publicService],
  ['remoteArea', remoteArea],
  ['freshGraduate', freshGraduate],
  ['award', award],
  ['spouse', spouse],
];

/**
 * Scores an applicant (already validated by parseApplicant) on a date. Pure: the same input gives the same output.
 */
export function assess(applicant: Applicant, options: AssessOptions): Assessment {
  const { info, lookupDate } = chooseVersion(options.date, options.version);
  const readings = resolveReadings(options.readings);
  const ctx = buildContext(applicant, options.date, lookupDate, readings);
  const aggregation = requireParam('aggregation', ctx).value;

  const items: ItemResult[] = [];
  for (const [id, f] of BASIC) items.push(withoutFacts(ctx, id, () => f(ctx)));
  for (const [id, f] of BONUS) items.push(withoutFacts(ctx, id, () => f(ctx)));
  for (const d of withoutFacts(ctx, 'deductions', () => deductions(ctx))) items.push(d);
  applyChooseOne(items, aggregation.chooseOne);

  const subtotals = { basic: 0, bonus: 0, deductions: 0 };
  for (const i of items) {
    if (!i.counted) continue;
    if (i.group === 'basic') subtotals.basic += i.points;
    else if (i.group === 'bonus') subtotals.bonus += i.points;
    else subtotals.deductions += i.points;
  }
  const scoreIfEligible = Math.max(aggregation.floor, subtotals.basic + subtotals.bonus + subtotals.deductions);

  const eligibilityConditions = eligibility(ctx);
  const ageItem = items[0] as ItemResult;
  const vetoResults = vetoes(ctx);
  const status: AssessmentStatus = ageItem.conditions.some((c) => c.status === 'failed')
    ? 'outsideScheme'
    : vetoResults.length
      ? 'vetoed'
      : eligibilityConditions.some((c) => c.status === 'failed')
        ? 'ineligible'
        : 'scored';
  const total = status === 'scored' ? scoreIfEligible : 0;

  const counted = items.filter((i) => i.counted && i.points !== 0);
  let confidence = info.confidence;
  for (const i of counted) confidence = lower(confidence, i.confidence);
  return {
    date: options.date,
    version: info,
    status,
    standardScore: aggregation.standardScore,
    total,
    scoreIfEligible,
    reaches: status === 'scored' && total >= aggregation.standardScore,
    subtotals,
    eligibility: eligibilityConditions,
    vetoes: vetoResults,
    items,
    documents: collectDocuments(ctx, counted),
    warnings: warnings(ctx, info.beyondValidity, items),
    confidence,
    readings,
  };
}

/** Art. 11: within each group only the highest item counts (education vs title/skill). Replaces, never mutates, items. */
function applyChooseOne(items: ItemResult[], groups: string[][]): void {
  for (const group of groups) {
    const members = items.filter((i) => group.includes(i.id));
    const keep = members.reduce<ItemResult | undefined>((best, i) => (!best || i.points > best.points ? i : best), undefined);
    for (const m of members) {
      if (m === keep) continue;
      const dropped: ItemResult = { ...m, counted: false };
      items[items.indexOf(m)] = dropped;
      if (m.points > 0 && keep) {
        dropped.conditions = [
          ...m.conditions,
          {
            id: 'chooseOne',
            status: 'failed',
            text: {
              zh: `与「${keep.label.zh}」二选一，取较高的${keep.points}分`,
              en: `one choice with "${keep.label.en}": the higher, ${keep.points}, counts`,
            },
          },
        ];
      }
    }
  }
}

function collectDocuments(ctx: Context, counted: ItemResult[]): DocumentRef[] {
  const seen = new Set<string>();
  const out: DocumentRef[] = [];
  const add = (d: DocumentRef) => {
    if (!seen.has(d.id)) {
      seen.add(d.id);
      out.push(d);
    }
  };
  for (const d of ctx.policy.docs.eligibility) add({ id: d.id, zh: d.zh, en: d.en });
  for (const d of ctx.policy.docs.vetoes) add({ id: d.id, zh: d.zh, en: d.en });
  for (const i of counted) if (i.points > 0) for (const d of i.documents) add(d);
  return out;
}

function warnings(ctx: Context, beyondValidity: boolean, items: ItemResult[]): Text[] {
  const out: Text[] = [];
  if (beyondValidity) {
    out.push({
      zh: '评估日期已超出所适用版本的有效期（2027-12-31），按最新版本继续计算，请以届时公布的新规定为准。',
      en: 'The assessment date is past the stated validity of the latest version; it is applied as it stands until a new one is published.',
    });
  }
  if (ctx.history.some((m) => m.referenceCarried && m.month > ctx.windowEnd - 48)) {
    out.push({
      zh: '部分月份尚无公布的参考工资，沿用最新公布值（低可信度）。',
      en: 'Some months have no published reference wage yet; the latest published value is carried forward (low confidence).',
    });
  }
  for (const i of items)
    if (i.counted && i.points !== 0 && i.confidence === 'low')
      out.push({ zh: `「${i.label.zh}」依据的规则可信度低，请核实。`, en: `"${i.label.en}" relies on a low-confidence rule: check it.` });
  for (const i of items) if (i.counted && i.points > 0) out.push(...i.checks);
  return out;
}
