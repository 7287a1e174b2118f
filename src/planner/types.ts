/** Result types of the planner. Plain data, like the engine's: serialisable and comparable in tests. */

import type { Applicant } from '../applicant/applicant.ts';
import type { Said } from '../core/message.ts';
import type { Assessment, AssessmentStatus, Condition, Confidence, Fact, IndicatorId, VersionInfo, VetoResult } from '../engine/types.ts';

export type RemoteAreaKind = 'lingang' | 'newTown' | 'northSouth' | 'otherDesignated';

/** What the caller assumes about the future. Everything not named here stays as it is on the plan date. */
export interface PlanAssumptions {
  /** The monthly SI base from a month (YYYY-MM) on: a raise, a cut, or a new job when not contributing now. Whole yuan. */
  baseChanges?: { from: string; base: number }[];
  /** The last month (YYYY-MM) with a contribution: none after it. */
  lastContributionMonth?: string;
  /** Starts working and living in a remote key area on a date (YYYY-MM-DD). */
  remoteArea?: { area: RemoteAreaKind; from: string };
  /** Marries a Shanghai-hukou spouse on a date (YYYY-MM-DD). */
  marriage?: { on: string };
  /** Months from the plan date until a part-time degree is awarded (default 30: 2.5 years). */
  degreeMonths?: number;
  /** Months from the plan date until the next skill certificate (default 6). */
  skillCertificateMonths?: number;
  /** Months from the plan date until a mid-level qualification is passed and the holder appointed (default 12). */
  qualificationMonths?: number;
}

export interface PlanOptions {
  /** Plan (assessment) date, YYYY-MM-DD. */
  date: string;
  /** How far the projection looks, in months (default 120). */
  horizonMonths?: number;
  assumptions?: PlanAssumptions;
  /** Readings (RULES.md) to switch, passed to every assessment. */
  readings?: Record<string, string>;
}

/** One assumption the plan relies on, as a message. */
export interface StatedAssumption {
  id: string;
  text: Said;
}

/** Where the applicant stands on the plan date. */
export interface Gap {
  status: AssessmentStatus;
  /** The official total (0 unless scored). */
  total: number;
  /** What the items add up to once eligible. */
  scoreIfEligible: number;
  standardScore: number;
  /** Points still missing: standard score − score if eligible, at least 0. */
  points: number;
  reachedToday: boolean;
  version: VersionInfo;
  confidence: Confidence;
}

/** The first day the standard score is reached. */
export interface Reach {
  date: string;
  /** Index of the first projection point on or after `date` (months after the plan date). */
  offset: number;
  /** Total on `date`. */
  total: number;
}

export interface ProjectionPoint {
  /** Months after the plan date; 0 is the plan date itself. */
  offset: number;
  date: string;
  status: AssessmentStatus;
  total: number;
  scoreIfEligible: number;
  reaches: boolean;
  /** Points of every item on that date, as the engine scored it (before choose-one). */
  items: Record<IndicatorId, number>;
  confidence: Confidence;
  /** The assessment reads months whose reference wage is carried forward from the last published one (low). */
  carriedReference: boolean;
  /** The date is past the stated validity of the version in force. */
  beyondValidity: boolean;
}

/** An item whose points change with time alone. */
export interface TimeEvent {
  /** The first day with the new points. */
  date: string;
  item: IndicatorId;
  /** gain / loss of points; restored: a deduction that no longer applies. */
  kind: 'gain' | 'loss' | 'restored';
  from: number;
  to: number;
  text: Said;
  /** The engine's explanation of the item on that day. */
  explanation: Said;
}

/** The first change of the score by waiting alone within the coming year: said first, dated. */
export interface NearMiss {
  /** The first day with the new score. */
  date: string;
  /** Change of the score once eligible (after choose-one): positive when waiting adds points. */
  points: number;
  /** The score once eligible on that day. */
  scoreIfEligible: number;
  /** Items whose points change that day. */
  items: IndicatorId[];
  /** The headline: date, points and the engine's explanation of each item that changes. */
  text: Said;
}

export interface StatusChange {
  date: string;
  from: AssessmentStatus;
  to: AssessmentStatus;
  text: Said;
}

export interface Projection {
  assumptions: StatedAssumption[];
  points: ProjectionPoint[];
  /** The first day waiting alone reaches the standard score; null when not within the horizon. */
  reaches: Reach | null;
  events: TimeEvent[];
  statusChanges: StatusChange[];
  /** First projection date relying on a carried-forward reference wage (low confidence); null when none. */
  carriedReferenceFrom: string | null;
  /** First projection date past the version's stated validity; null when none. */
  beyondValidityFrom: string | null;
  notes: Said[];
}

export type ActionKind = 'skillCertificate' | 'midTitle' | 'siBase' | 'degree' | 'remoteArea' | 'freshGraduate' | 'marriage';

/** What an action costs the applicant, stated beside it. */
export interface ActionCost {
  /** Yuan a month more on the SI base than today's (0 when the base stays). */
  extraYuanPerMonth: number;
  /** Calendar months from the plan month to the month it first adds points (waiting periods and gates included). */
  monthsUntilCounts: number;
  /** An exam, appraisal or course to pass. */
  exam: boolean;
  /** The three, in words. */
  text: Said;
}

export interface Action {
  id: string;
  kind: ActionKind;
  title: Said;
  /** Points added over waiting alone, on `countsFrom`. */
  points: number;
  /** Earliest date the new fact could exist (certificate obtained, base raised, move made): an assumption. */
  availableFrom: string;
  /** Earliest date the action adds points, after waiting periods and gates. */
  countsFrom: string;
  /** First day the standard score is reached with this action and waiting; null when not within the horizon. */
  reaches: Reach | null;
  /** Conditions to meet or confirm (planner's first, then the engine's for the item on `countsFrom`). */
  conditions: Condition[];
  /** Assumptions this action adds to the projection's. */
  assumptions: StatedAssumption[];
  /** The lowest confidence of the rules the added points rely on. */
  confidence: Confidence;
  /** Readings (RULES.md) the added points rely on, with the option used. */
  readings: Record<string, string>;
  /** What it costs: yuan a month more, months until it counts, an exam. */
  cost: ActionCost;
  /** Figures behind the action (monthly base in yuan, suggested catalogue entry, …). */
  facts: Record<string, Fact>;
  /** Information only (marriage): never advice, never ranked among actions. */
  informationOnly: boolean;
}

/** A way to add points that was considered and does not add any within the horizon, with the engine's reason. */
export interface SkippedAction {
  id: string;
  kind: ActionKind;
  title: Said;
  reason: Said;
}

export interface EligibilityPath {
  /** Eligibility conditions failed on the plan date, with the engine's fixes. */
  failed: Condition[];
  /** First day the projection is eligible; null when waiting does not make it so within the horizon. */
  eligibleFrom: string | null;
  text: Said;
}

export interface Plan {
  date: string;
  horizonMonths: number;
  gap: Gap;
  /** The engine's assessment on the plan date. */
  today: Assessment;
  summary: Said;
  /** Veto items on the plan date: no plan is made. */
  vetoes: VetoResult[];
  /** Set when the applicant is outside the scheme (age): no plan is made. */
  outsideScheme: Said | null;
  /** Set when the applicant is not eligible on the plan date. */
  eligibility: EligibilityPath | null;
  /** Time alone; null when vetoed or outside the scheme. */
  projection: Projection | null;
  /** The first change of the score by waiting alone within the coming year; null when none (or no projection). */
  nearMiss: NearMiss | null;
  /** Ways to add points, ranked by how soon and how hard (`rankingRule`). */
  actions: Action[];
  /** How the actions are ranked, in words for the applicant. */
  rankingRule: Said;
  /** Facts that would add points but are not advice (marriage). */
  information: Action[];
  skipped: SkippedAction[];
  /** What the plan cannot know: uncertain readings and rules it relies on. */
  limits: Said[];
}

export interface Scenario {
  label: string;
  applicant: Applicant;
}

export interface ScenarioResult {
  label: string;
  assessment: Assessment;
  /** First day the standard score is reached by waiting, under the same assumptions for every scenario. */
  reaches: Reach | null;
  assumptions: StatedAssumption[];
  /** Why this what-if scores the same as the first scenario (the engine's reason on the plan date); null otherwise. */
  unchanged?: Said | null;
}

export interface ScenarioComparison {
  date: string;
  horizonMonths: number;
  scenarios: ScenarioResult[];
  /** Index of the scenario that reaches the standard score first; null when none does within the horizon. */
  earliest: number | null;
}
