import type { Condition } from '../core/condition.ts';
import type { Lang } from '../core/lang.ts';
import { isMsg, type MsgParam, type MsgParams, msg, type Said } from '../core/message.ts';
import { deepFreeze } from '../core/shared-cache.ts';
import type { Text } from '../core/text.ts';
import type { Alternative, Assessment, DocumentRef, ItemResult, VetoResult } from '../engine/types.ts';
import { say, text } from '../messages/catalogue.ts';

/** The languages an answer carries: one, or both side by side. */
export type TextLang = Lang | 'all';

/**
 * A text as a door shows it: in the language asked for (or both), with the message's key and parameters beside it
 * when it is a message, so that a client may render it itself. A Text from data (an article, a document's name, a
 * stored assessment from before messages) carries its languages only.
 */
export type Rendered = Partial<Text> & { key?: string; params?: Record<string, string | number | Rendered> };

type RenderedCondition = Omit<Condition, 'text' | 'fix'> & { text: Rendered; fix?: Rendered };
type RenderedDocument = { id: string } & Partial<Text>;

export interface RenderedItem
  extends Omit<ItemResult, 'label' | 'explanation' | 'conditions' | 'article' | 'documents' | 'checks' | 'alternatives'> {
  label: Rendered;
  explanation: Rendered;
  conditions: RenderedCondition[];
  article: Rendered;
  documents: RenderedDocument[];
  checks: Rendered[];
  alternatives: (Omit<Alternative, 'text'> & { text: Rendered })[];
}

export interface RenderedAssessment
  extends Omit<Assessment, 'version' | 'eligibility' | 'vetoes' | 'items' | 'documents' | 'warnings' | 'sources'> {
  version: Omit<Assessment['version'], 'name'> & { name: Rendered };
  eligibility: RenderedCondition[];
  vetoes: (Omit<VetoResult, 'label' | 'article'> & { label: Rendered; article: Rendered })[];
  items: RenderedItem[];
  documents: RenderedDocument[];
  warnings: Rendered[];
  sources: (Omit<Assessment['sources'][number], 'kindLabel' | 'title'> & { kindLabel: Rendered; title: Rendered })[];
}

/** One text in `lang`: rendered through the catalogue when a message, picked when a Text. */
export function renderText(s: Said, lang: TextLang, keys = true): Rendered {
  if (!isMsg(s)) return lang === 'all' ? { zh: s.zh, en: s.en } : lang === 'zh' ? { zh: s.zh } : { en: s.en };
  const out: Rendered = lang === 'all' ? text(s) : lang === 'zh' ? { zh: say('zh', s) } : { en: say('en', s) };
  if (!keys) return out;
  out.key = s.key;
  if (s.params !== undefined) out.params = paramsIn(s.params, lang);
  return out;
}

/** A message's parameters as an answer in `lang` carries them: a nested message or Text in that language too. */
function paramsIn(params: MsgParams, lang: TextLang): Record<string, string | number | Rendered> {
  const out: Record<string, string | number | Rendered> = {};
  for (const k in params) {
    const p = params[k] as MsgParam;
    out[k] = typeof p === 'object' ? renderText(p, lang) : p;
  }
  return out;
}

/**
 * The one render step of every door (API, CLI, batch, web report): the assessment with each message turned into
 * its text in `lang` (or both), key and parameters beside it. Texts pass through, so an assessment stored before
 * messages (Texts only) renders exactly as it did. `keys: false` leaves keys and parameters out: the words alone,
 * to compare a result stored as Texts with one made of messages.
 */
export function renderAssessment(a: Assessment, lang: TextLang, keys = true): RenderedAssessment {
  const t = (s: Said) => renderText(s, lang, keys);
  const doc = (d: DocumentRef): RenderedDocument => (lang === 'all' ? d : lang === 'zh' ? { id: d.id, zh: d.zh } : { id: d.id, en: d.en });
  const condition = (c: Condition): RenderedCondition => (c.fix ? { ...c, text: t(c.text), fix: t(c.fix) } : { ...c, text: t(c.text) });
  const item = (i: ItemResult): RenderedItem => (Object.isFrozen(i) ? once(i, lang, keys, renderItem) : renderItem(i));
  const renderItem = (i: ItemResult): RenderedItem => ({
    ...i,
    label: t(i.label),
    explanation: t(i.explanation),
    conditions: i.conditions.map(condition),
    article: t(i.article),
    documents: i.documents.map(doc),
    checks: i.checks.map(t),
    alternatives: i.alternatives.map((x) => ({ ...x, text: t(x.text) })),
  });
  const renderSources = (sources: Assessment['sources']) => sources.map((x) => ({ ...x, kindLabel: t(x.kindLabel), title: t(x.title) }));
  return {
    ...a,
    version: { ...a.version, name: t(a.version.name) },
    eligibility: a.eligibility.map(condition),
    vetoes: a.vetoes.map((v) => ({ ...v, label: t(v.label), article: t(v.article) })),
    items: a.items.map(item),
    documents: a.documents.map(doc),
    warnings: a.warnings.map(t),
    sources: Object.isFrozen(a.sources) ? once(a.sources, lang, keys, renderSources) : renderSources(a.sources),
  };
}

/**
 * Renderings of the engine's shared values, by language, keys and value: a line without facts (shared by every
 * assessment of its date and readings) and a result's sources (shared by every result citing the same lines). The
 * same frozen value always renders the same, and these are about half of an answer (9 of the bench applicant's 17
 * lines and its sources). Frozen like every shared value: never mutate a rendered assessment.
 */
const renderedOnce: Record<TextLang, [withoutKeys: WeakMap<object, unknown>, withKeys: WeakMap<object, unknown>]> = {
  zh: [new WeakMap(), new WeakMap()],
  en: [new WeakMap(), new WeakMap()],
  all: [new WeakMap(), new WeakMap()],
};

function once<T extends object, R>(value: T, lang: TextLang, keys: boolean, render: (v: T) => R): R {
  const byValue = renderedOnce[lang][keys ? 1 : 0];
  let out = byValue.get(value) as R | undefined;
  if (out === undefined) {
    out = deepFreeze(render(value));
    byValue.set(value, out);
  }
  return out;
}

/** A condition with what would change it, in both languages: "text (fix)". */
export function withFix(c: Condition): Text {
  return text(c.fix ? msg('engine:condition.withFix', { text: c.text, fix: c.fix }) : c.text);
}
