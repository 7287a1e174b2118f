/** Catalogues as data, search over them, and certificate eligibility. */
export {
  type Catalog,
  type CatalogEntry,
  type CatalogId,
  type CatalogMeta,
  catalogs,
  entries,
  entryRef,
  findExact,
  getEntry,
  inForce,
  namesOf,
} from './data.ts';
export { conditionsOf, type EntryPoints, pointsOf } from './describe.ts';
export { certificateVerdict } from './eligibility.ts';
export { englishName, englishTitles } from './english.ts';
export { normalizeName } from './normalize.ts';
export type { NotOnCatalogue } from './not-found.ts';
export type { Qualification, ShortageMajor, SkillOccupation } from './schema.ts';
export { catalogIds } from './schema.ts';
export { type MatchKind, matchRanks, notOnCatalogue, type SearchHit, type SearchOptions, type SearchResult, search } from './search.ts';
export type * from './types.ts';
