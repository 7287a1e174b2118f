import type { z } from 'zod';
import aggregationJson from '../../policy/aggregation.json' with { type: 'json' };
import eligibilityJson from '../../policy/eligibility.json' with { type: 'json' };
import ageJson from '../../policy/indicators/age.json' with { type: 'json' };
import awardJson from '../../policy/indicators/award.json' with { type: 'json' };
import deductionsJson from '../../policy/indicators/deductions.json' with { type: 'json' };
import educationJson from '../../policy/indicators/education.json' with { type: 'json' };
import freshGraduateJson from '../../policy/indicators/fresh-graduate.json' with { type: 'json' };
import intermediaryJson from '../../policy/indicators/intermediary-talent.json' with { type: 'json' };
import investmentJson from '../../policy/indicators/investment.json' with { type: 'json' };
import publicServiceJson from '../../policy/indicators/public-service.json' with { type: 'json' };
import remoteAreaJson from '../../policy/indicators/remote-area.json' with { type: 'json' };
import shortageMajorJson from '../../policy/indicators/shortage-major.json' with { type: 'json' };
import siBaseJson from '../../policy/indicators/si-base.json' with { type: 'json' };
import siYearsJson from '../../policy/indicators/si-years.json' with { type: 'json' };
import spouseJson from '../../policy/indicators/spouse.json' with { type: 'json' };
import startupJson from '../../policy/indicators/startup-talent.json' with { type: 'json' };
import titleSkillJson from '../../policy/indicators/title-skill.json' with { type: 'json' };
import vetoesJson from '../../policy/indicators/vetoes.json' with { type: 'json' };
import readingsJson from '../../policy/readings.json' with { type: 'json' };
import wagesJson from '../../policy/reference-wage.json' with { type: 'json' };
import sourcesJson from '../../policy/sources.json' with { type: 'json' };
import versionsJson from '../../policy/versions.json' with { type: 'json' };
import {
  type documentSchema,
  indicatorFile,
  type ParamId,
  type ParamValue,
  readingsFile,
  sourcesFile,
  valueSchemas,
  versionsFile,
  wagesFile,
} from './file-schema.ts';

const RAW: Record<ParamId, unknown> = {
  age: ageJson,
  education: educationJson,
  titleSkill: titleSkillJson,
  siYears: siYearsJson,
  startupTalent: startupJson,
  intermediaryTalent: intermediaryJson,
  shortageMajor: shortageMajorJson,
  investment: investmentJson,
  siBase: siBaseJson,
  publicService: publicServiceJson,
  remoteArea: remoteAreaJson,
  freshGraduate: freshGraduateJson,
  award: awardJson,
  spouse: spouseJson,
  deductions: deductionsJson,
  vetoes: vetoesJson,
  aggregation: aggregationJson,
  eligibility: eligibilityJson,
};

type Text = { zh: string; en: string };
export type PolicyDocument = z.output<typeof documentSchema>;

/** One dated value of a parameter, with its legal source and confidence. */
export interface DatedParam<K extends ParamId> {
  from: string;
  to?: string | undefined;
  value: ParamValue<K>;
  article: Text;
  source: string[];
  confidence: 'high' | 'medium' | 'low';
  readings?: string[] | undefined;
  note?: string | undefined;
}

interface FileOf<K extends ParamId> {
  id: string;
  group?: string | undefined;
  label?: Text | undefined;
  values: DatedParam<K>[];
  labels?: Record<string, Text> | undefined;
  documents: PolicyDocument[];
}

function load<K extends ParamId>(id: K): FileOf<K> {
  const result = indicatorFile(valueSchemas[id]).safeParse(RAW[id]);
  if (!result.success) throw new Error(`policy file for "${id}" is invalid: ${result.error.message}`);
  checkDates(id, result.data.values);
  const file = result.data as unknown as FileOf<K>;
  // Every dated value with the same keys in the same order, absent ones undefined: the engine reads each value's
  // source, article and confidence in one place, and V8 reads objects of one shape much faster than of many.
  const values = file.values.map(
    (v): DatedParam<K> => ({
      from: v.from,
      to: v.to,
      value: v.value,
      article: v.article,
      source: v.source,
      confidence: v.confidence,
      readings: v.readings,
      note: v.note,
    }),
  );
  return { ...file, values };
}

/** Dated values of one parameter must not overlap: exactly one value is in force on any date. */
function checkDates(id: string, values: { from: string; to?: string | undefined }[]): void {
  const sorted = [...values].sort((a, b) => (a.from < b.from ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    if (!prev?.to || prev.to >= (sorted[i]?.from ?? ''))
      throw new Error(`policy "${id}": dated values overlap or leave the earlier one open`);
  }
}

export const files = Object.fromEntries(Object.keys(RAW).map((id) => [id, load(id as ParamId)])) as { [K in ParamId]: FileOf<K> };

export const versions = versionsFile.parse(versionsJson).versions;
export const readings = readingsFile.parse(readingsJson).readings;
export const wages = wagesFile.parse(wagesJson);
export const sources = sourcesFile.parse(sourcesJson).sources;

/** The value of a parameter in force on `date`, or undefined when the rule did not exist then. */
export function param<K extends ParamId>(id: K, date: string): DatedParam<K> | undefined {
  for (const v of files[id].values as DatedParam<K>[]) {
    if (v.from <= date && (v.to === undefined || date <= v.to)) return v;
  }
  return undefined;
}

/** Documents of a parameter file that apply on `date`. */
export function documents(id: ParamId, date: string): PolicyDocument[] {
  return files[id].documents.filter((d) => (!d.from || d.from <= date) && (!d.to || date <= d.to));
}

export type { ParamId, ParamValue };
