import { z } from 'zod';
import { NOT_ENGLISH } from './english.ts';

/** Schemas of the files under policy/catalogs/: validated when loaded, so a typo in the data fails loudly. */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const confidence = z.enum(['high', 'medium', 'low']);
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const names = z.array(z.string().min(1));
/** An English name: plain ASCII punctuation, no Chinese (that is beside it in `name`). */
const english = z
  .string()
  .min(1)
  .refine((s) => !NOT_ENGLISH.test(s), { message: 'an English name must hold no Chinese and no full-width punctuation' });

export const catalogIds = ['skillOccupations', 'qualifications', 'shortageMajors'] as const;
export type CatalogId = (typeof catalogIds)[number];

/** What every catalogue entry carries: names people search by, where it comes from, and when it is in force. */
const entryBase = z.object({
  id: z.string().regex(/^[a-z]+-\d+$/),
  /** The exact official name, as printed in the source. */
  name: z.string().min(1),
  /** Our English translation of `name`, for English output and English search; required for every entry. */
  nameEn: english,
  /** Other official names of the same entry (e.g. a trade listed under its full and its short name). */
  altNames: names.default([]),
  /** What people type: abbreviations, common names. Not official. */
  aliases: names.default([]),
  /** Source keys: `seed`, or RULES.md §10 keys. */
  source: z.array(z.string().min(1)).min(1),
  from: date,
  to: date.optional(),
  confidence,
  /** Readings (RULES.md) the entry itself depends on, e.g. R14 for the seed's garbled rows. */
  readings: z.array(z.string()).default([]),
  note: z.string().optional(),
});

export const skillOccupation = entryBase.extend({ number: z.number().int().positive() });

export const qualification = entryBase
  .extend({
    number: z.number().int().positive(),
    /** Mid-level title(s) the holder can be appointed to (the source's appointable titles); empty when it does not say. */
    titles: names,
    /** The same titles in English, in the same order. */
    titlesEn: z.array(english),
    /** No title stated: a human must check which title it can be appointed to (R14). */
    needsHumanCheck: z.boolean().default(false),
    /** Registration-type: counts only while registered (R15). */
    registration: z.boolean(),
    /** How the qualification is awarded: a national unified examination counts wherever it was sat (R4). */
    obtainedBy: z.enum(['nationalExam', 'unknown']),
  })
  .refine((q) => q.titles.length > 0 || q.needsHumanCheck, { message: 'an entry without a title must need a human check' })
  .refine((q) => q.titlesEn.length === q.titles.length, { message: 'titlesEn must give each title in English', path: ['titlesEn'] });

export const shortageMajor = entryBase.extend({
  /** The major's code: it must match exactly, as must the name. */
  code: z.string().regex(/^\d{6,8}$/),
  category: z.string().min(1).nullable(),
});

const catalogMeta = z.object({
  id: z.enum(catalogIds),
  name: text,
  otherNames: names.default([]),
  version: z.object({
    label: text,
    /** First date the entries are taken to be in force. */
    from: date,
    /** Publication date of the list, null when unknown. */
    publishedOn: date.nullable(),
    /** The latest dated change known (e.g. an entry added), null when none. */
    lastKnownChange: date.nullable(),
    source: z.array(z.string()).min(1),
    /** False when entries are known to be missing: absence from the file is then not proof of absence from the catalogue. */
    complete: z.boolean(),
    knownCount: z.number().int().positive(),
    expectedCount: z.number().int().positive().optional(),
    confidence,
    note: z.string().optional(),
  }),
  matchRule: text.optional(),
});

function catalogFile<T extends z.ZodType>(entry: T) {
  return z
    .object({ $comment: z.string().optional(), catalog: catalogMeta, entries: z.array(entry).min(1) })
    .refine((f) => f.entries.length === f.catalog.version.knownCount, { message: 'entries must number version.knownCount' });
}

export const skillOccupationsFile = catalogFile(skillOccupation);
export const qualificationsFile = catalogFile(qualification);
export const shortageMajorsFile = catalogFile(shortageMajor);

export type SkillOccupation = z.output<typeof skillOccupation>;
export type Qualification = z.output<typeof qualification>;
export type ShortageMajor = z.output<typeof shortageMajor>;
export type CatalogEntry = SkillOccupation | Qualification | ShortageMajor;
export type CatalogMeta = z.output<typeof catalogMeta>;
