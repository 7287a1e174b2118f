import { READING_IDS, type ReadingId } from '../policy/readings.ts';
import type { Context } from './context.ts';
import type { HistoryMonth } from './history.ts';

/**
 * Readings are read through these accessors only: each notes the reading on the item being built, in the order first
 * read, and item() lists exactly those (with their options and confidence) — no list is written by hand.
 */

const BIT = Object.fromEntries(READING_IDS.map((id, i) => [id, 1 << i])) as Record<ReadingId, number>;

/** The option in force for reading `id`, noted as read. */
export function reading(ctx: Context, id: ReadingId): string {
  note(ctx, id);
  return ctx.readings[id] as string;
}

function note(ctx: Context, id: ReadingId): void {
  const bit = BIT[id];
  if ((ctx.readMask & bit) === 0) {
    ctx.readMask |= bit;
    ctx.readOrder.push(id);
  }
}

/** Notes readings something else reported reading (a certificate verdict: its own readings record). */
export function noteReadings(ctx: Context, ids: readonly ReadingId[]): void {
  for (const id of ids) note(ctx, id);
}

/** Last month of every "last N months" window: the application month or the one before (W1). */
export function windowEnd(ctx: Context): number {
  note(ctx, 'W1');
  return ctx.lastWindowMonth;
}

/** The monthly history with each month's base against its reference wage, whose series R8 picks. */
export function againstReference(ctx: Context): readonly HistoryMonth[] {
  note(ctx, 'R8');
  return ctx.history;
}

/** Runs `f` and returns what it read apart, so the caller notes it only if it uses the result. */
export function readApart<T>(ctx: Context, f: () => T): { value: T; read: ReadingId[] } {
  const { readMask, readOrder } = ctx;
  ctx.readMask = 0;
  ctx.readOrder = [];
  const value = f();
  const read = ctx.readOrder;
  ctx.readMask = readMask;
  ctx.readOrder = readOrder;
  return { value, read };
}

/** Starts the record of a new item. */
export function startItem(ctx: Context): void {
  ctx.readMask = 0;
  ctx.readOrder.length = 0;
}
