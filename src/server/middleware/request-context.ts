import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { negotiateLang } from '../http/lang.ts';

const INCOMING_ID = /^[\w.-]{1,64}$/;

/**
 * Gives every request an id (a proxy's X-Request-Id is kept when it looks sane) and a language;
 * both are echoed in the response so a problem report can be matched with the log line.
 */
export function requestContext(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const id = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', id);
    c.set('lang', negotiateLang(c.req.header('accept-language')));
    c.header('X-Request-Id', id);
    // API answers (problems, batch sheets) depend on the language; static files do not.
    if (c.req.path.startsWith('/api/')) c.header('Vary', 'Accept-Language', { append: true });
    await next();
  };
}
