import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';

/** Paths the web app never owns: unknown ones there get a problem, not index.html. */
const SERVER_PATHS = /^\/(api|docs|openapi\.json|healthz|readyz|problems)(\/|$)/;

/**
 * The built web app at /, when its index.html exists. Hashed files under /assets/ are cached for a year;
 * everything else (index.html) is revalidated so a new build shows at once. Any other GET that looks like
 * a page (no file extension) gets index.html: the app routes on the client.
 *
 * The build writes a brotli (.br) and a gzip (.gz) copy beside each text file (web/vite.config.ts);
 * serveStatic's `precompressed` sends the one the request's Accept-Encoding lists (br first), with its
 * Content-Encoding, and the file itself otherwise. Nothing is compressed per request.
 */
export function webRoutes(app: Hono<AppEnv>, webDir: string | undefined): boolean {
  if (!webDir || !existsSync(join(webDir, 'index.html'))) return false;
  const file = serveStatic({ root: webDir, precompressed: true });
  const index = serveStatic({ root: webDir, path: 'index.html', precompressed: true });
  const none = async () => {};
  app.get('*', async (c, next) => {
    if (SERVER_PATHS.test(c.req.path)) return next();
    const last = c.req.path.slice(c.req.path.lastIndexOf('/') + 1);
    let res = (await file(c, none)) as Response | undefined;
    if (!res && !last.includes('.')) res = (await index(c, none)) as Response | undefined;
    if (!res) return next();
    res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    // serveStatic says Vary only when it sent a compressed copy; a cache must also know the plain answer depends
    // on Accept-Encoding, or it could hand that plain copy to every later client.
    if (!/accept-encoding/i.test(res.headers.get('Vary') ?? '')) res.headers.append('Vary', 'Accept-Encoding');
    return res;
  });
  return true;
}
