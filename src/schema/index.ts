import { type Applicant, applicant } from './applicant.ts';
import { toFieldIssues, ValidationError } from './errors.ts';

export * from './applicant.ts';
export { type FieldIssue, toFieldIssues, ValidationError } from './errors.ts';

/** Validates raw input at the edge; throws a ValidationError naming every bad field in zh and en. */
export function parseApplicant(input: unknown): Applicant {
  const result = applicant.safeParse(input, { reportInput: true });
  if (!result.success) throw new ValidationError(toFieldIssues(result.error));
  return result.data;
}
