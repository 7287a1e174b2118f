import { z } from '@hono/zod-openapi';

/** An entry of the audit log as GET /audit answers it: ids only, never personal data. */
export const auditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorTokenId: z.string().nullable(),
    action: z.string().describe('e.g. case.read, case.update, assessment.create, user.role, token.create, auth.login_failed'),
    targetType: z.string(),
    targetId: z.string().nullable(),
    requestId: z.string(),
  })
  .meta({ id: 'AuditEntry' });
