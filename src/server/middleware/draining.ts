import type { MiddlewareHandler } from 'hono';

/**
 * While the server shuts down, every response says `Connection: close`: the client does not reuse the
 * connection, so the server can close as soon as the response is out.
 */
export function closeWhenDraining(lifecycle: { draining: boolean }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (lifecycle.draining) c.header('Connection', 'close');
  };
}
