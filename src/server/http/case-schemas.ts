import { z } from '@hono/zod-openapi';
import { hukouStatuses } from '../cases/hukou.ts';
import { caseStatuses } from '../cases/standing.ts';
import type { Db } from '../db/types.ts';
import { caseExists } from '../repos/cases.ts';
import { applicant } from './applicant-schema.ts';
import { assessmentSchema } from './assessment-schema.ts';
import { hukouAssessmentSchema } from './hukou-schemas.ts';
import { ProblemError } from './problem.ts';

export const caseLabelSchema = z.string().trim().min(1).max(200);
export const caseReferenceSchema = z.string().trim().max(100);

export const caseStatusSchema = z
  .enum(caseStatuses)
  .describe(
    "the newest assessment's status, except toConfirm: scored or ineligible but a condition only a person can answer (eligibility or an item's) is open",
  )
  .meta({ id: 'CaseStatus' });

export const caseHukouStatusSchema = z
  .enum(hukouStatuses)
  .describe(
    'Hukou on the newest assessment: open (a route is open in the assessment month), confirm (one may be, a person must confirm), later (the earliest month a route opens if nothing changes is `hukouEarliest`), none (no route opens within the horizon)',
  )
  .meta({ id: 'CaseHukouStatus' });

export const caseSummarySchema = z
  .object({
    id: z.string(),
    label: z.string().describe("a name for the case, e.g. the applicant's name"),
    reference: z.string().nullable().describe("the organisation's own reference"),
    revision: z.number().int().describe('increases with every change; send it back with PATCH to refuse overwriting a newer version'),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedBy: z.string(),
    updatedAt: z.string(),
    assessedAt: z
      .string()
      .nullable()
      .describe('when the newest stored assessment was made; null: never assessed (as are the fields below)'),
    total: z.number().int().nullable().describe("the newest stored assessment's total (0 unless scored)"),
    status: caseStatusSchema.nullable(),
    gap: z
      .number()
      .int()
      .nullable()
      .describe("points missing to the standard score of the version applied (the planner's gap), at least 0"),
    reachesOn: z
      .string()
      .nullable()
      .describe(
        'the first day waiting alone reaches the standard score (the planner, from the assessment date, computed when the assessment was stored); null when not within 120 months, vetoed or outside the scheme',
      ),
    hukouStatus: caseHukouStatusSchema
      .nullable()
      .describe('null: no assessment stored with a hukou answer yet (never assessed, or last assessed before answers were stored)'),
    hukouEarliest: z
      .string()
      .nullable()
      .describe(
        'YYYY-MM: the earliest month a hukou route opens (the assessment month when open or to confirm); null with none or no answer',
      ),
  })
  .meta({ id: 'CaseSummary' });

export const caseSchema = caseSummarySchema.extend({ facts: applicant }).meta({ id: 'Case' });

export const storedAssessmentSummarySchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
    date: z.string().describe('assessment date used'),
    versionPinned: z.string().nullable().describe('version the caller pinned, or null when the date chose it'),
    versionId: z.string().describe('version applied'),
    readings: z.record(z.string(), z.string()).describe('reading switches asked for (the rest were defaults)'),
    status: z.string(),
    total: z.number(),
  })
  .meta({ id: 'StoredAssessmentSummary' });

export const storedAssessmentSchema = storedAssessmentSummarySchema
  .extend({
    input: applicant.describe('the facts exactly as assessed'),
    result: assessmentSchema,
    hukou: hukouAssessmentSchema
      .nullable()
      .describe(
        'the hukou answer (residence permit to Shanghai hukou) on the same facts and date (its version, readings and date inside; texts in zh and en); null: stored before answers were, or a date before the hukou scheme',
      ),
  })
  .meta({ id: 'StoredAssessment' });

/** 404 unless the case exists in the caller's organisation: another organisation's ids look exactly like missing ones. */
export async function assertCase(db: Db, orgId: string, caseId: string): Promise<void> {
  if (!(await caseExists(db, orgId, caseId))) throw new ProblemError('notFound');
}
