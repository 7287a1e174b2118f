import { z } from 'zod';
import { type Applicant, applicant } from './applicant.ts';
import { toFieldIssues, ValidationError } from './errors.ts';

export * from './applicant.ts';
export { type FieldIssue, toFieldIssues, ValidationError } from './errors.ts';
export * from './hukou.ts';

let parser: typeof applicant | undefined;

/**
 * The applicant schema with zod's ahead-of-time compiled fast path (z.compile): valid input costs a third or less.
 * Whatever the fast path does not accept, zod's ordinary parser parses again, so the errors are its own. Compiled on
 * first use, and only where zod may use `new Function`: under `jitless` (the web app's CSP) the plain parser stays.
 */
export function applicantParser(): typeof applicant {
  parser ??= z.config().jitless ? applicant : z.compile(applicant);
  return parser;
}

/** Validates raw input at the edge; throws a ValidationError naming every bad field in zh and en. */
export function parseApplicant(input: unknown): Applicant {
  // No reportInput: it turns off zod's compiled fast path and doubles the cost; errors.ts reads absence from the message.
  const result = applicantParser().safeParse(input);
  if (!result.success) throw new ValidationError(toFieldIssues(result.error));
  return result.data;
}
