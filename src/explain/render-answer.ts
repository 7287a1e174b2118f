import type { Said } from '../core/message.ts';
import { renderText, type TextLang } from './render.ts';

const isMessage = (o: Record<string, unknown>): boolean =>
  typeof o['key'] === 'string' && Object.keys(o).every((k) => k === 'key' || k === 'params');

/**
 * Any answer of the planner, the catalogue search or the policy diff with each message rendered as an assessment's
 * are (`renderText`): its text where a text always was, in `lang` (or both), its key and parameters beside it.
 * Texts and everything else pass through.
 */
export function renderAnswer(value: unknown, lang: TextLang): unknown {
  if (Array.isArray(value)) return value.map((v) => renderAnswer(v, lang));
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (isMessage(o)) return renderText(o as unknown as Said, lang);
  const out: Record<string, unknown> = {};
  for (const k in o) out[k] = renderAnswer(o[k], lang);
  return out;
}
