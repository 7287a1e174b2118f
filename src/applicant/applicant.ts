import { z } from 'zod';
import { hukouFacts } from './hukou.ts';
import { flag, idNumber, isoDate, isoMonth, yuan } from './primitives.ts';

/**
 * The applicant model: real facts, never pre-computed points.
 * Fields a person must confirm (post match, appointment) are booleans left out when unknown:
 * the engine then reports the condition as "to confirm" and gives no points for it.
 */

export const educationLevels = ['associate', 'bachelor', 'master', 'doctor'] as const;

export const education = z
  .object({
    level: z.enum(educationLevels).describe('associate = 大专(高职); bachelor = 本科; master = 硕士研究生; doctor = 博士研究生'),
    degree: flag(true).describe('degree (学位) awarded with the diploma; for bachelor: 学士学位'),
    diploma: flag(true).describe(
      'diploma (学历证书) of this level; false for a degree without it, e.g. 同等学力硕士 (the degree alone scores no row, reading R17)',
    ),
    fullTime: flag(true).describe('全日制'),
    obtainedOn: isoDate.optional(),
    foreign: flag(false).describe('obtained abroad (needs the CSCSE certificate)'),
    verified: flag(true).describe('verifiable on 学信网 (CHSI), or certified by CSCSE if foreign'),
    major: z
      .object({
        name: z.string().min(1).max(100),
        code: z.string().regex(/^\d{6,8}$/, { message: 'major code is 6–8 digits' }),
        postMatches: z.boolean().optional().describe('the post matches the major — confirmed by the applicant'),
      })
      .optional(),
  })
  .describe('an education record (学历/学位)');

export const certificateKinds = ['skill', 'title', 'qualification'] as const;

export const certificate = z
  .object({
    kind: z.enum(certificateKinds).describe('skill = 技能等级/职业资格证书; title = 专业技术职称; qualification = 专业技术人员职业资格'),
    name: z.string().min(1).max(100).describe('name as printed, or the catalogue name'),
    catalogId: z.string().optional().describe('catalogue entry id, when picked from the catalogue'),
    skillLevel: z.number().int().min(1).max(5).optional().describe('skill level 5 (lowest) … 1 (highest); kind = skill'),
    titleLevel: z.enum(['junior', 'mid', 'senior']).optional().describe('title level; kind = title'),
    obtainedOn: isoDate,
    obtainedBy: z
      .enum(['exam', 'evaluation', 'assessment'])
      .optional()
      .describe('exam = national unified examination; evaluation = 评审; assessment = skill appraisal'),
    whileWorkingInShanghai: z.boolean().optional().describe('obtained while working in Shanghai'),
    verifiedInShanghai: z
      .boolean()
      .optional()
      .describe('out-of-town certificate re-evaluated or verified in Shanghai / verifiable in the national database'),
    registered: z.boolean().optional().describe('registration-type qualification currently registered'),
    registrationValidUntil: isoDate.optional(),
    matchesPost: z
      .boolean()
      .optional()
      .describe('specialty / trade matches the post (专业、工种与所聘岗位相符) — confirmed by the applicant'),
    appointed: z.boolean().optional().describe('employer has appointed (聘任) the holder to the matching post'),
    appointedOn: isoDate.optional().describe('date of that appointment (the hukou routes count the title from it)'),
    seriesConditionsMet: z.boolean().optional().describe("meets the title series' education and years conditions (qualifications)"),
  })
  .describe('a title, qualification or skill certificate');

export const siMonth = z
  .object({
    month: isoMonth,
    base: yuan.describe('contribution base that month, whole yuan'),
    backPaid: flag(false).describe('补缴 (back-payment)'),
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
        post: z.string().max(100).optional().describe('post (岗位) as on the contract'),
        businessScope: z.string().max(2000).optional().describe("employer's business scope (经营范围)"),
      })
      .default({ outOfTownBranch: false }),
    education: z.array(education).max(10).default([]),
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
      .describe('创业人才 facts'),
    techTransfer: z
      .object({ months: z.number().int().nonnegative(), registeredInstitution: z.boolean() })
      .optional()
      .describe('创新创业中介服务人才 facts'),
    investment: z
      .object({
        annualTax: z
          .array(yuan)
          .max(3)
          .optional()
          .describe("tax paid by the company, by the holder's investment share, in each of the last 3 years"),
        hukouEmployees: z
          .array(z.number().int().nonnegative())
          .max(3)
          .optional()
          .describe('Shanghai-hukou employees in each of the last 3 years'),
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
      if (seen.has(m.month)) ctx.addIssue({ code: 'custom', path: ['socialInsurance', i, 'month'], message: 'month listed twice' });
      seen.add(m.month);
    });
  });

export type Applicant = z.output<typeof applicant>;
export type ApplicantInput = z.input<typeof applicant>;
export type Education = z.output<typeof education>;
export type Certificate = z.output<typeof certificate>;
export type SiMonth = z.output<typeof siMonth>;
