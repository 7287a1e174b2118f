import type { ApplicantInput } from '../../../../src/applicant/applicant.ts';
import type { Answers } from '../../state/answers.ts';

/**
 * Sections update only their own slice through these stable callbacks, so a memoised section whose slice did
 * not change skips rendering: a keystroke in one field re-renders that section and the result, not the form.
 */
export type PatchAnswers = (patch: Partial<Answers>) => void;
export type PatchApplicant = (patch: Partial<ApplicantInput>) => void;

/** One empty list for every absent list, so "absent" keeps its identity from render to render. */
export const NONE: never[] = [];

/** Sets or removes an optional key: "not sure" must leave the fact out, not store `undefined` in a shared link. */
export function withOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const next = { ...obj };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
