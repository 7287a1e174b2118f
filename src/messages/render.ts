import type { Lang } from '../core/lang.ts';
import { isMsg, type MsgParam, type MsgParams, type Said } from '../core/message.ts';

/** An i18next `t` fixed to one language (the server's and CLI's own instance, or the web app's). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The text of `s` in `lang`: a message through the catalogue, a Text by picking its language. */
export function sayWith(t: Translate, lang: Lang, s: Said): string {
  if (!isMsg(s)) return s[lang];
  return s.params === undefined ? t(s.key) : t(s.key, options(t, lang, s.params));
}

/** Nested messages and Texts become strings first; numbers stay numbers (plurals, number formatting). */
function options(t: Translate, lang: Lang, params: MsgParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in params) out[k] = param(t, lang, params[k] as MsgParam);
  return out;
}

function param(t: Translate, lang: Lang, p: MsgParam): string | number {
  return typeof p === 'object' ? sayWith(t, lang, p) : p;
}
