import { type Msg, msg } from '../../core/message.ts';
import { lookup } from '../../messages/catalogue.ts';

/**
 * Values a person types in a cell, in Chinese or English, mapped to the applicant model's values. The words are
 * the catalogue's (`batch:words.<enum>.<value>`, alternatives separated by `|`): a cell accepts both languages'
 * words; the template offers the first Chinese word of each value.
 */
interface Enum<T> {
  table: Readonly<Record<string, T>>;
  choices: readonly string[];
  expected: Msg;
}

function wordsOf(lang: 'zh' | 'en', name: string, value: string): string[] {
  return (lookup(lang, `batch:words.${name}.${value}`) ?? '').split('|').filter(Boolean);
}

/** English words are matched lower-cased (`bachelorNoDegree` → `bachelornodegree`), as the cell is tried both ways. */
function enumOf<T>(name: string, values: readonly (readonly [string, T])[]): Enum<T> {
  const table: Record<string, T> = {};
  for (const [value, to] of values) for (const w of wordsOf('zh', name, value)) table[w] = to;
  for (const [value, to] of values) for (const w of wordsOf('en', name, value)) table[w.toLowerCase()] = to;
  return { table, choices: values.map(([value]) => wordsOf('zh', name, value)[0] as string), expected: msg(`batch:expected.${name}`) };
}

const same = <T extends string>(values: readonly T[]): (readonly [string, T])[] => values.map((v) => [v, v] as const);

export type EducationValue = 'associate' | 'bachelorNoDegree' | 'bachelor' | 'master' | 'doctor';
export const EDUCATION = enumOf<EducationValue>('education', same(['associate', 'bachelorNoDegree', 'bachelor', 'master', 'doctor']));

export type CertKind = 'skill' | 'title' | 'qualification';
/** The template lists skill, title, qualification in that order. */
export const CERT_KIND = enumOf<CertKind>('certKind', same(['skill', 'title', 'qualification']));

export const SKILL_LEVEL = enumOf<number>(
  'skillLevel',
  [5, 4, 3, 2, 1].map((n) => [String(n), n] as const),
);

export type TitleLevel = 'junior' | 'mid' | 'senior';
export const TITLE_LEVEL = enumOf<TitleLevel>('titleLevel', same(['junior', 'mid', 'senior']));

export type ObtainedBy = 'exam' | 'evaluation' | 'assessment';
export const OBTAINED_BY = enumOf<ObtainedBy>('obtainedBy', same(['exam', 'evaluation', 'assessment']));

export type AwardLevel = 'municipalSpecial' | 'municipalComprehensive' | 'provincialOrAbove';
export const AWARD = enumOf<AwardLevel>('award', same(['municipalSpecial', 'municipalComprehensive', 'provincialOrAbove']));

export const YES_NO_CHOICES = enumOf('yesNo', same(['yes', 'no'])).choices;
