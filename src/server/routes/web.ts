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
 */
export function webRoutes(app: Hono<AppEnv>, webDir: string | undefined): boolean {
  if (!webDir || !existsSync(join(webDir, 'index.html'))) return false;
  const file = serveStatic({ root: webDir });
  const index = serveStatic({ root: webDir, path: 'index.html' });
  const none = async () => {};
  app.get('*', async (c, next) => {
    if (SERVER_PATHS.test(c.req.path)) return next();
    const last = c.req.path.slice(c.req.path.lastIndexOf('/') + 1);
    let res = (await file(c, none)) as Response | undefined;
    if (!res && !last.includes('.')) res = (await index(c, none)) as Response | undefined;
    if (!res) return next();
    res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    return res;
  });
  return true;
}
