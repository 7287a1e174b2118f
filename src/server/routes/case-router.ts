import { requireRole } from '../auth/require-role.ts';
import { newRouter } from '../http/router.ts';
import type { Services } from '../services.ts';

/**
 * What every case route file starts from: its router, the viewer and staff guards, the OpenAPI fields they share.
 * Each route declares its own `security` (MEMBER_READ or MEMBER_WRITE): a cookie session needs the CSRF header on writes only.
 */
export function caseRouter(svc: Services) {
  return {
    router: newRouter(),
    viewer: requireRole(svc, 'viewer'),
    staff: requireRole(svc, 'staff'),
    common: { tags: ['cases'] },
  };
}
