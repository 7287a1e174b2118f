import { msg } from '../core/message.ts';
import { percentOf } from '../engine/history.ts';
import { referenceWage } from '../policy/wages.ts';
import { type Ctx, cond, month } from './conditions.ts';
import { monthAtLeast, windowCount } from './month-tests.ts';
import type { HukouCondition } from './types.ts';

export type WindowTestName = 'market' | 'waiver2x' | 'lingang1x' | 'kechuang3x';

export interface WindowRule {
  ratio: number;
  windowMonths: number;
  months: number;
  applicationMonth: boolean;
}

/**
 * The smallest whole-yuan base at ≥ ratio × the reference in every month from m through `until` (the amount a
 * sentence names: the reference only rises or is carried, so a base that passes its highest passes them all).
 */
export function amountFor(ratio: number, m: number, until = m): number {
  let ref = 0;
  for (let k = m; k <= until; k++) ref = Math.max(ref, referenceWage(k)?.value ?? 0);
  return Math.ceil((percentOf(ratio) * ref) / 100);
}

/** "`months` of the `windowMonths` before m (J7), and m itself, at ≥ ratio × the reference" (§3.3; back-paid months out, J8). */
export function windowTest(c: Ctx, test: WindowTestName, m: number, r: WindowRule): HukouCondition[] {
  c.note.readings.add('J7');
  c.note.readings.add('J8');
  const have = windowCount(c.t, m, r.ratio, r.windowMonths, c.readings);
  const name = msg(`hukou:test.${test}`);
  const amount = amountFor(r.ratio, m);
  const out = [
    cond(
      `${test}.window`,
      have >= r.months,
      msg('hukou:cond.window', { test: name, have, need: r.months, window: r.windowMonths, ratio: r.ratio, month: month(m) }),
      msg('hukou:fix.window', { ratio: r.ratio, more: r.months - have, amount }),
    ),
  ];
  if (r.applicationMonth)
    out.push(
      cond(
        `${test}.applicationMonth`,
        monthAtLeast(c.t, m, r.ratio, c.readings),
        msg('hukou:cond.applicationMonth', { test: name, ratio: r.ratio, month: month(m), amount }),
        msg('hukou:fix.applicationMonth', { amount, month: month(m) }),
      ),
    );
  return out;
}
