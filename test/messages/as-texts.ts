// Tests that read an engine result's words in both languages: every message rendered through the catalogue.
import type { Msg } from '../../src/core/message.ts';
import type { Text } from '../../src/core/text.ts';
import { text } from '../../src/messages/catalogue.ts';

/** `T` with every message (or Text) as the Text it renders to. */
export type Textified<T> = T extends Msg
  ? Text
  : T extends Text
    ? T
    : T extends readonly (infer U)[]
      ? Textified<U>[]
      : T extends object
        ? { [K in keyof T]: Textified<T[K]> }
        : T;

/** A deep copy of `x` with each message rendered in zh and en. */
export function asTexts<T>(x: T): Textified<T> {
  if (Array.isArray(x)) return x.map(asTexts) as Textified<T>;
  if (x !== null && typeof x === 'object') {
    if (typeof (x as { key?: unknown }).key === 'string' && !('zh' in x)) return text(x as unknown as Msg) as Textified<T>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) out[k] = asTexts(v);
    return out as Textified<T>;
  }
  return x as Textified<T>;
}
