import { requireRole } from '../auth/require-role.ts';
import { newRouter } from '../http/router.ts';
import { accountSecurity } from '../http/schemas.ts';
import type { Services } from '../services.ts';

/** What every case route file starts from: its router, the viewer and staff guards, the OpenAPI fields they share. */
export function caseRouter(svc: Services) {
  return {
    router: newRouter(),
    viewer: requireRole(svc, 'viewer'),
    staff: requireRole(svc, 'staff'),
    common: { tags: ['cases'], security: accountSecurity },
  };
}
