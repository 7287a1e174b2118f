import { createRoute, z } from '@hono/zod-openapi';
import { msg } from '../../core/message.ts';
import { PUBLIC } from '../http/openapi-access.ts';
import { ProblemError } from '../http/problem.ts';
import { newRouter } from '../http/router.ts';
import { json, problems } from '../http/schemas.ts';
import type { Services } from '../services.ts';

const live = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'checkLiveness',
  tags: ['health'],
  security: PUBLIC,
  summary: 'The process is up (liveness)',
  responses: { 200: json(z.object({ status: z.literal('ok') }), 'Up') },
});

const ready = createRoute({
  method: 'get',
  path: '/readyz',
  operationId: 'checkReadiness',
  tags: ['health'],
  security: PUBLIC,
  summary: 'The database answers and the instance is not shutting down (readiness)',
  responses: {
    200: json(z.object({ status: z.literal('ready'), database: z.enum(['sqlite', 'postgres']) }), 'Ready'),
    ...problems('unavailable'),
  },
});

export function healthRoutes(svc: Services, lifecycle: { draining: boolean }) {
  const router = newRouter();
  router.openapi(live, (c) => c.json({ status: 'ok' as const }, 200));
  router.openapi(ready, async (c) => {
    if (lifecycle.draining) throw new ProblemError('unavailable', { detail: msg('server:detail.draining') });
    try {
      await svc.database.ping();
    } catch {
      throw new ProblemError('unavailable', { detail: msg('server:detail.databaseDown') });
    }
    return c.json({ status: 'ready' as const, database: svc.database.backend }, 200);
  });
  return router;
}
