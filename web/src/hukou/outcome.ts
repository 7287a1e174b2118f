import type { ApplicantInput } from '../../../src/applicant/applicant.ts';
import { type FieldIssue, parseApplicant, ValidationError } from '../../../src/applicant/index.ts';
import { msg, type Said } from '../../../src/core/message.ts';
import { assessHukou, type HukouAssessment } from '../../../src/hukou/index.ts';
import { hukouRules } from '../../../src/policy/hukou.ts';
import { type Answers, assessmentDate, toApplicantInput } from '../state/answers.ts';
import { onePerField, withoutProblems } from '../state/partial.ts';

export type HukouOutcome =
  | { kind: 'empty' }
  /** The answer; `issues` are the answers left out of it (each said beside its field). */
  | { kind: 'ok'; answer: HukouAssessment; input: ApplicantInput; issues: FieldIssue[]; given: ApplicantInput }
  /** A problem in an answer that cannot be left out (the birth date): no answer. */
  | { kind: 'invalid'; issues: FieldIssue[]; given: ApplicantInput }
  | { kind: 'error'; message: Said };

/**
 * The answers without their bad parts. A bad 居转户 record (a permit with no start) leaves out that record only,
 * not every 居转户 fact as the calculator's rule would (it drops a whole optional section).
 */
export function withoutHukouProblems(input: ApplicantInput, issues: readonly FieldIssue[]): ApplicantInput | null {
  const hukou: Record<string, unknown> = { ...(input.hukou ?? {}) };
  const rest: FieldIssue[] = [];
  for (const issue of issues) {
    const m = /^hukou\.([A-Za-z]+)(?:\[(\d+)\])?/.exec(issue.path);
    if (!m?.[1]) {
      rest.push(issue);
      continue;
    }
    const list = hukou[m[1]];
    if (m[2] !== undefined && Array.isArray(list)) hukou[m[1]] = list.map((x, i) => (i === Number(m[2]) ? undefined : x));
    else delete hukou[m[1]];
  }
  for (const [k, v] of Object.entries(hukou)) if (Array.isArray(v)) hukou[k] = v.filter((x) => x !== undefined);
  return withoutProblems({ ...input, hukou }, rest);
}

/**
 * 居转户 for the calculator's answers, in the browser (nothing is sent): the same applicant schema, the assessment
 * date of the calculator. The points scheme's version and readings are not the 居转户 rules': the defaults apply.
 */
export function hukouOutcome(answers: Answers): HukouOutcome {
  if (!answers.applicant.birthDate) return { kind: 'empty' };
  const given = toApplicantInput(answers);
  const date = assessmentDate(answers);
  const assess = (input: ApplicantInput, issues: FieldIssue[]): HukouOutcome => {
    if (date < hukouRules.scheme.from) return { kind: 'error', message: msg('hukou:beforeScheme', { from: hukouRules.scheme.from }) };
    return { kind: 'ok', answer: assessHukou(parseApplicant(input), { date }), input, issues, given };
  };
  try {
    return assess(given, []);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const issues = onePerField(e.issues);
    const rest = withoutHukouProblems(given, issues);
    if (!rest) return { kind: 'invalid', issues, given };
    try {
      return assess(rest, issues);
    } catch {
      return { kind: 'invalid', issues, given };
    }
  }
}
