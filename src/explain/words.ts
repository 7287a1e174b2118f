import type { Confidence } from '../core/confidence.ts';
import { type Msg, msg } from '../core/message.ts';
import type { AssessmentStatus } from '../engine/types.ts';

/** Words for the engine's enumerations. */
export const STATUS: Record<AssessmentStatus, Msg> = {
  scored: msg('engine:status.scored'),
  ineligible: msg('engine:status.ineligible'),
  vetoed: msg('engine:status.vetoed'),
  outsideScheme: msg('engine:status.outsideScheme'),
};

export const CONFIDENCE: Record<Confidence, Msg> = {
  high: msg('engine:confidence.high'),
  medium: msg('engine:confidence.medium'),
  low: msg('engine:confidence.low'),
};

export const YES: Msg = msg('engine:yes');
export const NO: Msg = msg('engine:no');
