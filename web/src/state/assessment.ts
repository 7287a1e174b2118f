import { useMemo } from 'react';
import { type Applicant, type Assessment, assess, type FieldIssue, parseApplicant, ValidationError } from '../../../src/engine/index.ts';
import { nearMiss } from '../../../src/planner/near-miss.ts';
import type { NearMiss } from '../../../src/planner/types.ts';
import { type Answers, assessmentDate, toApplicantInput } from './answers.ts';

export type Outcome =
  | { kind: 'empty' }
  | { kind: 'invalid'; issues: FieldIssue[] }
  | { kind: 'error'; message: string }
  | { kind: 'ok'; assessment: Assessment; applicant: Applicant; date: string; version: string | undefined };

/**
 * Runs the engine in the browser. Timed with the User Timing API ("hujifen:assess") so the benchmark can
 * read the engine's own share of a recompute without any debug hook in the page.
 */
export function evaluate(answers: Answers): Outcome {
  if (!answers.applicant.birthDate) return { kind: 'empty' };
  const date = assessmentDate(answers);
  const version = answers.version || undefined;
  try {
    const start = performance.now();
    const applicant = parseApplicant(toApplicantInput(answers));
    const assessment = assess(applicant, { date, version });
    // One entry at a time: a PerformanceObserver sees each, and a long session does not pile them up.
    performance.clearMeasures('hujifen:assess');
    performance.measure('hujifen:assess', { start, end: performance.now() });
    return { kind: 'ok', assessment, applicant, date, version };
  } catch (e) {
    if (e instanceof ValidationError) return { kind: 'invalid', issues: e.issues };
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

export function useOutcome(answers: Answers): Outcome {
  return useMemo(() => evaluate(answers), [answers]);
}

/**
 * What waiting alone changes in the coming year, for a result: the planner's near miss (about a dozen more
 * assessments, outside the "hujifen:assess" measure). None for a pinned version: the planner follows the
 * version in force on each date.
 */
export function nearMissOf(ok: Extract<Outcome, { kind: 'ok' }>): NearMiss | null {
  if (ok.version) return null;
  try {
    return nearMiss(ok.applicant, { date: ok.date });
  } catch {
    return null;
  }
}
