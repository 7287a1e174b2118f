import { isMsg, type Said } from '../../core/message.ts';
import type { TextLang } from '../../explain/render.ts';
import type { HukouAssessment } from '../../hukou/index.ts';
import { text } from '../../messages/catalogue.ts';

/** Every message of the answer in `lang` (or both): the doors render, the engine only builds messages. */
export function renderHukou(a: HukouAssessment, lang: TextLang) {
  const t = (s: Said) => {
    const both = isMsg(s) ? text(s) : s;
    return lang === 'all' ? both : { [lang]: both[lang] };
  };
  const condition = ({ fix, ...c }: HukouAssessment['routes'][number]['conditions'][number]) =>
    fix ? { ...c, text: t(c.text), fix: t(fix) } : { ...c, text: t(c.text) };
  return {
    ...a,
    routes: a.routes.map((r) => ({
      ...r,
      name: t(r.name),
      conditions: r.conditions.map(condition),
      documents: r.documents.map(t),
      warnings: r.warnings.map(t),
      article: t(r.article),
    })),
    overall: { ...a.overall, summary: t(a.overall.summary) },
    points: { ...a.points, text: t(a.points.text) },
    plan: a.plan.map(t),
    warnings: a.warnings.map(t),
    sources: a.sources.map((x) => ({ ...x, title: t(x.title) })),
  };
}
