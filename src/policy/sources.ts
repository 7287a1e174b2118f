import type { Text } from '../core/text.ts';
import type { sourceKinds } from './file-schema.ts';
import { sources } from './index.ts';

export type SourceKind = (typeof sourceKinds)[number];

/** Kinds in the order users see them: the rule's own text first, other people's calculators last. */
export const SOURCE_KINDS: Record<SourceKind, { rank: number; label: Text }> = {
  officialText: { rank: 0, label: { zh: '官方文本', en: 'official text' } },
  govNotice: { rank: 1, label: { zh: '政府通知或问答', en: 'government notice or Q&A' } },
  press: { rank: 2, label: { zh: '新闻报道', en: 'press' } },
  agency: { rank: 3, label: { zh: '咨询机构网页', en: 'consultancy or agency page' } },
  peerCalculator: { rank: 4, label: { zh: '他人计算器或笔记', en: 'peer calculator' } },
};

/** A source as users see it: its kind, a readable title and its link (the official one when known). Never the note. */
export interface SourceView {
  key: string;
  kind: SourceKind;
  kindLabel: Text;
  title: Text;
  url: string | null;
  official: boolean;
}

const views = new Map<string, SourceView[]>();

/** The known sources among `keys`, once each, official texts first (then in the order given). Shared: never mutate. */
export function describeSources(keys: readonly string[]): SourceView[] {
  const cacheKey = keys.join();
  let out = views.get(cacheKey);
  if (!out) {
    const list: SourceView[] = [];
    const urls = new Set<string>();
    for (const key of new Set(keys)) {
      const s = sources[key];
      const url = s ? (s.officialUrl ?? s.urls[0]) : undefined;
      if (!s || (url && urls.has(url))) continue; // one page under two keys (RULES.md "= [S..]") shows once
      if (url) urls.add(url);
      const kind = SOURCE_KINDS[s.kind];
      list.push({
        key,
        kind: s.kind,
        kindLabel: kind.label,
        title: s.title,
        url: s.officialUrl ?? s.urls[0] ?? null,
        official: s.officialUrl !== undefined,
      });
    }
    out = Object.freeze(list.sort((a, b) => SOURCE_KINDS[a.kind].rank - SOURCE_KINDS[b.kind].rank)) as SourceView[];
    // Keys come from the policy data, in the few combinations results cite; bounded all the same.
    if (views.size >= 1000) views.clear();
    views.set(cacheKey, out);
  }
  return out;
}
