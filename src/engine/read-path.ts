import type { Confidence } from '../core/confidence.ts';
import { lower } from '../core/confidence.ts';
import { deepFreeze } from '../core/shared-cache.ts';
import { type ReadingChoice, type ReadingId, readingConfidence } from '../policy/readings.ts';

/** The options of the readings an item read, and their lowest confidence: shared and frozen. */
export interface ReadingsUsed {
  values: Record<string, string>;
  confidence: Confidence;
}

/**
 * The readings read so far, as a path from the empty one: each path is made once and reached again by the same reads
 * in the same order, so noting a read is a lookup, and its options are made once per choice. The paths are the
 * few orders the code reads in, so this stays small.
 */
export class ReadPath {
  private readonly next = new Map<ReadingId, ReadPath>();
  private readonly byChoice = new Map<ReadingChoice, ReadingsUsed>();
  // The last step and the last choice looked up: code reads in a fixed order and an assessment keeps one choice,
  // so these answer nearly every lookup with one comparison (a Map lookup per read cost 4 % of an assessment).
  private lastId: ReadingId | undefined;
  private lastNext: ReadPath = this;
  private lastChoice: ReadingChoice | undefined;
  private lastUsed: ReadingsUsed | undefined;
  constructor(readonly ids: readonly ReadingId[]) {}

  /** This path with `id` read: itself when `id` is on it already. */
  with(id: ReadingId): ReadPath {
    if (id === this.lastId) return this.lastNext;
    let out = this.next.get(id);
    if (out === undefined) {
      out = this.ids.includes(id) ? this : new ReadPath([...this.ids, id]);
      this.next.set(id, out);
    }
    this.lastId = id;
    this.lastNext = out;
    return out;
  }

  /** The options of this path's readings under `choice` (interned), and their lowest confidence. */
  used(choice: ReadingChoice): ReadingsUsed | undefined {
    if (this.ids.length === 0) return undefined;
    if (choice === this.lastChoice) return this.lastUsed;
    let used = this.byChoice.get(choice);
    if (!used) {
      const values: Record<string, string> = {};
      let confidence: Confidence = 'high';
      for (const id of this.ids) {
        values[id] = choice[id] as string;
        confidence = lower(confidence, readingConfidence(id, values[id]));
      }
      used = deepFreeze({ values, confidence });
      // Choices are interned and bounded (policy/readings.ts): so is this.
      this.byChoice.set(choice, used);
    }
    this.lastChoice = choice;
    this.lastUsed = used;
    return used;
  }
}

/** Nothing read yet: where every item starts. */
export const NOTHING_READ = new ReadPath([]);
