import { englishName } from '../../../catalog/english.ts';
import { monthString } from '../../../core/calendar.ts';
import { failed } from '../../../core/condition.ts';
import { lower } from '../../../core/confidence.ts';
import { sharedCache } from '../../../core/shared-cache.ts';
import type { ReadingId } from '../../../policy/readings.ts';
import type { Context } from '../../context.ts';
import { inWindow, percentOf } from '../../history.ts';
import { item, required } from '../../item.ts';
import { labelOf } from '../../labels.ts';
import { againstReference, noteReadings, readApart, reading, windowEnd } from '../../readings.ts';
import type { Condition, Confidence, ItemResult, Text } from '../../types.ts';
import type { CertificateVerdict } from './types.ts';
import { certificateVerdict } from './verdict.ts';

const LABEL = labelOf('titleSkill');

export interface GateResult {
  passed: boolean;
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
  const head = gateTextHeads(gate, end, consecutive);
  const text: Text = { zh: head.zh + count + head.zhTail, en: head.en + count + head.enTail };
  const condition: Condition = passed
    ? { id: 'baseGate', status: 'met', text }
    : failed('baseGate', text, {
        zh: `需再有${gate.months - count}个月缴费基数达到当月参考工资（1倍）`,
        en: `${gate.months - count} more month(s) with a base at ≥ 1× the reference wage are needed`,
      });
  return { passed, monthsAtOrAbove: count, condition, confidence };
}

interface GateTextHeads {
  zh: string;
  zhTail: string;
  en: string;
  enTail: string;
}

/** The gate's text around its month count, per (gate, window end, reading R1): it is on every title line. */
const gateSharedCache = sharedCache<GateTextHeads>();

function gateTextHeads(
  gate: { minRatio: number; months: number; windowMonths: number },
  windowEnd: number,
  consecutive: boolean,
): GateTextHeads {
  return gateSharedCache(gate, windowEnd * 2 + (consecutive ? 1 : 0), () => {
    const window = consecutive ? gate.months : gate.windowMonths;
    const from = monthString(windowEnd - window + 1);
    const to = monthString(windowEnd);
    return consecutive
      ? {
          zh: `${from}至${to}连续${gate.months}个月缴费基数不低于当月参考工资（实际`,
          zhTail: '个月）',
          en: `base ≥ ${gate.minRatio}× the reference in all of the ${gate.months} months ${from} → ${to} (`,
          enTail: ' were)',
        }
      : {
          zh: `${from}至${to}的${window}个月中累计至少${gate.months}个月缴费基数不低于当月参考工资${gate.minRatio === 1 ? '' : `的${gate.minRatio}倍`}（不含补缴；实际`,
          zhTail: '个月）',
          en: `at least ${gate.months} of the ${window} months ${from} → ${to} with base ≥ ${gate.minRatio}× that month's reference wage, back-paid months excluded (`,
          enTail: ' months)',
        };
  });
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
      : [
          failed(
            'certificateGiven',
            { zh: '未填写职称、职业资格或技能等级证书', en: 'no title, qualification or skill certificate given' },
            {
              zh: '目录内的技能等级证书或中级职称可积15–140分',
              en: 'a catalogue skill certificate or a mid-level title gives 15–140 points',
            },
          ),
        ],
    extraConfidence,
    documents: winner?.verdict.documents ?? [],
    checks: winner?.verdict.warnings ?? [],
  });
}

function explain(points: number, name: string | undefined, shown: Candidate | undefined, gate: GateResult | undefined): Text {
  if (!shown || !name) return { zh: '没有职称或技能等级证书，本项0分。', en: 'No title or skill certificate: 0 points.' };
  // a catalogue certificate is named in English by its entry, with the official Chinese name beside it
  const entry = shown.verdict.catalogEntry;
  const nameEn = entry ? englishName(entry) : `"${name}"`;
  if (points > 0) {
    const gated =
      shown.verdict.gated && gate
        ? {
            zh: `，且满足1倍社保基数条件（${gate.monthsAtOrAbove}个月）`,
            en: `, and the 1× base gate is met (${gate.monthsAtOrAbove} months)`,
          }
        : { zh: '', en: '' };
    return { zh: `「${name}」符合条件${gated.zh}，积${points}分。`, en: `${nameEn} counts${gated.en}: ${points} points.` };
  }
  const firstFailed = shown.conditions.find((c) => c.status === 'failed') ?? shown.conditions.find((c) => c.status === 'confirm');
  return {
    zh: `「${name}」暂不计分${firstFailed ? `：${firstFailed.text.zh}` : ''}。`,
    en: `${nameEn} does not score yet${firstFailed ? `: ${firstFailed.text.en}` : ''}.`,
  };
}
