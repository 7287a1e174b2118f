import type { z } from 'zod';
import qualificationsJson from '../../policy/catalogs/qualifications.json' with { type: 'json' };
import shortageMajorsJson from '../../policy/catalogs/shortage-majors.json' with { type: 'json' };
import skillOccupationsJson from '../../policy/catalogs/skill-occupations.json' with { type: 'json' };
import {
  type CatalogEntry,
  type CatalogId,
  type CatalogMeta,
  catalogIds,
  type Qualification,
  qualificationsFile,
  type ShortageMajor,
  type SkillOccupation,
  shortageMajorsFile,
  skillOccupationsFile,
} from './file-schema.ts';
import { normalizeName } from './normalize.ts';
import type { CatalogEntryRef } from './types.ts';

/** The catalogues under policy/catalogs/, validated at load: static imports keep the library pure and bundleable. */

export interface EntryOf {
  skillOccupations: SkillOccupation;
  qualifications: Qualification;
  shortageMajors: ShortageMajor;
}

export interface Catalog<K extends CatalogId> {
  meta: CatalogMeta;
  entries: readonly EntryOf[K][];
}

function load<T extends z.ZodType<{ catalog: CatalogMeta; entries: unknown[] }>>(id: CatalogId, schema: T, raw: unknown): z.output<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`catalogue "${id}" is invalid: ${result.error.message}`);
  if (result.data.catalog.id !== id) throw new Error(`catalogue file for "${id}" declares id "${result.data.catalog.id}"`);
  return result.data;
}

const skill = load('skillOccupations', skillOccupationsFile, skillOccupationsJson);
const qual = load('qualifications', qualificationsFile, qualificationsJson);
const majors = load('shortageMajors', shortageMajorsFile, shortageMajorsJson);

export const catalogs: { [K in CatalogId]: Catalog<K> } = {
  skillOccupations: { meta: skill.catalog, entries: skill.entries },
  qualifications: { meta: qual.catalog, entries: qual.entries },
  shortageMajors: { meta: majors.catalog, entries: majors.entries },
};

/** Official names and alternative names of an entry (what "exact name" means). */
export function namesOf(entry: CatalogEntry): string[] {
  return [entry.name, ...entry.altNames];
}

const byId = new Map<string, { catalog: CatalogId; entry: CatalogEntry }>();
/** normalised name / alt name / alias → entry, per catalogue: the exact lookup a certificate is matched by. */
const byKey = new Map<CatalogId, Map<string, CatalogEntry>>();

function checkNumbers(id: CatalogId, entries: readonly CatalogEntry[]): void {
  entries.forEach((e, i) => {
    if ('number' in e && e.number !== i + 1) throw new Error(`catalogue "${id}": entry ${e.id} should be number ${i + 1}`);
  });
}

// A key pointing at two entries would make alias lookup ambiguous: refuse it at load, across all catalogues.
const keyOwner = new Map<string, string>();
for (const id of catalogIds) {
  const keys = new Map<string, CatalogEntry>();
  checkNumbers(id, catalogs[id].entries);
  for (const entry of catalogs[id].entries) {
    if (byId.has(entry.id)) throw new Error(`catalogue id "${entry.id}" is used twice`);
    byId.set(entry.id, { catalog: id, entry });
    for (const key of [...namesOf(entry), ...entry.aliases].map(normalizeName)) {
      const owner = keyOwner.get(key);
      if (owner !== undefined && owner !== entry.id)
        throw new Error(`catalogue name or alias "${key}" belongs to both ${owner} and ${entry.id}`);
      keyOwner.set(key, entry.id);
      keys.set(key, entry);
    }
  }
  byKey.set(id, keys);
}

export function entries<K extends CatalogId>(id: K): readonly EntryOf[K][] {
  return catalogs[id].entries;
}

export function getEntry(entryId: string): { catalog: CatalogId; entry: CatalogEntry } | undefined {
  return byId.get(entryId);
}

/** The entry whose name, alternative name or alias equals `name` (after normalising brackets, width and case). Never fuzzy. */
export function findExact<K extends CatalogId>(id: K, name: string): EntryOf[K] | undefined {
  return byKey.get(id)?.get(normalized(name)) as EntryOf[K] | undefined;
}

// Certificate names repeat across a batch; NFKC normalisation is the costly part of an exact lookup.
const normalizedNames = new Map<string, string>();

function normalized(name: string): string {
  let key = normalizedNames.get(name);
  if (key === undefined) {
    key = normalizeName(name);
    if (normalizedNames.size >= 10_000) normalizedNames.clear();
    normalizedNames.set(name, key);
  }
  return key;
}

/** Whether an entry is on its catalogue on `date` (e.g. 疫苗制品工 only from 2022-06-01). */
export function inForce(entry: CatalogEntry, date: string): boolean {
  return entry.from <= date && (entry.to === undefined || date <= entry.to);
}

export function entryRef(catalog: CatalogId, entry: CatalogEntry): CatalogEntryRef {
  return { catalog, id: entry.id, name: entry.name, nameEn: entry.nameEn };
}

export type { CatalogEntry, CatalogId, CatalogMeta, Qualification, ShortageMajor, SkillOccupation };
