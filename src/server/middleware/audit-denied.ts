import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { recordAudit } from '../repos/audit.ts';
import type { Services } from '../services.ts';

/** Our ids (UUIDv7): anything else in a path (a typed ID number, say) is never written to the audit log. */
const OUR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Audits what a signed-in caller was refused: 403 (role, CSRF) as `access.denied`, 404 on an object path
 * (another organisation's id looks exactly like a missing one) as `access.not_found`. Ids only: the kind of
 * object from the path and its id when it is one of ours, never anything else from the request.
 */
export function auditDenied(svc: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const status = c.res.status;
    const caller = c.get('caller');
    if (!caller || (status !== 403 && status !== 404)) return;
    const [kind = 'api', id] = c.req.path.replace(/^\/api\/v1\//, '').split('/');
    if (status === 404 && !id) return;
    try {
      await recordAudit(svc.db, {
        orgId: caller.orgId,
        actorUserId: caller.userId,
        actorTokenId: caller.tokenId,
        action: status === 403 ? 'access.denied' : 'access.not_found',
        targetType: kind.slice(0, 40),
        targetId: id && OUR_ID.test(id) ? id : null,
        requestId: c.get('requestId'),
      });
    } catch (error) {
      // The refusal stands either way; a failed audit write is worth a warning, not a different answer.
      svc.logger.warn({ requestId: c.get('requestId'), err: { name: (error as Error).name } }, 'audit of a refusal failed');
    }
  };
}
