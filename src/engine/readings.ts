import type { ReadingId } from '../policy/readings.ts';
import type { Context } from './context.ts';
import type { HistoryMonth } from './history.ts';
import { NOTHING_READ, type ReadingsUsed } from './read-path.ts';

/**
 * Readings are read through these accessors only: each notes the reading on the item being built, in the order first
 * read, and item() lists exactly those (with their options and confidence) — no list is written by hand.
 */

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
  return path.used(ctx.readings);
}
