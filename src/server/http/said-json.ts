import { z } from '@hono/zod-openapi';
import type { Lang } from '../../core/lang.ts';
import { isMsg, type MsgParams, type Said } from '../../core/message.ts';
import type { Text } from '../../core/text.ts';
import { say, text } from '../../messages/catalogue.ts';
import type { TextLang } from './localise.ts';

/**
 * A message as the API has always given it, the text in the language asked for (or both), with its catalogue
 * key and parameters beside it so that a client can render it itself (v1-compatible: the text stays where it was).
 */
export type SaidJson = Partial<Text> & { key?: string; params?: MsgParams };

/** The schema of a `SaidJson`. */
export const saidSchema = z
  .object({
    zh: z.string().optional(),
    en: z.string().optional(),
    key: z.string().optional().describe('the message catalogue key (messages/<lang>/<namespace>.json), when the text is a message'),
    params: z.record(z.string(), z.unknown()).optional().describe('the parameters of the message: numbers, dates, names, nested messages'),
  })
  .meta({ id: 'Said' });

export function saidJson(s: Said, lang: TextLang): SaidJson {
  const words: Partial<Text> = lang === 'all' ? (isMsg(s) ? text(s) : s) : ({ [lang]: say(lang as Lang, s) } as Partial<Text>);
  return isMsg(s) ? { ...words, ...(s.params === undefined ? { key: s.key } : { key: s.key, params: s.params }) } : words;
}

const isMessage = (o: Record<string, unknown>): boolean =>
  typeof o['key'] === 'string' && Object.keys(o).every((k) => k === 'key' || k === 'params');

/** Every message in a planner or catalogue answer as `saidJson` in both languages; everything else as it is. */
export function withTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withTexts);
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (isMessage(o)) return saidJson(o as unknown as Said, 'all');
  const out: Record<string, unknown> = {};
  for (const k in o) out[k] = withTexts(o[k]);
  return out;
}
