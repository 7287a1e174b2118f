import { monthIndex } from '../core/calendar.ts';
import type { Confidence } from '../engine/types.ts';
import { wages } from '../policy/index.ts';
import { referenceWage, seriesForReading } from '../policy/wages.ts';

/** The SI base limits of a month (policy/reference-wage.json, social-insurance series); the last period carried forward after it. */
export interface BaseLimits {
  lower: number | null;
  upper: number | null;
  period: string;
  confidence: Confidence;
  carried: boolean;
}

export function baseLimits(month: number): BaseLimits {
  const periods = wages.socialInsuranceAverage;
  const found = periods.find((p) => monthIndex(p.from) <= month && month <= monthIndex(p.to));
  const p = found ?? periods.reduce((a, b) => (monthIndex(b.to) > monthIndex(a.to) ? b : a));
  const carried = !found && month > monthIndex(p.to);
  return {
    lower: p.lower ?? null,
    upper: p.upper ?? null,
    period: `${p.from} → ${p.to}`,
    confidence: carried ? wages.carryForwardConfidence : p.confidence,
    carried,
  };
}

/**
 * The smallest whole-yuan base at `ratio` × the reference wage of `month`: the same integer comparison the engine
 * makes (base × 100 ≥ round(ratio × 100) × reference), solved for the base.
 */
export function baseAtRatio(ratio: number, month: number, r8: string): { base: number; reference: number; carried: boolean } | null {
  const ref = referenceWage(month, seriesForReading(r8));
  if (!ref) return null;
  return { base: Math.ceil((Math.round(ratio * 100) * ref.value) / 100), reference: ref.value, carried: ref.carried };
}
