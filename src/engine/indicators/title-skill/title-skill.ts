import { englishName } from '../../../catalog/english.ts';
import { monthString } from '../../../core/calendar.ts';
import { failed } from '../../../core/condition.ts';
import { lower } from '../../../core/confidence.ts';
import { type Msg, msg } from '../../../core/message.ts';
import type { ReadingId } from '../../../policy/readings.ts';
import type { Context } from '../../context.ts';
import { inWindow, percentOf } from '../../history.ts';
import { item, required } from '../../item.ts';
import { labelOf } from '../../labels.ts';
import { againstReference, noteReadings, readApart, reading, windowEnd } from '../../readings.ts';
import type { Condition, Confidence, ItemResult } from '../../types.ts';
import type { CertificateVerdict } from './types.ts';
import { certificateVerdict } from './verdict.ts';

const LABEL = labelOf('titleSkill');

export interface GateResult {
  passed: boolean;
  /** The ratio of the reference wage a month's base must reach. */
  ratio: number;
  monthsAtOrAbove: number;
  condition: Condition;
  confidence: Confidence;
}

/**
 * The 1× gate for mid/senior titles and skill levels 2/1 (Art. 6(3), §3.2): reading R1 default counts any 6 of the
 * last 12 months (back-paid excluded) with base ≥ that month's reference; the alternative needs the last 6 in a row.
 */
export function baseGate(ctx: Context, gate: { minRatio: number; months: number; windowMonths: number }): GateResult {
  const consecutive = reading(ctx, 'R1') === 'last6consecutive';
  const history = againstReference(ctx);
  const end = windowEnd(ctx);
  const window = consecutive ? gate.months : gate.windowMonths;
  const minPercent = percentOf(gate.minRatio);
  let count = 0;
  let confidence: Confidence = 'high';
  for (const m of history) {
    if (!inWindow(m, end, window) || m.backPaid) continue;
    confidence = lower(confidence, m.referenceConfidence);
    if (m.percentOfReference >= minPercent) count++;
  }
  const passed = count >= gate.months;
  const params = { from: monthString(end - window + 1), to: monthString(end), needed: gate.months, ratio: gate.minRatio, count };
  const text = consecutive ? msg('engine:titleSkill.gate.consecutive', params) : msg('engine:titleSkill.gate.anyOf', { ...params, window });
  const condition: Condition = passed
    ? { id: 'baseGate', status: 'met', text }
    : failed('baseGate', text, msg('engine:titleSkill.gate.fix', { more: gate.months - count, ratio: gate.minRatio }));
  return { passed, ratio: gate.minRatio, monthsAtOrAbove: count, condition, confidence };
}

interface Candidate {
  index: number;
  verdict: CertificateVerdict;
  points: number;
  conditions: Condition[];
  /** The 1× gate's condition is among `conditions`. */
  gateApplied: boolean;
}

/** 专业技术职称和技能等级 — Art. 6(3): the best certificate that counts; its conditions explain the others. */
export function titleSkill(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.titleSkill, 'titleSkill', ctx);
  const v = p.value;
  const certificates = ctx.applicant.certificates;
  const extraConfidence: Confidence[] = [];
  // The gate is counted once, apart: its readings are the item's only if the certificate shown is gated.
  let gate: { value: GateResult; read: readonly ReadingId[] } | undefined;
  let best: Candidate | undefined;
  const candidates: Candidate[] = certificates.map((certificate, index) => {
    const verdict = certificateVerdict(certificate, {
      date: ctx.date,
      lookupDate: ctx.lookupDate,
      readings: ctx.readings,
      employment: { post: ctx.applicant.employment.post, businessScope: ctx.applicant.employment.businessScope },
    });
    const conditions = [...verdict.conditions];
    let points = verdict.status === 'counts' ? verdict.points : 0;
    const gateApplied = verdict.gated && verdict.status !== 'doesNotCount';
    if (gateApplied) {
      gate ??= readApart(ctx, () => baseGate(ctx, v.gate));
      conditions.push(gate.value.condition);
      if (!gate.value.passed) points = 0;
    }
    return { index, verdict, points, conditions, gateApplied };
  });
  for (const c of candidates) if (!best || c.points > best.points) best = c;
  const winner = best && best.points > 0 ? best : undefined;
  if (winner) {
    extraConfidence.push(winner.verdict.confidence);
    if (winner.gateApplied && gate) extraConfidence.push(gate.value.confidence);
  }
  const shown = winner ?? candidates.find((c) => c.verdict.status !== 'doesNotCount') ?? candidates[0];
  // The line shows one certificate: the readings its verdict and its gate read are the item's.
  if (shown) noteReadings(ctx, Object.keys(shown.verdict.readings) as ReadingId[]);
  if (shown?.gateApplied && gate) noteReadings(ctx, gate.read);
  const points = Math.min(winner?.points ?? 0, v.cap);
  const name = shown ? certificates[shown.index]?.name : undefined;
  return item(ctx, {
    id: 'titleSkill',
    group: 'basic',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation: explain(points, name, shown, gate?.value),
    facts: {
      certificate: name ?? null,
      level: shown?.verdict.level ?? null,
      catalogEntry: shown?.verdict.catalogEntry?.name ?? null,
      gateMonths: gate?.value.monthsAtOrAbove ?? null,
      certificatesGiven: certificates.length,
    },
    conditions: shown
      ? shown.conditions
      : [failed('certificateGiven', msg('engine:titleSkill.none'), msg('engine:titleSkill.noneFix', { min: v.points.skill5, max: v.cap }))],
    extraConfidence,
    documents: winner?.verdict.documents ?? [],
    checks: winner?.verdict.warnings ?? [],
  });
}

function explain(points: number, name: string | undefined, shown: Candidate | undefined, gate: GateResult | undefined): Msg {
  if (!shown || !name) return msg('engine:titleSkill.noneScores');
  // a catalogue certificate is named in English by its entry, with the official Chinese name beside it
  const entry = shown.verdict.catalogEntry;
  const named = { zh: name, en: entry ? englishName(entry) : `"${name}"` };
  if (points > 0) {
    const gated = shown.verdict.gated && gate ? msg('engine:titleSkill.gateMet', { ratio: gate.ratio, months: gate.monthsAtOrAbove }) : '';
    return msg('engine:titleSkill.counts', { name: named, gated, points });
  }
  const firstFailed = shown.conditions.find((c) => c.status === 'failed') ?? shown.conditions.find((c) => c.status === 'confirm');
  return msg('engine:titleSkill.notYet', {
    name: named,
    reason: firstFailed ? msg('engine:titleSkill.reason', { text: firstFailed.text }) : '',
  });
}
