import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { ServerConfig } from '../config.ts';

/**
 * The client's address. Behind a trusted proxy, the last X-Forwarded-For entry is the one that proxy
 * added (earlier entries come from the client and can be forged).
 */
export function clientIp(c: Context, config: ServerConfig): string {
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.split(',').pop()?.trim();
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}
