import { z } from 'zod';
import en from '../../messages/en/applicant.json' with { type: 'json' };
import { files } from '../policy/index.ts';
import { hukouFacts } from './hukou.ts';
import { flag, idNumber, isoDate, isoMonth, yuan } from './primitives.ts';

/** Years of figures the investment item reads: the longest window of any version, so none is cut short. */
const INVESTMENT_YEARS = Math.max(...files.investment.values.map((v) => v.value.windowYears));

/**
 * The applicant model: real facts, never pre-computed points.
 * Fields a person must confirm (post match, appointment) are booleans left out when unknown:
 * the engine then reports the condition as "to confirm" and gives no points for it.
 * Descriptions that name the Chinese term of an official form are the catalogue's (`applicant:schema.*`, English:
 * the JSON Schema and the API document are written in English).
 */

export const educationLevels = ['associate', 'bachelor', 'master', 'doctor'] as const;

export const education = z
  .object({
    level: z.enum(educationLevels).describe(en.schema.educationLevel),
    degree: flag(true).describe(en.schema.degree),
    diploma: flag(true).describe(en.schema.diploma),
    fullTime: flag(true).describe(en.schema.fullTime),
    obtainedOn: isoDate.optional(),
    foreign: flag(false).describe('obtained abroad (needs the CSCSE certificate)'),
    verified: flag(true).describe(en.schema.verified),
    major: z
      .object({
        name: z.string().min(1).max(100),
        code: z.string().regex(/^\d{6,8}$/, { message: 'applicant:errors.majorCode' }),
        postMatches: z.boolean().optional().describe('the post matches the major — confirmed by the applicant'),
      })
      .optional(),
  })
  .describe(en.schema.education);

export const certificateKinds = ['skill', 'title', 'qualification'] as const;

export const certificate = z
  .object({
    kind: z.enum(certificateKinds).describe(en.schema.certificateKind),
    name: z.string().min(1).max(100).describe('name as printed, or the catalogue name'),
    catalogId: z.string().optional().describe('catalogue entry id, when picked from the catalogue'),
    skillLevel: z.number().int().min(1).max(5).optional().describe('skill level 5 (lowest) … 1 (highest); kind = skill'),
    titleLevel: z.enum(['junior', 'mid', 'senior']).optional().describe('title level; kind = title'),
    obtainedOn: isoDate,
    obtainedBy: z.enum(['exam', 'evaluation', 'assessment']).optional().describe(en.schema.obtainedBy),
    whileWorkingInShanghai: z.boolean().optional().describe('obtained while working in Shanghai'),
    verifiedInShanghai: z
      .boolean()
      .optional()
      .describe('out-of-town certificate re-evaluated or verified in Shanghai / verifiable in the national database'),
    registered: z.boolean().optional().describe('registration-type qualification currently registered'),
    registrationValidUntil: isoDate.optional(),
    matchesPost: z.boolean().optional().describe(en.schema.matchesPost),
    appointed: z.boolean().optional().describe(en.schema.appointed),
    appointedOn: isoDate.optional().describe(en.schema.appointedOn),
    seriesConditionsMet: z.boolean().optional().describe("meets the title series' education and years conditions (qualifications)"),
  })
  .describe('a title, qualification or skill certificate');

export const siMonth = z
  .object({
    month: isoMonth,
    base: yuan.describe('contribution base that month, whole yuan'),
    backPaid: flag(false).describe(en.schema.backPaid),
    employerMatchesContract: flag(true).describe('paid by the employer on the labour contract'),
    taxMatches: flag(true).describe('income-tax basis reasonably corresponds to the base'),
  })
  .describe('one month of Shanghai employee social insurance');

const period = z.object({ from: isoDate, to: isoDate.optional().describe('open when still ongoing') });

export const recordKinds = ['falseMaterial', 'adminDetention', 'generalCrime', 'seriousCrime', 'familyPlanning'] as const;

export const applicant = z
  .object({
    reference: z.string().max(100).optional().describe("caller's own reference for this applicant (not an ID number)"),
    idNumber: idNumber.optional().describe('resident ID number (personal data: never logged)'),
    birthDate: isoDate,
    residencePermit: z.object({ valid: z.boolean() }).default({ valid: true }),
    employment: z
      .object({
        contributingNow: z.boolean().optional().describe('employed and contributing to Shanghai SI in the application month'),
        outOfTownBranch: flag(false).describe("works for a Shanghai employer's branch outside Shanghai"),
        post: z.string().max(100).optional().describe(en.schema.post),
        businessScope: z.string().max(2000).optional().describe(en.schema.businessScope),
      })
      .default({ outOfTownBranch: false }),
    education: z.array(education).max(10).default([]),
    noDiploma: z
      .boolean()
      .optional()
      .describe(
        'the applicant says they hold no junior-college or higher diploma: with no education record, education scores 0 with nothing to confirm',
      ),
    certificates: z.array(certificate).max(20).default([]),
    socialInsurance: z.array(siMonth).max(600).default([]).describe('monthly Shanghai SI history'),
    marriage: z.object({ spouseShanghaiHukou: z.boolean(), marriedOn: isoDate }).optional(),
    startup: z
      .object({
        incubatedMonths: z.number().int().nonnegative(),
        shareholdingPercent: z.number().min(0).max(100),
        insuredByCompany: z.boolean(),
      })
      .optional()
      .describe(en.schema.startup),
    techTransfer: z
      .object({ months: z.number().int().nonnegative(), registeredInstitution: z.boolean() })
      .optional()
      .describe(en.schema.techTransfer),
    investment: z
      .object({
        annualTax: z.array(yuan).max(INVESTMENT_YEARS).optional().describe(en.schema.annualTax),
        hukouEmployees: z.array(z.number().int().nonnegative()).max(INVESTMENT_YEARS).optional().describe(en.schema.hukouEmployees),
      })
      .optional(),
    publicService: z
      .array(period.extend({ field: z.enum(['sanitation']) }))
      .max(20)
      .default([]),
    remoteArea: z
      .array(period.extend({ area: z.enum(['lingang', 'newTown', 'northSouth', 'otherDesignated']) }))
      .max(20)
      .default([]),
    freshGraduate: z.object({ graduatedOn: isoDate, fullTime: z.boolean(), employmentNotice: z.boolean() }).optional(),
    awards: z
      .array(
        z.object({
          level: z.enum(['municipalSpecial', 'municipalComprehensive', 'provincialOrAbove']),
          receivedOn: isoDate,
          whileWorkingInShanghai: flag(true),
          onCatalogue: flag(true),
        }),
      )
      .max(20)
      .default([]),
    records: z
      .array(z.object({ kind: z.enum(recordKinds), date: isoDate }))
      .max(50)
      .default([]),
    hukou: hukouFacts.optional(),
  })
  .superRefine((a, ctx) => {
    const rows = a.socialInsurance;
    // Months in strictly increasing order (the usual case) are distinct: the Set, a tenth of a compiled parse, is
    // built only otherwise.
    if (rows.every((m, i) => i === 0 || (rows[i - 1] as SiMonth).month < m.month)) return;
    const seen = new Set<string>();
    rows.forEach((m, i) => {
      if (seen.has(m.month))
        ctx.addIssue({ code: 'custom', path: ['socialInsurance', i, 'month'], message: 'applicant:errors.monthTwice' });
      seen.add(m.month);
    });
  });

export type Applicant = z.output<typeof applicant>;
export type ApplicantInput = z.input<typeof applicant>;
export type Education = z.output<typeof education>;
export type Certificate = z.output<typeof certificate>;
export type SiMonth = z.output<typeof siMonth>;
