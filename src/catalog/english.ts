/**
 * Catalogue names in English sentences. The English names in policy/catalogs/ are our translations for
 * readability; the Chinese name is the official one, so an English sentence shows both: "Welder (焊工)".
 */

/** Chinese characters and full-width punctuation (，。：；（）！？、「」《》【】“” and the ideographic space): never in an English name. */
export const NOT_ENGLISH = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u201c\u201d]/u;

/** "Welder (焊工)": the English name with the official Chinese name a person matches against their certificate. */
export function englishName(entry: { name: string; nameEn: string }): string {
  return `${entry.nameEn} (${entry.name})`;
}
