import type { Confidence } from '../engine/types.ts';
import { readings } from './index.ts';

/** The reading chosen for each question: RULES.md defaults unless the caller switches one. */
export type ReadingChoice = Record<string, string>;

export const defaultReadings: ReadingChoice = Object.fromEntries(readings.map((r) => [r.id, r.default]));

const confidenceByOption = new Map<string, Confidence>();
for (const r of readings) for (const o of r.options) confidenceByOption.set(`${r.id}:${o.id}`, o.confidence);

export function readingConfidence(id: string, option: string): Confidence {
  return confidenceByOption.get(`${id}:${option}`) ?? 'low';
}

const confidenceByChoice = new WeakMap<ReadingChoice, Record<string, Confidence>>();

/** Confidence of every reading under one choice, computed once per choice object (assess runs per applicant). */
export function choiceConfidence(choice: ReadingChoice): Record<string, Confidence> {
  let out = confidenceByChoice.get(choice);
  if (!out) {
    out = Object.fromEntries(Object.entries(choice).map(([id, option]) => [id, readingConfidence(id, option)]));
    confidenceByChoice.set(choice, out);
  }
  return out;
}

/** Merges caller overrides onto the defaults; an unknown reading or option is an error, not a silent default. */
export function resolveReadings(overrides: ReadingChoice | undefined): ReadingChoice {
  if (!overrides) return defaultReadings;
  for (const [id, option] of Object.entries(overrides)) {
    if (!confidenceByOption.has(`${id}:${option}`)) {
      const known = readings.find((r) => r.id === id);
      throw new RangeError(
        known
          ? `reading ${id} has no option "${option}" (options: ${known.options.map((o) => o.id).join(', ')})`
          : `unknown reading "${id}"`,
      );
    }
  }
  return { ...defaultReadings, ...overrides };
}
