import type { Confidence } from './types.ts';

const RANK: Record<Confidence, number> = { high: 2, medium: 1, low: 0 };

/** The lower of two confidences (the hot path: no array). */
export function lower(a: Confidence, b: Confidence): Confidence {
  return RANK[a] <= RANK[b] ? a : b;
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
