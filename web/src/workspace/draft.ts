import type { ApplicantInput } from '../../../src/applicant/applicant.ts';
import { type Answers, toApplicantInput } from '../state/answers.ts';
import { sameFacts } from './facts-diff.ts';

/** What a save sends and a saved case holds: compared to tell whether the form has unsaved changes. */
export interface Draft {
  label: string;
  reference: string;
  facts: ApplicantInput;
}

export function draftOf(label: string, reference: string, answers: Answers): Draft {
  return { label: label.trim(), reference: reference.trim(), facts: toApplicantInput(answers) };
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return a.label === b.label && a.reference === b.reference && sameFacts(a.facts, b.facts);
}
