/** Catalogues as data, search over them and what each entry is worth; the rules that use them live in the engine. */

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
export { englishName } from './english.ts';
export type { Qualification, ShortageMajor, SkillOccupation } from './file-schema.ts';
export { catalogIds } from './file-schema.ts';
export { normalizeName } from './normalize.ts';
export type { NotOnCatalogue } from './not-found.ts';
export { type MatchKind, matchRanks, notOnCatalogue, type SearchHit, type SearchOptions, type SearchResult, search } from './search.ts';
export type * from './types.ts';
