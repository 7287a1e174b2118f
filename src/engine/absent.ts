import type { Applicant } from '../applicant/applicant.ts';
import { deepFreeze } from '../core/shared-cache.ts';
import type { PolicyAt } from '../policy/at.ts';
import type { ReadingChoice } from '../policy/readings.ts';
import type { Context } from './context.ts';
import type { IndicatorId, ItemResult } from './types.ts';

/**
 * When an applicant gives no facts for an indicator, its line (0 points, "not given", the article, the sources) depends
 * only on the rules in force and the readings — so it is built once per (date, readings) and shared, frozen.
 * Most applicants give facts for a handful of the 17 indicators; this keeps the full explanation of the others cheap.
 */
const noFactsGiven: Partial<Record<IndicatorId | 'deductions', (a: Applicant) => boolean>> = {
  // "No diploma" said is a fact of its own: its line has nothing to confirm, unlike the shared "not given" one.
  education: (a) => a.education.length === 0 && !a.noDiploma,
  titleSkill: (a) => a.certificates.length === 0,
  startupTalent: (a) => !a.startup,
  intermediaryTalent: (a) => !a.techTransfer,
  shortageMajor: (a) => !a.education.some((e) => e.major),
  investment: (a) => !a.investment,
  publicService: (a) => a.publicService.length === 0,
  remoteArea: (a) => a.remoteArea.length === 0,
  freshGraduate: (a) => !a.freshGraduate,
  award: (a) => a.awards.length === 0,
  spouse: (a) => !a.marriage,
  deductions: (a) => a.records.length === 0,
};

/** Shared lines by policy date, then by readings (interned, so equal choices are one object). */
const cache = new WeakMap<PolicyAt, WeakMap<ReadingChoice, SharedLines>>();

/** The shared lines of one (policy date, readings) by scorer slot, filled as indicators without facts are met. */
export type SharedLines = unknown[];

export function sharedLines(ctx: Context): SharedLines {
  let byReadings = cache.get(ctx.policy);
  if (!byReadings) {
    byReadings = new WeakMap();
    cache.set(ctx.policy, byReadings);
  }
  let lines = byReadings.get(ctx.readings);
  if (!lines) {
    lines = [];
    byReadings.set(ctx.readings, lines);
  }
  return lines;
}

/** An indicator as assess runs it: its id, how it scores, and when the applicant gave no facts for it. */
export interface Scorer<T> {
  id: IndicatorId | 'deductions';
  /** Its place in every SharedLines (an array: a lookup per indicator per assessment must be cheap). */
  slot: number;
  score: (ctx: Context) => T;
  noFacts: ((a: Applicant) => boolean) | undefined;
}

let slots = 0;

export function scorer<T>(id: IndicatorId | 'deductions', score: (ctx: Context) => T): Scorer<T> {
  return { id, slot: slots++, score, noFacts: noFactsGiven[id] };
}

/** The indicator's result, shared when no facts are given for it. Shared results are frozen: never mutate them. */
export function withoutFacts<T extends ItemResult | ItemResult[]>(ctx: Context, shared: SharedLines, s: Scorer<T>): T {
  if (!s.noFacts?.(ctx.applicant)) return s.score(ctx);
  let result = shared[s.slot] as T | undefined;
  if (!result) {
    // No facts: 0 points under every reading and value, so certain (issue 13's confidence rule).
    result = deepFreeze(certain(s.score(ctx)));
    shared[s.slot] = result;
  }
  return result;
}

function certain<T extends ItemResult | ItemResult[]>(result: T): T {
  for (const line of Array.isArray(result) ? result : [result]) line.confidence = 'high';
  return result;
}
