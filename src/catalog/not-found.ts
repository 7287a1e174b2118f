import { joined } from '../core/join.ts';
import { type Msg, msg } from '../core/message.ts';
import { catalogs } from './data.ts';
import { englishName } from './english.ts';
import type { CatalogId } from './file-schema.ts';
import type { CatalogEntryRef } from './types.ts';

/** The explicit answer for a name that is on no catalogue searched: what it means for the points, as messages. */
export interface NotOnCatalogue {
  query: string;
  /** Short verdict: "not on the catalogue: it scores no points". */
  text: Msg;
  /** Why, and what it means for the title/skill indicator. */
  consequence: Msg;
  /** One-character-typo neighbours, if any ("did you mean …"). */
  suggestions: CatalogEntryRef[];
  didYouMean: Msg | null;
}

export function notOnCatalogueAnswer(query: string, searched: readonly CatalogId[], suggestions: CatalogEntryRef[]): NotOnCatalogue {
  const incomplete = searched.some((c) => !catalogs[c].meta.version.complete);
  const consequence = msg('catalog:notFound.consequence', {
    rules:
      joined(
        searched.map((c) => msg(`catalog:rule.${c}`)),
        'common:join.semicolon',
      ) ?? '',
    incomplete: incomplete ? 'yes' : 'no',
    titles: searched.includes('skillOccupations') ? 'yes' : 'no',
  });
  const names = suggestions.map((s) => ({ zh: s.name, en: englishName(s) }));
  return {
    query,
    text: msg('catalog:notFound.text', { query }),
    consequence,
    suggestions,
    didYouMean: suggestions.length === 0 ? null : msg('catalog:notFound.didYouMean', { names: joined(names, 'common:join.comma') ?? '' }),
  };
}
