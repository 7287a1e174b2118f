import { msg, type Said } from './message.ts';

/**
 * Phrases as one, joined the way each language joins them: `key` is a message of two arguments, `{first}` and
 * `{rest}` (e.g. zh "{first}；{rest}", en "{first}; {rest}"), nested from the right. Null when there is nothing.
 */
export function joined(parts: readonly Said[], key: string): Said | null {
  return parts.reduceRight<Said | null>((rest, first) => (rest ? msg(key, { first, rest }) : first), null);
}

/** Values that read the same in every language (ids, names as given, numbers) listed as each language lists them. */
export function valueList(items: readonly unknown[]): Said {
  const each = items.map((x) => ({ zh: String(x), en: String(x) }));
  return joined(each, 'common:join.comma') ?? { zh: '', en: '' };
}
