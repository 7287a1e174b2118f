import type { ApplicantInput } from '../../../src/applicant/applicant.ts';
import type { Plan, PlanAssumptions, ScenarioComparison } from '../../../src/planner/index.ts';

/** Messages between the planner page and its worker (the planner runs 100+ assessments: off the main thread). */
export interface PlanRequest {
  id: number;
  applicant: ApplicantInput;
  date: string;
  horizonMonths: number;
  /** Readings switched in the calculator's advanced settings: the plan assesses under the same rules. */
  readings: Record<string, string>;
  assumptions: PlanAssumptions;
  scenarios: { label: string; applicant: ApplicantInput }[];
}

export type PlanResponse =
  | { id: number; ok: true; plan: Plan; comparison: ScenarioComparison | null; ms: number }
  | { id: number; ok: false; message: string };
