import type { Certificate } from '../applicant/applicant.ts';
import type { Condition } from '../core/condition.ts';
import { failed, met } from '../core/condition.ts';
import { joined } from '../core/join.ts';
import { type Msg, msg } from '../core/message.ts';
import { sharedCache } from '../core/shared-cache.ts';
import type { Text } from '../core/text.ts';
import { type CatalogEntry, catalogs, type EntryOf, findExact, getEntry, inForce } from './data.ts';
import { titlesText } from './describe.ts';
import { englishName } from './english.ts';
import type { Qualification } from './file-schema.ts';
import { search } from './search.ts';

/**
 * Whether a certificate is on its catalogue on the assessment date. Matching is exact — by catalogue id, or by
 * name, alternative name or alias — never fuzzy: a fuzzy neighbour only becomes a "did you mean" in the fix.
 */

type Bound = 'skillOccupations' | 'qualifications';

export function lookup<K extends Bound>(catalog: K, cert: Certificate): EntryOf[K] | undefined {
  if (cert.catalogId !== undefined) {
    const byId = getEntry(cert.catalogId);
    if (byId?.catalog === catalog) return byId.entry as EntryOf[K];
  }
  return findExact(catalog, cert.name);
}

function didYouMean(catalog: Bound, name: string): CatalogEntry[] {
  return search(name, { catalogs: [catalog], limit: 3 }).hits.map((h) => h.entry);
}

/** An entry's name inside a sentence: the official one in Chinese, "Welder (焊工)" in English. */
const nameOf = (entry: CatalogEntry): Text => ({ zh: entry.name, en: englishName(entry) });

function notOnCatalogue(catalog: Bound, cert: Certificate, whatCounts: Msg): Condition {
  const catalogue = catalogs[catalog].meta.name;
  const names = joined(didYouMean(catalog, cert.name).map(nameOf), 'catalog:join.orQuoted');
  const hint = names ? msg('catalog:match.didYouMean', { names, whatCounts }) : whatCounts;
  return failed('catalogue', msg('catalog:match.notOn', { name: cert.name, catalogue }), hint);
}

function notYetOnCatalogue(catalog: Bound, entry: CatalogEntry, date: string): Condition {
  const catalogue = catalogs[catalog].meta.name;
  const from = entry.from;
  return failed(
    'catalogue',
    msg('catalog:match.notYet', { name: nameOf(entry), catalogue, from, date }),
    msg('catalog:match.notYetFix', { from }),
  );
}

/** An entry's "on the catalogue" condition says the same every time: made once per entry, shared and frozen. */
const onCatalogueConditions = sharedCache<Condition>();

function onCatalogue(catalog: Bound, entry: CatalogEntry & { number: number }, titles?: Qualification): Condition {
  return onCatalogueConditions(entry, undefined, () => {
    const on = { name: nameOf(entry), catalogue: catalogs[catalog].meta.name, number: entry.number };
    if (!titles) return met('catalogue', msg('catalog:match.on', on));
    const key = titles.titles.length === 0 ? 'catalog:match.onNoTitles' : 'catalog:match.onTitles';
    return met('catalogue', msg(key, { ...on, titles: titlesText(titles) }));
  });
}

/** Skill certificates: on the occupation catalogue for every level (R3 default), or for levels 3..1 only (R3 alternative). */
export function skillCatalogue(
  cert: Certificate,
  date: string,
  r3: string,
): { entry: EntryOf['skillOccupations'] | undefined; condition: Condition } {
  const entry = lookup('skillOccupations', cert);
  const bound = r3 !== 'catalogueLevels3to1' || cert.skillLevel === undefined || cert.skillLevel <= 3;
  if (!bound) {
    return { entry, condition: met('catalogue', msg('catalog:match.r3Alternative')) };
  }
  if (!entry) {
    return { entry, condition: notOnCatalogue('skillOccupations', cert, msg('catalog:match.skillCounts')) };
  }
  if (!inForce(entry, date)) return { entry, condition: notYetOnCatalogue('skillOccupations', entry, date) };
  return { entry, condition: onCatalogue('skillOccupations', entry) };
}

/** Qualifications count as mid-level only when on the qualification catalogue; its entry names the title. */
export function qualificationCatalogue(cert: Certificate, date: string): { entry: Qualification | undefined; condition: Condition } {
  const entry = lookup('qualifications', cert);
  if (!entry) {
    return { entry, condition: notOnCatalogue('qualifications', cert, msg('catalog:match.qualificationCounts')) };
  }
  if (!inForce(entry, date)) return { entry, condition: notYetOnCatalogue('qualifications', entry, date) };
  return { entry, condition: onCatalogue('qualifications', entry, entry) };
}
