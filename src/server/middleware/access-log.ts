import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';
import type { AppEnv } from '../http/env.ts';

/**
 * One line per request: method, route pattern (never the raw URL: it may hold a token or a search
 * term), status, duration, organisation and request id. Bodies are never logged.
 */
export function accessLog(logger: Logger): MiddlewareHandler<AppEnv> {
  // The entry is built below from fields that never hold personal data, so its line skips the logger's
  // redaction (the safety net of every other log call), which costs four times the rest of the line.
  const lines = logger.child({}, { redact: [] });
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const status = c.res.status;
      const entry = {
        requestId: c.get('requestId'),
        method: c.req.method,
        route: routePath(c, -1),
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        org: c.get('caller')?.orgId,
      };
      if (status >= 500) lines.error(entry, 'request');
      else lines.info(entry, 'request');
    }
  };
}
