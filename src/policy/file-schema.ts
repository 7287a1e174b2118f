import { z } from 'zod';

/** Schemas of the files under policy/: validated when loaded, so a typo in the data fails loudly. */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const confidence = z.enum(['high', 'medium', 'low']);
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const sourceKeys = z.array(z.string()).min(1);

export const documentSchema = z.object({
  id: z.string(),
  zh: z.string(),
  en: z.string(),
  when: z.string().optional(),
  /** The document's name before the applicant's own certificate's name, when it is named by it. */
  named: z.object({ zh: z.string(), en: z.string() }).optional(),
  from: date.optional(),
  to: date.optional(),
});

function datedValue<T extends z.ZodType>(value: T) {
  return z.object({
    from: date,
    to: date.optional(),
    value,
    article: text,
    source: sourceKeys,
    confidence,
    readings: z.array(z.string()).optional(),
    note: z.string().optional(),
  });
}

export function indicatorFile<T extends z.ZodType>(value: T) {
  return z.object({
    id: z.string(),
    group: z.enum(['basic', 'bonus', 'deduction', 'veto']).optional(),
    label: text.optional(),
    values: z.array(datedValue(value)).min(1),
    labels: z.record(z.string(), text).optional(),
    documents: z.array(documentSchema).default([]),
  });
}

const pointsPerYear = z.number().int().positive();
const startAfterYears = z.number().int().nonnegative();

export const valueSchemas = {
  age: z.object({
    minAge: z.number().int(),
    maxAge: z.number().int(),
    cap: z.number().int(),
    oldBandFromAge: z.number().int(),
    oldBandPoints: z.number().int(),
    pointsPerYearYounger: z.number().int(),
  }),
  education: z.object({
    points: z.object({ associate: z.number(), bachelorNoDegree: z.number(), bachelor: z.number(), master: z.number(), doctor: z.number() }),
    cap: z.number(),
  }),
  titleSkill: z.object({
    points: z.object({
      skill5: z.number(),
      skill4: z.number(),
      skill3: z.number(),
      skill2: z.number(),
      skill1: z.number(),
      titleMid: z.number(),
      titleSenior: z.number(),
      qualificationMid: z.number(),
    }),
    cap: z.number(),
    gatedLevels: z.array(z.enum(['skill5', 'skill4', 'skill3', 'skill2', 'skill1', 'titleMid', 'titleSenior', 'qualificationMid'])),
    gate: z.object({ minRatio: z.number(), months: z.number().int(), windowMonths: z.number().int() }),
    outOfTownSkillRule: z.enum(['reevaluatedInShanghai', 'verifiableNationally']),
    /** The lowest level (the highest number: 5 is the lowest) of an out-of-town skill certificate that may count. */
    outOfTownSkillMinLevel: z.number().int().min(1).max(5),
  }),
  siYears: z.object({ pointsPerYear, monthsPerYear: z.number().int(), cap: z.number().nullable() }),
  startupTalent: z.object({ points: z.number(), minShareholdingPercent: z.number(), minIncubationMonths: z.number().int() }),
  intermediaryTalent: z.object({ points: z.number(), minMonths: z.number().int() }),
  shortageMajor: z.object({
    points: z.number(),
    requiredLevel: z.enum(['associate', 'bachelor', 'master', 'doctor']),
    requireFullTime: z.boolean(),
  }),
  investment: z.object({
    pointsPerUnit: z.number(),
    taxUnitYuan: z.number(),
    jobsUnit: z.number(),
    windowYears: z.number().int(),
    cap: z.number(),
  }),
  siBase: z.object({
    tiers: z
      .array(
        z.object({
          id: z.string(),
          minRatio: z.number(),
          maxRatio: z.number().nullable(),
          months: z.number().int(),
          windowMonths: z.number().int(),
          points: z.number(),
        }),
      )
      .min(1),
    cap: z.number(),
  }),
  publicService: z.object({ fields: z.array(z.string()), pointsPerYear, startAfterYears, cap: z.number().nullable() }),
  remoteArea: z.object({
    pointsPerYear,
    cap: z.number(),
    areas: z.partialRecord(
      z.enum(['lingang', 'newTown', 'northSouth', 'otherDesignated']),
      // Lingang also asks for months of continuous SI in the new area (T16): a condition the applicant confirms
      z.object({ startAfterYears, continuousSiMonths: z.number().int().positive().optional() }),
    ),
  }),
  freshGraduate: z.object({ points: z.number() }),
  award: z.object({
    points: z.object({ municipalSpecial: z.number(), municipalComprehensive: z.number(), provincialOrAbove: z.number() }),
    cap: z.number(),
  }),
  spouse: z.object({ pointsPerYear, cap: z.number() }),
  deductions: z.record(
    z.enum(['falseMaterial', 'adminDetention', 'generalCrime']),
    z.object({ points: z.number().int().positive(), lookbackYears: z.number().int().positive() }),
  ),
  vetoes: z.object({ items: z.array(z.enum(['familyPlanning', 'seriousCrime'])) }),
  aggregation: z.object({ standardScore: z.number(), floor: z.number(), chooseOne: z.array(z.array(z.string())) }),
  eligibility: z.object({
    minSiMonths: z.number().int(),
    siWindowMonths: z.number().int(),
    /** Working days to wait after the permit is issued or renewed (its data reaching the points system). */
    permitSyncWorkingDays: z.number().int().min(0).optional(),
  }),
};

export type ParamId = keyof typeof valueSchemas;
export type ParamValue<K extends ParamId> = z.output<(typeof valueSchemas)[K]>;

export const versionsFile = z.object({
  versions: z
    .array(
      z.object({
        id: z.string(),
        name: text,
        docNo: z.string(),
        from: date,
        to: date,
        source: sourceKeys,
        confidence,
        /** The day the rules of this version were last checked against the sources (RULES.md). */
        lastChecked: date,
        note: z.string().optional(),
      }),
    )
    .min(1),
});

export const readingsFile = z.object({
  readings: z.array(
    z.object({
      id: z.string(),
      question: text,
      default: z.string(),
      options: z.array(z.object({ id: z.string(), text, confidence, source: z.array(z.string()) })).min(1),
    }),
  ),
});

const wagePeriod = z.object({
  from: month,
  to: month,
  value: z.number().int().positive(),
  source: sourceKeys,
  confidence,
  basis: z.string().optional(),
  lower: z.number().int().optional(),
  upper: z.number().int().optional(),
  note: z.string().optional(),
});

export const wagesFile = z.object({
  carryForwardConfidence: confidence,
  /** The day the table was last checked against the sources (RULES.md §4). */
  lastChecked: date,
  talentDomain: z.array(wagePeriod).min(1),
  socialInsuranceAverage: z.array(wagePeriod).min(1),
});

export const sourceKinds = ['officialText', 'govNotice', 'press', 'agency', 'peerCalculator'] as const;

export const sourcesFile = z.object({
  sources: z.record(
    z.string(),
    z.object({
      kind: z.enum(sourceKinds),
      /** What users see. */
      title: text,
      urls: z.array(z.string()),
      /** The link on an official site, when the source has one. */
      officialUrl: z.string().optional(),
      /** Research note: kept in the data and docs, never shown to users. */
      note: z.string().optional(),
    }),
  ),
});
