/** The engine's public surface: pure functions, no I/O, the same in Node and in a browser. */
export { type AssessOptions, assess } from './assess.ts';
export type * from './types.ts';
export { chooseVersion } from './version.ts';
export { parseApplicant, ValidationError, type FieldIssue, type Applicant, type ApplicantInput } from '../schema/index.ts';
