import type { Confidence } from '../core/confidence.ts';
import { readings } from './index.ts';

/** Every reading of policy/readings.json, in its order (checked below when the data loads). */
export const READING_IDS = [
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R6',
  'R7',
  'R8',
  'R9',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R15',
  'R16',
  'R17',
  'W1',
] as const;
export type ReadingId = (typeof READING_IDS)[number];

if (readings.map((r) => r.id).join() !== READING_IDS.join()) {
  throw new Error(`policy/readings.json lists ${readings.map((r) => r.id).join()}, the code knows ${READING_IDS.join()}`);
}

/** The reading chosen for each question: RULES.md defaults unless the caller switches one. */
export type ReadingChoice = Record<string, string>;

export const defaultReadings: ReadingChoice = Object.freeze(Object.fromEntries(readings.map((r) => [r.id, r.default])));

/** reading id → option id → confidence (two lookups: no key string built per call). */
const confidenceByOption = new Map<string, Map<string, Confidence>>(
  readings.map((r) => [r.id, new Map(r.options.map((o) => [o.id, o.confidence]))]),
);

export function readingConfidence(id: string, option: string): Confidence {
  return confidenceByOption.get(id)?.get(option) ?? 'low';
}

function isOption(id: string, option: string): boolean {
  return confidenceByOption.get(id)?.has(option) === true;
}

const interned = new Map<string, ReadingChoice>();
/** Every choice resolveReadings returned: complete, frozen and interned. */
const resolved = new WeakSet<ReadingChoice>([defaultReadings]);

/**
 * Merges caller overrides onto the defaults; an unknown reading or option is an error, not a silent default.
 * Equal choices return the same object, so per-choice caches (confidence, shared lines) hit across calls.
 */
export function resolveReadings(overrides: ReadingChoice | undefined): ReadingChoice {
  if (!overrides) return defaultReadings;
  const changed = Object.entries(overrides).filter(([id, option]) => defaultReadings[id] !== option);
  if (changed.length === 0) {
    for (const id of Object.keys(overrides)) if (!(id in defaultReadings)) throw new RangeError(`unknown reading "${id}"`);
    return defaultReadings;
  }
  for (const [id, option] of changed) {
    if (!isOption(id, option)) {
      const known = readings.find((r) => r.id === id);
      throw new RangeError(
        known
          ? `reading ${id} has no option "${option}" (options: ${known.options.map((o) => o.id).join(', ')})`
          : `unknown reading "${id}"`,
      );
    }
  }
  const key = changed
    .map(([id, option]) => `${id}=${option}`)
    .sort()
    .join('&');
  let choice = interned.get(key);
  if (!choice) {
    choice = Object.freeze({ ...defaultReadings, ...Object.fromEntries(changed) });
    if (interned.size >= 1000) interned.clear();
    interned.set(key, choice);
    resolved.add(choice);
  }
  return choice;
}

/** `readings` as a resolved choice: itself when resolveReadings made it (the engine's), else resolved now. */
export function choiceOf(readings: ReadingChoice): ReadingChoice {
  return resolved.has(readings) ? readings : resolveReadings(readings);
}
