import type { Applicant } from '../../applicant/applicant.ts';
import type { Msg } from '../../core/message.ts';
import type { Assessment, Condition, Fact, IndicatorId } from '../../engine/types.ts';
import type { ActionKind, SkippedAction, StatedAssumption } from '../types.ts';

/**
 * A way to add points, before evaluation: the hypothetical change to the applicant and the earliest date it could
 * exist. What it gives, and when, is left to the engine (actions/evaluate.ts).
 */
export interface ActionSpec {
  id: string;
  kind: ActionKind;
  title: Msg;
  /** The title as a clause inside another sentence (English lower-cases its first word), for a gated action's pair. */
  clause?: Msg;
  /** The indicator the action works on: its engine conditions are shown, and explain a skip. */
  target: IndicatorId;
  availableFrom: string;
  /** The applicant with the action taken (applied to both the plan-month and the projected applicant). */
  apply: (applicant: Applicant) => Applicant;
  conditions: Condition[];
  assumptions: StatedAssumption[];
  facts: Record<string, Fact>;
  informationOnly?: boolean;
  /** A title or skill level behind the base gate (Art. 6(3)): a base raise to the gate's multiple can unlock it. */
  gated?: boolean;
  /** What it costs besides time: yuan a month more on the base, an exam (or a course) to pass. */
  cost?: { extraYuanPerMonth?: number; exam?: boolean };
  /**
   * The items the action can change, each with the most it can score there (default: the item's own maximum).
   * Their headroom bounds what the action can add on a day, so days that cannot reach 120 are not assessed.
   */
  affects: { item: IndicatorId; max?: number }[];
  /** Once it counts it keeps counting (years, bands, waiting periods): the first day is then found by halving. */
  monotone: boolean;
  /**
   * The applicant whose target item explains why the action adds nothing (default: the applicant with the action).
   * A new certificate is probed alone, so the engine shows its own conditions rather than those of one already held.
   */
  probe?: (applicant: Applicant) => Applicant;
  /** When the action counts; default: it adds points over waiting alone on that day. */
  counts?: (withAction: Assessment, waiting: Assessment) => boolean;
}

export type Candidate = ActionSpec | SkippedAction;

export function isSpec(c: Candidate): c is ActionSpec {
  return 'apply' in c;
}
