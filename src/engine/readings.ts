import type { Confidence } from '../core/confidence.ts';
import { lower } from '../core/confidence.ts';
import { deepFreeze } from '../core/shared-cache.ts';
import type { ReadingChoice, ReadingId } from '../policy/readings.ts';
import type { Context } from './context.ts';
import type { HistoryMonth } from './history.ts';

/**
 * Readings are read through these accessors only: each notes the reading on the item being built, in the order first
 * read, and item() lists exactly those (with their options and confidence) — no list is written by hand.
 */

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

  used(ctx: Context): ReadingsUsed | undefined {
    if (this.ids.length === 0) return undefined;
    if (ctx.readings === this.lastChoice) return this.lastUsed;
    let used = this.byChoice.get(ctx.readings);
    if (!used) {
      const values: Record<string, string> = {};
      let confidence: Confidence = 'high';
      for (const id of this.ids) {
        values[id] = ctx.readings[id] as string;
        confidence = lower(confidence, ctx.readingConfidence[id] ?? 'low');
      }
      used = deepFreeze({ values, confidence });
      // Choices are interned and bounded (policy/readings.ts): so is this.
      this.byChoice.set(ctx.readings, used);
    }
    this.lastChoice = ctx.readings;
    this.lastUsed = used;
    return used;
  }
}

/** Nothing read yet: where every item starts. */
export const NOTHING_READ = new ReadPath([]);

/** The option in force for reading `id`, noted as read. */
export function reading(ctx: Context, id: ReadingId): string {
  ctx.read = ctx.read.with(id);
  return ctx.readings[id] as string;
}

/** Notes readings something else reported reading (a certificate verdict: its own readings record). */
export function noteReadings(ctx: Context, ids: readonly ReadingId[]): void {
  for (const id of ids) ctx.read = ctx.read.with(id);
}

/** Last month of every "last N months" window: the application month or the one before (W1). */
export function windowEnd(ctx: Context): number {
  ctx.read = ctx.read.with('W1');
  return ctx.lastWindowMonth;
}

/** The monthly history with each month's base against its reference wage, whose series R8 picks. */
export function againstReference(ctx: Context): readonly HistoryMonth[] {
  ctx.read = ctx.read.with('R8');
  return ctx.history;
}

/** Runs `f` and returns what it read apart, so the caller notes it only if it uses the result. */
export function readApart<T>(ctx: Context, f: () => T): { value: T; read: readonly ReadingId[] } {
  const before = ctx.read;
  ctx.read = NOTHING_READ;
  const value = f();
  const read = ctx.read.ids;
  ctx.read = before;
  return { value, read };
}

/** What the item being built has read, and a fresh start for the next one. */
export function takeReadings(ctx: Context): ReadingsUsed | undefined {
  const path = ctx.read;
  ctx.read = NOTHING_READ;
  return path.used(ctx);
}
