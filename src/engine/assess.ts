import type { Applicant } from '../applicant/applicant.ts';
import { lower } from '../core/confidence.ts';
import { msg } from '../core/message.ts';
import type { PolicyAt } from '../policy/at.ts';
import { versions, wages } from '../policy/index.ts';
import { type ReadingChoice, resolveReadings } from '../policy/readings.ts';
import { describeSources, type SourceView } from '../policy/sources.ts';
import { chooseVersion } from '../policy/version.ts';
import { scorer, sharedLines, withoutFacts } from './absent.ts';
import { Alternatives } from './alternatives.ts';
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
import { siBase, widestBaseWindow } from './indicators/si-base.ts';
import { siYears } from './indicators/si-years.ts';
import { spouse } from './indicators/spouse.ts';
import { startupTalent } from './indicators/startup-talent.ts';
import { titleSkill } from './indicators/title-skill/title-skill.ts';
import { required } from './item.ts';
import type { Alternative, Assessment, AssessmentStatus, Confidence, DocumentRef, ItemResult, Said, VersionInfo } from './types.ts';
import { vetoes } from './vetoes.ts';

export interface AssessOptions {
  /** Assessment (application) date, YYYY-MM-DD. */
  date: string;
  /** Pin a version id ('2013' | '2017' | '2022') instead of letting the date pick it. */
  version?: string | undefined;
  /** Switch readings (RULES.md "Readings the project takes"), e.g. { R1: 'last6consecutive' }. */
  readings?: ReadingChoice | undefined;
}

/** Every indicator with one line, in the order of the rules: basic, then bonus. */
const INDICATORS = [
  scorer('age', age),
  scorer('education', education),
  scorer('titleSkill', titleSkill),
  scorer('siYears', siYears),
  scorer('startupTalent', startupTalent),
  scorer('intermediaryTalent', intermediaryTalent),
  scorer('shortageMajor', shortageMajor),
  scorer('investment', investment),
  scorer('siBase', siBase),
  scorer('publicService', publicService),
  scorer('remoteArea', remoteArea),
  scorer('freshGraduate', freshGraduate),
  scorer('award', award),
  scorer('spouse', spouse),
];
const DEDUCTIONS = scorer('deductions', deductions);

/**
 * Scores an applicant (already validated by parseApplicant) on a date. Pure: the same input gives the same output.
 */
export function assess(applicant: Applicant, options: AssessOptions): Assessment {
  const { info, lookupDate } = chooseVersion(options.date, options.version);
  const readings = resolveReadings(options.readings);
  const ctx = buildContext(applicant, options.date, lookupDate, readings);
  const aggregation = required(ctx.policy.params.aggregation, 'aggregation', ctx).value;

  const shared = sharedLines(ctx);
  const deductionLines = withoutFacts(ctx, shared, DEDUCTIONS);
  // Sized once (pushes grew the list), and walked by index below: a for-of over it cost several times as much.
  const items = new Array<ItemResult>(INDICATORS.length + deductionLines.length);
  const alternatives = new Alternatives(ctx);
  // A line without facts is shared (in its slot) and frozen: 0 points under every reading, and already marked high.
  // Checked by its slot, not Object.isFrozen, which V8 answers through the runtime.
  for (let k = 0; k < INDICATORS.length; k++) {
    const i = INDICATORS[k] as (typeof INDICATORS)[number];
    const line = withoutFacts(ctx, shared, i);
    if (shared[i.slot] !== line) settle(line, alternatives.of(line, i.score, i.slot));
    items[k] = line;
  }
  const ownDeductions = shared[DEDUCTIONS.slot] !== deductionLines;
  for (let k = 0; k < deductionLines.length; k++) {
    const d = deductionLines[k] as ItemResult;
    if (ownDeductions) settle(d, []); // no reading or value of theirs has an alternative
    items[INDICATORS.length + k] = d;
  }
  applyChooseOne(items, aggregation.chooseOne);

  const subtotals = { basic: 0, bonus: 0, deductions: 0 };
  for (let k = 0; k < items.length; k++) {
    const i = items[k] as ItemResult;
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

  const confidence = overallConfidence(items, aggregation.chooseOne);
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
    documents: collectDocuments(ctx, items),
    warnings: warnings(ctx, info, items),
    confidence,
    readings,
    sources: sourcesOf(ctx, info, items),
    referenceWageChecked: wages.lastChecked,
  };
}

/** Sources by policy date, then by which lines give points (one bit per line): few combinations occur. */
const sourcesCache = new WeakMap<PolicyAt, Map<number, SourceView[]>>();

/** The sources the result rests on: the version's and those of the lines that give points. */
function sourcesOf(ctx: Context, info: VersionInfo, items: ItemResult[]): SourceView[] {
  let byLines = sourcesCache.get(ctx.policy);
  if (!byLines) {
    byLines = new Map();
    sourcesCache.set(ctx.policy, byLines);
  }
  let key = 0;
  for (let i = 0; i < items.length; i++) {
    const line = items[i] as ItemResult;
    if (line.counted && line.points !== 0) key |= 1 << i;
  }
  let out = byLines.get(key);
  if (!out) {
    const keys = [...(versions.find((v) => v.id === info.id)?.source ?? [])];
    for (let i = 0; i < items.length; i++) if (key & (1 << i)) keys.push(...(items[i] as ItemResult).source);
    out = describeSources(keys);
    byLines.set(key, out);
  }
  return out;
}

/** Where each indicator's line is in `items`: the order of INDICATORS. */
const POSITION = new Map<string, number>(INDICATORS.map((s, i) => [s.id, i]));

/** Positions of each choose-one group's members, once per group list of the policy data. */
const groupPositions = new WeakMap<string[][], number[][]>();

function positionsOf(groups: string[][]): number[][] {
  let positions = groupPositions.get(groups);
  if (!positions) {
    positions = groups.map(
      (g) =>
        g
          .map((id) => {
            const at = POSITION.get(id);
            if (at === undefined) throw new Error(`choose-one group names "${id}", which is not an indicator`);
            return at;
          })
          .sort((a, b) => a - b), // in the order of the rules, so a tie keeps the earlier item
    );
    groupPositions.set(groups, positions);
  }
  return positions;
}

/** Art. 11: within each group only the highest item counts (education vs title/skill). Replaces, never mutates, items. */
function applyChooseOne(items: ItemResult[], groups: string[][]): void {
  for (const members of positionsOf(groups)) {
    let keep: ItemResult | undefined;
    for (const at of members) {
      const i = items[at] as ItemResult;
      if (!keep || i.points > keep.points) keep = i;
    }
    for (const at of members) {
      const m = items[at] as ItemResult;
      if (m === keep) continue;
      const dropped: ItemResult = { ...m, counted: false };
      items[at] = dropped;
      if (m.points > 0 && keep) {
        dropped.conditions = [
          ...m.conditions,
          {
            id: 'chooseOne',
            status: 'failed',
            text: msg('engine:assess.chooseOne', { label: keep.label, points: keep.points }),
          },
        ];
      }
    }
  }
}

/** An item's alternatives decide its confidence: high when none changes its points, else its rule's (at most medium). */
function settle(line: ItemResult, alternatives: Alternative[]): void {
  line.alternatives = alternatives;
  line.confidence = alternatives.length ? lower(line.confidence, 'medium') : 'high';
}

/**
 * The lowest confidence of the lines that make the total: the counted ones, and an uncounted member of a choose-one
 * group when an alternative would lift it above the member kept (the total would then change).
 */
function overallConfidence(items: ItemResult[], groups: string[][]): Confidence {
  let confidence: Confidence = 'high';
  for (let k = 0; k < items.length; k++) {
    const i = items[k] as ItemResult;
    if (i.counted) confidence = lower(confidence, i.confidence);
  }
  for (const members of positionsOf(groups)) {
    let kept = 0;
    for (const at of members) if ((items[at] as ItemResult).counted) kept = (items[at] as ItemResult).points;
    for (const at of members) {
      const m = items[at] as ItemResult;
      if (!m.counted && m.alternatives.some((a) => a.points > kept)) confidence = lower(confidence, m.confidence);
    }
  }
  return confidence;
}

/** Documents of eligibility and vetoes (every applicant's), per policy date: the same for every assessment. */
const commonDocuments = new WeakMap<PolicyAt, readonly DocumentRef[]>();

function hasDocument(list: readonly DocumentRef[], id: string): boolean {
  for (let i = 0; i < list.length; i++) if ((list[i] as DocumentRef).id === id) return true;
  return false;
}

/** Documents of eligibility and vetoes, then those of the counted lines that give points, each once. */
function collectDocuments(ctx: Context, items: ItemResult[]): DocumentRef[] {
  let common = commonDocuments.get(ctx.policy);
  if (!common) {
    const list: DocumentRef[] = [];
    for (const d of [...ctx.policy.docs.eligibility, ...ctx.policy.docs.vetoes]) if (!hasDocument(list, d.ref.id)) list.push(d.ref);
    common = list;
    commonDocuments.set(ctx.policy, common);
  }
  // A score has a score's few documents: a linear check beats building a Set for each assessment. Indexed loops:
  // the lists are frozen or not, shared or not, and V8's iterator over such a mix is slow.
  const out = common.slice();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as ItemResult;
    if (!item.counted || item.points <= 0) continue;
    const list = item.documents;
    for (let j = 0; j < list.length; j++) {
      const d = list[j] as DocumentRef;
      if (!hasDocument(out, d.id)) out.push(d);
    }
  }
  return out;
}

function warnings(ctx: Context, version: VersionInfo, items: ItemResult[]): Said[] {
  const out: Said[] = [];
  if (version.beyondValidity) {
    // A pinned earlier version is read as it stood on its last day (chooseVersion); the latest one simply continues.
    out.push(
      ctx.lookupDate !== ctx.date
        ? msg('engine:warning.pinnedExpired', { to: version.to })
        : msg('engine:warning.beyondValidity', { to: version.to }),
    );
  }
  // Months after the last published reference carry it forward, so only the latest month can be the first carried:
  // the history is in order, and checking its last month is checking them all. A carried month matters when a test
  // compares it: the base bands' widest window holds the title/skill test's 12 months too.
  const latest = ctx.history[ctx.history.length - 1];
  if (latest?.referenceCarried && latest.month > ctx.lastWindowMonth - widestBaseWindow(ctx)) {
    out.push(msg('engine:warning.referenceCarried'));
  }
  for (let k = 0; k < items.length; k++) {
    const i = items[k] as ItemResult;
    if (i.counted && i.points !== 0 && i.confidence === 'low') out.push(msg('engine:warning.lowConfidence', { label: i.label }));
  }
  for (let k = 0; k < items.length; k++) {
    const i = items[k] as ItemResult;
    if (!i.counted || i.points <= 0) continue;
    for (let c = 0; c < i.checks.length; c++) out.push(i.checks[c] as Said); // no spread: push(...) is a generic call
  }
  return out;
}
