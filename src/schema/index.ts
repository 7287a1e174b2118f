import { type Applicant, applicant } from './applicant.ts';
import { toFieldIssues, ValidationError } from './errors.ts';

export * from './applicant.ts';
export { type FieldIssue, toFieldIssues, ValidationError } from './errors.ts';

/** Validates raw input at the edge; throws a ValidationError naming every bad field in zh and en. */
export function parseApplicant(input: unknown): Applicant {
  // No reportInput: it turns off zod's compiled fast path and doubles the cost; errors.ts reads absence from the message.
  const result = applicant.safeParse(input);
  if (!result.success) throw new ValidationError(toFieldIssues(result.error));
  return result.data;
}
