import type { Lang } from '../core/lang.ts';
import { isMsg, type MsgParams, type Said } from '../core/message.ts';
import type { Text } from '../core/text.ts';
import { say, text } from './catalogue.ts';

/**
 * A message as JSON answers have always given it, the text in one language or both, with its catalogue key and
 * parameters beside it so that a client can render it itself (the API stays v1-compatible: the text is where it was).
 */
export type SaidJson = Partial<Text> & { key?: string; params?: MsgParams };

export function saidJson(s: Said, lang: Lang | 'all'): SaidJson {
  const words: Partial<Text> = lang === 'all' ? (isMsg(s) ? text(s) : s) : ({ [lang]: say(lang, s) } as Partial<Text>);
  if (!isMsg(s)) return words;
  return s.params === undefined ? { ...words, key: s.key } : { ...words, key: s.key, params: s.params };
}

const isMessage = (o: Record<string, unknown>): boolean =>
  typeof o['key'] === 'string' && Object.keys(o).every((k) => k === 'key' || k === 'params');

/** Every message in an answer (a plan, a catalogue search, a policy diff) as `saidJson` in both languages. */
export function withTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withTexts);
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (isMessage(o)) return saidJson(o as unknown as Said, 'all');
  const out: Record<string, unknown> = {};
  for (const k in o) out[k] = withTexts(o[k]);
  return out;
}
