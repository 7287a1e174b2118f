import { useEffect, useMemo, useState } from 'react';
import type { ApplicantInput } from '../../../src/applicant/applicant.ts';
import type { Applicant, Assessment, FieldIssue } from '../../../src/engine/index.ts';
import type { NearMiss } from '../../../src/planner/types.ts';
import { loadMessages } from '../i18n/index.ts';
import { type Answers, assessmentDate, toApplicantInput } from './answers.ts';
import { onePerField, withoutProblems } from './partial.ts';

export type Ok = {
  kind: 'ok';
  assessment: Assessment;
  applicant: Applicant;
  date: string;
  version: string | undefined;
  readings: Record<string, string>;
};

export type Outcome =
  | { kind: 'empty' }
  | { kind: 'loading' }
  /**
   * Some answers cannot be read: one issue per field, the answers as given (to word the issues), and the result of
   * everything else (`partial`, the bad records left out), or null when a needed answer is bad.
   */
  | { kind: 'invalid'; issues: FieldIssue[]; input: ApplicantInput; partial: Ok | null }
  | { kind: 'error'; message: string }
  | Ok;

type Engine = typeof import('./engine-chunk.ts');

/**
 * The engine (with the planner's near miss) is its own chunk, fetched when there is something to assess (a birth
 * date): an empty form paints without it, and it arrives while the first answers are typed. Loaded once; a failed fetch is retried on the
 * next change.
 */
let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;
function loadEngine(): Promise<Engine> {
  // The engine's words come with it: results are never shown before their messages.
  loading ??= Promise.all([import('./engine-chunk.ts'), loadMessages()]).then(
    ([m]) => {
      engine = m;
      return m;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/**
 * Runs the engine in the browser. Timed with the User Timing API ("hujifen:assess") so the benchmark can
 * read the engine's own share of a recompute without any debug hook in the page.
 */
export function evaluate(answers: Answers): Outcome {
  if (!answers.applicant.birthDate) return { kind: 'empty' };
  if (!engine) return { kind: 'loading' };
  const { assess, parseApplicant, ValidationError } = engine;
  const date = assessmentDate(answers);
  const version = answers.version || undefined;
  const { readings } = answers;
  const input = toApplicantInput(answers);
  try {
    const start = performance.now();
    const applicant = parseApplicant(input);
    const assessment = assess(applicant, { date, version, readings });
    // One entry at a time: a PerformanceObserver sees each, and a long session does not pile them up.
    performance.clearMeasures('hujifen:assess');
    performance.measure('hujifen:assess', { start, end: performance.now() });
    return { kind: 'ok', assessment, applicant, date, version, readings };
  } catch (e) {
    if (!(e instanceof ValidationError)) return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
    const issues = onePerField(e.issues);
    return { kind: 'invalid', issues, input, partial: partialOf(engine, input, issues, { date, version, readings }) };
  }
}

/** The result without the answers that have a problem; null when they cannot be left out or the rest fails too. */
function partialOf(e: Engine, input: ApplicantInput, issues: FieldIssue[], options: Pick<Ok, 'date' | 'version' | 'readings'>): Ok | null {
  const rest = withoutProblems(input, issues);
  if (!rest) return null;
  try {
    const applicant = e.parseApplicant(rest);
    return { kind: 'ok', assessment: e.assess(applicant, options), applicant, ...options };
  } catch {
    return null;
  }
}

export function useOutcome(answers: Answers): Outcome {
  const needed = Boolean(answers.applicant.birthDate);
  const [loaded, setLoaded] = useState<'no' | 'yes' | { failed: string }>(engine ? 'yes' : 'no');
  useEffect(() => {
    if (!needed || engine) return;
    let live = true;
    loadEngine().then(
      () => live && setLoaded('yes'),
      (e: unknown) => live && setLoaded({ failed: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [needed]);
  return useMemo<Outcome>(() => {
    if (typeof loaded === 'object' && needed && !engine) return { kind: 'error', message: loaded.failed };
    return evaluate(answers);
  }, [answers, loaded, needed]);
}

/**
 * What waiting alone changes in the coming year, for a result: the planner's near miss (about a dozen more
 * assessments, outside the "hujifen:assess" measure). None for a pinned version: the planner follows the
 * version in force on each date.
 */
export function nearMissOf(ok: Ok): NearMiss | null {
  // An 'ok' outcome exists only once the chunk has loaded.
  if (ok.version || !engine) return null;
  try {
    return engine.nearMiss(ok.applicant, { date: ok.date, readings: ok.readings });
  } catch {
    return null;
  }
}
