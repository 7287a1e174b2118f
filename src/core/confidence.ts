import type { Confidence } from '../engine/types.ts';

/** The lower of two confidences (the hot path: no array, no lookup). */
export function lower(a: Confidence, b: Confidence): Confidence {
  if (a === 'low' || b === 'low') return 'low';
  return a === 'medium' || b === 'medium' ? 'medium' : 'high';
}

export function lowest(...values: Confidence[]): Confidence {
  let out: Confidence = 'high';
  for (const v of values) out = lower(out, v);
  return out;
}

export const CONFIDENCE_TEXT: Record<Confidence, { zh: string; en: string }> = {
  high: { zh: '高', en: 'high' },
  medium: { zh: '中', en: 'medium' },
  low: { zh: '低', en: 'low' },
};
