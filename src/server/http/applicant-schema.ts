import { applicant as applicantSchema } from '../../applicant/index.ts';

/**
 * The applicant schema of src/schema, unchanged, named for OpenAPI: it appears once under
 * components/schemas/Applicant and every route refers to it.
 */
export const applicant = applicantSchema.meta({ id: 'Applicant' });

export { isoDate } from '../../applicant/primitives.ts';
