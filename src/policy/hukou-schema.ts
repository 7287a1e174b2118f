import { z } from 'zod';
import { confidence } from './file-schema.ts';

/** The file schema of policy/hukou/rules.json: the 居转户 rules as dated values, checked when they load. */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const months = z.number().int().positive();
const ratio = z.number().positive();
const yuan = z.number().int().positive();

/** A base test over a window: `months` of the `windowMonths` before the application month (and that month too). */
const windowTest = z.object({ ratio, windowMonths: months, months, applicationMonth: z.boolean() });
const yearsRoute = z.object({ months, areaMonths: months });
const empty = z.object({}).strict();

export const hukouValueSchemas = {
  basic: z.object({ permitMonths: months, siMonths: months }),
  permit: z.object({ graceDays: z.number().int().nonnegative(), countedTypes: z.array(z.string()).min(1) }),
  marketStandard: windowTest.extend({ altRatio: ratio }),
  waiver2xText: z.object({ ratio, consecutiveMonths: months }),
  waiver2x: windowTest,
  lingang1x: windowTest,
  payStandard: empty,
  investment: z.object({ taxYears: months, averageTaxYuan: yuan, averageStaff: months }),
  kechuang3x: z.object({ months, ratio, windowMonths: months, countMonths: months }),
  kechuangStartup: z.object({ months, sharePercent: ratio, firstRoundYuan: yuan, cumulativeYuan: yuan, tenureMonths: months }),
  kechuangTransfer: z.object({ months, tenureMonths: months, transactionsYuan: yuan }),
  remoteSuburb: z.object({ months, postMonths: months }),
  lingang5: yearsRoute,
  lingang3: yearsRoute,
  zhangjiang5: yearsRoute,
  zhangjiang3: yearsRoute,
  newTown5: z.object({ months }),
  award: empty,
  senior: empty,
  migrantWorker: empty,
  title: empty,
  records: z.object({ penaltyDisqualifies: z.boolean() }),
  processing: z.object({
    districtWorkingDays: months,
    municipalWorkingDays: months,
    publicityDays: months,
    recordLagMonths: z.number().int().nonnegative(),
    processingMonthsMin: months,
    processingMonthsMax: months,
  }),
  points: z.object({ required: z.literal(false), substitutesTitle: z.literal(false) }),
};

export type HukouParamId = keyof typeof hukouValueSchemas;
export type HukouValue<K extends HukouParamId> = z.output<(typeof hukouValueSchemas)[K]>;

const common = z.object({
  from: date,
  to: date.optional(),
  /** The expiry the document states; after it the value is kept only while `expiryReading` takes "keep". */
  statedTo: date.optional(),
  expiryReading: z.string().optional(),
  /** The value applies only when each named reading takes the named option. */
  onlyUnder: z.record(z.string(), z.string()).optional(),
  article: text,
  source: z.array(z.string()).min(1),
  confidence,
  readings: z.array(z.string()).optional(),
  note: z.string().optional(),
});

/** One dated value of a 居转户 parameter, with its article, sources, confidence and the readings it rests on. */
export type HukouDated<K extends HukouParamId> = z.output<typeof common> & { value: HukouValue<K> };

const dated = (value: z.ZodType) =>
  common
    .extend({ value })
    .refine((v) => (v.statedTo === undefined) === (v.expiryReading === undefined), 'statedTo and expiryReading go together');

export const hukouRulesFile = z.object({
  $comment: z.string().optional(),
  scheme: z.object({ from: date }),
  versions: z
    .array(
      z.object({
        id: z.string(),
        kind: z.enum(['base', 'overlay']),
        title: text,
        from: date,
        to: date.optional(),
        statedTo: date.optional(),
        expiryReading: z.string().optional(),
        source: z.array(z.string()).min(1),
        confidence,
      }),
    )
    .min(1),
  // Each parameter's values by its own schema; typed by HukouDated (zod cannot map a record of schemas to types).
  params: z.object(
    Object.fromEntries(Object.entries(hukouValueSchemas).map(([k, s]) => [k, z.array(dated(s)).min(1)])),
  ) as unknown as z.ZodType<{ [K in HukouParamId]: HukouDated<K>[] }>,
  documents: z.record(z.string(), z.array(z.string())),
});
