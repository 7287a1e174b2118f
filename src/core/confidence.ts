/** How sure we are of a rule value or a reading: the lowest of what an item relied on travels into it. */
export type Confidence = 'high' | 'medium' | 'low';

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
