import { z } from 'zod';
import { isoDate, isoMonth, yuan } from './primitives.ts';

/**
 * The facts 居转户 (residence permit → hukou) needs beyond those of the points scheme: optional, read by
 * src/hukou/ only, so no points result depends on them. Unknown yes/no facts are left out: the answer then asks.
 */

export const permitTypes = ['employment', 'talent', 'temporary', 'dependent', 'attendant', 'residence', 'study'] as const;

const span = { from: isoDate, to: isoDate.optional().describe('open when still ongoing') };

export const hukouFacts = z
  .object({
    permits: z
      .array(
        z.object({
          ...span,
          type: z
            .enum(permitTypes)
            .describe(
              'employment; talent (before 2013-07); temporary; dependent; attendant; residence (from 2018); study: the type printed on the permit',
            ),
        }),
      )
      .max(50)
      .default([])
      .describe('every period of a Shanghai residence permit; a gap between periods is a lapse'),
    employerInShanghai: z.boolean().optional().describe('the employer is registered in Shanghai, operates normally and pays tax there'),
    taxInShanghai: z.boolean().optional().describe('individual income tax paid in Shanghai during the permit period'),
    familyPlanningCompliant: z.boolean().optional().describe('complies with the current family-planning policy'),
    outOfTownEmployerMonths: z
      .array(isoMonth)
      .max(600)
      .default([])
      .describe('SI months paid by an employer registered outside Shanghai (they do not count)'),
    areas: z
      .array(z.object({ ...span, area: z.enum(['lingang', 'zhangjiang', 'newTown']) }))
      .max(20)
      .default([])
      .describe('periods working for an employer registered and working in the area'),
    coreTalent: z
      .boolean()
      .optional()
      .describe("Lingang core talent / Zhangjiang key-industry backbone, as the area's recommendation says"),
    areaCommitment: z.boolean().optional().describe("the area's recommendation and the written 2-year commitment"),
    remotePosts: z
      .array(z.object(span))
      .max(20)
      .default([])
      .describe('periods in a listed remote-suburb teaching, medical or agricultural-extension post'),
    enterpriseSciTech: z.boolean().optional().describe('enterprise science-and-technology or skill staff'),
    cpaOrLawyerPractising: z.boolean().optional().describe('holds a CPA certificate or a lawyer practising licence and does that work'),
    outstandingMigrantWorker: z.boolean().optional().describe('holds the Shanghai outstanding migrant worker award'),
    shanghaiStaff: z
      .array(z.number().int().nonnegative())
      .max(3)
      .optional()
      .describe("Shanghai staff employed in each of the last 3 years, by the holder's investment"),
    startupFunding: z
      .object({ firstRoundYuan: yuan, cumulativeYuan: yuan })
      .optional()
      .describe("the start-up's first round and cumulative funding from a registered incubator or VC"),
    techTransferYuan: yuan.optional().describe('technology transactions completed in the last 3 years (first completer)'),
  })
  .describe('facts for converting a residence permit into a Shanghai hukou');

export type HukouFacts = z.output<typeof hukouFacts>;
