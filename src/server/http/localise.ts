import { isDeepStrictEqual } from 'node:util';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Assessment, Text } from '../../engine/types.ts';
import { type RenderedAssessment, renderAssessment, type TextLang } from '../../explain/render.ts';
import type { HukouAssessment } from '../../hukou/index.ts';
import type { AppEnv } from './env.ts';
import { renderHukou } from './hukou-render.ts';
import { ProblemError } from './problem.ts';
import { fieldIssues } from './validation.ts';

export type { TextLang };

export const langQuery = z.object({
  lang: z
    .enum(['zh', 'en', 'all'])
    .optional()
    .describe('language of the texts in the answer; default: by Accept-Language (zh when absent); `all`: zh and en side by side'),
});

/**
 * `?lang=` when given, else the request's language (Accept-Language). A single language also becomes the
 * language of problems; `all` leaves those to Accept-Language.
 */
export function textLang(c: Context<AppEnv>): TextLang {
  const query = c.req.query('lang');
  if (query === undefined) return c.get('lang');
  const parsed = langQuery.safeParse({ lang: query });
  if (!parsed.success) throw new ProblemError('validation', { issues: fieldIssues(parsed.error, { lang: query }) });
  const lang: TextLang = parsed.data.lang ?? c.get('lang');
  if (lang !== 'all') c.set('lang', lang);
  return lang;
}

/** Text (and DocumentRef, which is a Text with an id) with one language or both. */
export type Localised<T> = T extends Text
  ? Omit<T, 'zh' | 'en'> & Partial<Text>
  : T extends readonly (infer U)[]
    ? Localised<U>[]
    : T extends object
      ? { [K in keyof T]: Localised<T[K]> }
      : T;

/**
 * The assessment with every text in `lang` (or both with `all`), a message's key and parameters beside its text:
 * the one render step every door shares (src/explain/render.ts). test/server/assess.test.ts checks that no text
 * keeps both languages when one is asked for.
 */
export function localiseAssessment(a: Assessment, lang: TextLang): RenderedAssessment {
  return renderAssessment(a, lang);
}

/**
 * A stored assessment as the API shows it: stored results hold messages (since issue 15) or, before that, Texts;
 * both are rendered on read in zh and en (Texts pass through unchanged), so an old result shows what it showed.
 * The 居转户 answer beside it is stored as messages too and rendered the same way; null (stored before it was) stays null.
 */
export function renderStored<T extends { result: Assessment; hukou?: HukouAssessment | null }>(
  stored: T,
): Omit<T, 'result' | 'hukou'> & { result: RenderedAssessment; hukou: ReturnType<typeof renderHukou> | null } {
  return {
    ...stored,
    result: renderAssessment(stored.result, 'all'),
    hukou: stored.hukou ? renderHukou(stored.hukou, 'all') : null,
  };
}

/** Whether two results say the same, whichever form each was stored in (messages or Texts). */
export function sameResult(a: Assessment, b: Assessment): boolean {
  return isDeepStrictEqual(
    JSON.parse(JSON.stringify(renderAssessment(a, 'all', false))),
    JSON.parse(JSON.stringify(renderAssessment(b, 'all', false))),
  );
}

/** Content-Language of an answer in `lang`. */
export function contentLanguage(lang: TextLang): string {
  return lang === 'all' ? 'zh, en' : lang;
}
