import type { Applicant } from '../../applicant/index.ts';
import type { Assessment } from '../../engine/index.ts';
import { projectWaiting } from '../../planner/index.ts';

/** Where a case stands, as the case list shows, sorts (in this order) and filters it. */
export const caseStatuses = ['scored', 'toConfirm', 'ineligible', 'vetoed', 'outsideScheme'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export interface Standing {
  total: number;
  status: CaseStatus;
  /** Null when vetoed or outside the scheme: no plan is made. */
  gap: number | null;
  reachesOn: string | null;
}

/**
 * A vetoed or outside-the-scheme result stays so; otherwise a condition only a person can answer (eligibility
 * or an item's) makes the case 'toConfirm': its points or eligibility wait on that answer.
 */
function statusOf(result: Assessment): CaseStatus {
  if (result.status === 'vetoed' || result.status === 'outsideScheme') return result.status;
  const waits =
    result.eligibility.some((c) => c.status === 'confirm') || result.items.some((i) => i.conditions.some((c) => c.status === 'confirm'));
  return waits ? 'toConfirm' : result.status;
}

/**
 * Computed once, when an assessment is stored (the list then reads columns, never runs the engine): the gap is
 * the planner's (the standard score of the version applied − what the items add up to once eligible, at least 0),
 * and the day 120 is reached is the planner's time-alone projection from the assessment date with the same
 * readings (the assessment date itself when reached already). Both null when vetoed or outside the scheme.
 */
export function standingOf(applicant: Applicant, result: Assessment, readings: Record<string, string>): Standing {
  // Null when vetoed or outside the scheme: no plan is made.
  const projection = projectWaiting(applicant, { date: result.date, readings });
  return {
    total: result.total,
    status: statusOf(result),
    gap: projection ? Math.max(0, result.standardScore - result.scoreIfEligible) : null,
    reachesOn: result.reaches ? result.date : (projection?.reaches?.date ?? null),
  };
}
