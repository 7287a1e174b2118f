import { type Msg, msg, type Said } from '../core/message.ts';
import type { Text } from '../core/text.ts';
import type { sourceKinds } from './file-schema.ts';
import { sources } from './index.ts';

export type SourceKind = (typeof sourceKinds)[number];

/** Kinds in the order users see them: the rule's own text first, other people's calculators last. */
export const SOURCE_KINDS: Record<SourceKind, { rank: number; label: Msg }> = {
  officialText: { rank: 0, label: msg('policy:sourceKind.officialText') },
  govNotice: { rank: 1, label: msg('policy:sourceKind.govNotice') },
  press: { rank: 2, label: msg('policy:sourceKind.press') },
  agency: { rank: 3, label: msg('policy:sourceKind.agency') },
  peerCalculator: { rank: 4, label: msg('policy:sourceKind.peerCalculator') },
};

/** A source as users see it: its kind, a readable title and its link (the official one when known). Never the note. */
export interface SourceView {
  key: string;
  kind: SourceKind;
  kindLabel: Said;
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
