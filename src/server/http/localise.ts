import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Assessment, Condition, DocumentRef, ItemResult, Text } from '../../engine/types.ts';
import type { AppEnv } from './env.ts';
import type { Lang } from './lang.ts';
import { ProblemError } from './problem.ts';
import { fieldIssues } from './validation.ts';

/** The texts an answer carries: one language, or both. */
export type TextLang = Lang | 'all';

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
 * The assessment with every text in `lang` only: an answer in one language is a third smaller, and the
 * serialisation of its texts is most of what an assessment request costs. Built field by field (a generic walk
 * costs several times more); test/server/assess.test.ts checks that no text keeps both languages.
 */
export function localiseAssessment(a: Assessment, lang: TextLang): Localised<Assessment> {
  if (lang === 'all') return a;
  const t: (x: Text) => Partial<Text> = lang === 'zh' ? (x) => ({ zh: x.zh }) : (x) => ({ en: x.en });
  const doc: (d: DocumentRef) => Localised<DocumentRef> = lang === 'zh' ? (d) => ({ id: d.id, zh: d.zh }) : (d) => ({ id: d.id, en: d.en });
  const condition = (c: Condition) => (c.fix ? { ...c, text: t(c.text), fix: t(c.fix) } : { ...c, text: t(c.text) });
  const item = (i: ItemResult) => ({
    ...i,
    label: t(i.label),
    explanation: t(i.explanation),
    conditions: i.conditions.map(condition),
    article: t(i.article),
    documents: i.documents.map(doc),
    checks: i.checks.map(t),
    alternatives: i.alternatives.map((x) => ({ ...x, text: t(x.text) })),
  });
  return {
    ...a,
    version: { ...a.version, name: t(a.version.name) },
    eligibility: a.eligibility.map(condition),
    vetoes: a.vetoes.map((v) => ({ ...v, label: t(v.label), article: t(v.article) })),
    items: a.items.map(item),
    documents: a.documents.map(doc),
    warnings: a.warnings.map(t),
    sources: a.sources.map((x) => ({ ...x, kindLabel: t(x.kindLabel), title: t(x.title) })),
  };
}

/** Content-Language of an answer in `lang`. */
export function contentLanguage(lang: TextLang): string {
  return lang === 'all' ? 'zh, en' : lang;
}
