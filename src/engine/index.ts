/** The engine's public surface: pure functions, no I/O, the same in Node and in a browser. */

export { type Applicant, type ApplicantInput, type FieldIssue, parseApplicant, ValidationError } from '../applicant/index.ts';
export { chooseVersion } from '../policy/version.ts';
export { type AssessOptions, assess } from './assess.ts';
export type * from './indicators/title-skill/types.ts';
export { certificateVerdict } from './indicators/title-skill/verdict.ts';
export type * from './types.ts';
