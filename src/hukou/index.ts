import type { Applicant } from '../applicant/index.ts';
import { prepare, routesOf } from './assess.ts';
import { planHukou } from './plan.ts';
import type { HukouAssessment, HukouOptions } from './types.ts';

export { DEFAULT_HORIZON } from './assess.ts';
export * from './shared-actions.ts';
export * from './types.ts';

/**
 * 居转户: whether and when a residence-permit holder can apply for a Shanghai hukou, by every route, and the dated
 * way to the earliest one (JUZHUANHU.md). Throws a RangeError for a date before the scheme, an unknown version or
 * reading.
 */
export function assessHukou(applicant: Applicant, options: HukouOptions): HukouAssessment {
  const prepared = prepare(applicant, options);
  const answer = routesOf(prepared);
  return { ...answer, plan: planHukou(applicant, options, answer, prepared) };
}
