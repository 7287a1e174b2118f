import type { Context } from 'hono';
import { recordAudit } from '../repos/audit.ts';
import type { Services } from '../services.ts';
import type { AppEnv, Caller } from './env.ts';

/** Records who did what to which object, for the organisation's audit log. Never stores personal data. */
export function audit(
  c: Context<AppEnv>,
  svc: Services,
  caller: Caller,
  action: string,
  targetType: string,
  targetId: string | null,
): Promise<void> {
  return recordAudit(svc.db, {
    orgId: caller.orgId,
    actorUserId: caller.userId,
    actorTokenId: caller.tokenId,
    action,
    targetType,
    targetId,
    requestId: c.get('requestId'),
  });
}
