import type { z } from 'zod';
import type { ApplicantInput, certificate, education, siMonth } from '../../../src/applicant/applicant.ts';

/** The form's rows, typed from the applicant's zod schema (what a caller may send, before defaults). */
export type EducationInput = z.input<typeof education>;
export type CertificateInput = z.input<typeof certificate>;
export type SiMonthInput = z.input<typeof siMonth>;
export type RecordInput = NonNullable<ApplicantInput['records']>[number];
export type AwardInput = NonNullable<ApplicantInput['awards']>[number];
export type RemoteAreaInput = NonNullable<ApplicantInput['remoteArea']>[number];
export type PublicServiceInput = NonNullable<ApplicantInput['publicService']>[number];
