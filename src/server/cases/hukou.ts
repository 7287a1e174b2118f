import type { Applicant } from '../../applicant/index.ts';
import { assessHukou, type HukouAssessment } from '../../hukou/index.ts';
import { hukouRules } from '../../policy/hukou.ts';

/** Where a case stands for 居转户, as the case list shows, sorts and filters it: the answer's overall status. */
export const hukouStatuses = ['open', 'confirm', 'later', 'none'] as const;
export type HukouStanding = { status: HukouAssessment['overall']['status']; earliest: string | null };

/**
 * The 居转户 answer stored with a case's assessment: the same facts and date, the 居转户 rules' own version for that
 * date and their default readings (the case's reading switches are the points scheme's). Null for a date before the
 * 居转户 scheme began, when there is nothing to answer.
 */
export function hukouOf(applicant: Applicant, date: string): HukouAssessment | null {
  return date < hukouRules.scheme.from ? null : assessHukou(applicant, { date });
}

/** The list's columns: the status, and the earliest month a route opens (the assessment month when one is open or to confirm). */
export function hukouStandingOf(answer: HukouAssessment | null): HukouStanding | null {
  return answer && { status: answer.overall.status, earliest: answer.overall.earliest };
}
