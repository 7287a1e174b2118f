import { z } from '@hono/zod-openapi';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../core/password.ts';
import { roleSchema } from './schemas.ts';

/** Response shapes of people and organisations (the repositories' types, described for OpenAPI). */

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    createdAt: z.string(),
    disabledAt: z.string().nullable(),
  })
  .meta({ id: 'User' });

export const organisationSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string() }).meta({ id: 'Organisation' });

export const emailSchema = z.email().max(254);
/** Length only: strength (a common or patterned password is refused) is checked in the route, with a message that says why. */
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH)
  .max(MAX_PASSWORD_LENGTH)
  .describe('12 to 200 characters, not common or easy to guess (zxcvbn score ≥ 3)');
export const personNameSchema = z.string().trim().min(1).max(100);

export const sessionSchema = z
  .object({
    user: userSchema,
    organisation: organisationSchema,
    csrfToken: z.string().describe('also in the readable `csrf` cookie; send it as X-CSRF-Token on POST/PUT/PATCH/DELETE'),
  })
  .meta({ id: 'Session' });

export const invitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: roleSchema,
    invitedBy: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
    acceptedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'Invitation' });
