import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { swaggerUI } from '@hono/swagger-ui';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { msg } from '../../core/message.ts';
import { say } from '../../messages/catalogue.ts';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../auth/cookies.ts';
import type { AppEnv } from '../http/env.ts';

/**
 * Swagger UI is served from the swagger-ui-dist package itself, so /docs works offline and on closed networks,
 * and the page needs no third-party origin: scripts and styles come from 'self' only.
 */
const ASSETS: Record<string, string> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
};
const assetCache = new Map<string, string>();
const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

function asset(file: string): string {
  let body = assetCache.get(file);
  if (body === undefined) {
    body = readFileSync(join(swaggerDir, file), 'utf8');
    assetCache.set(file, body);
  }
  return body;
}

export const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Swagger UI sets style attributes at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The initialiser lives in its own file: the CSP allows no inline script. */
const INIT_JS = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', validatorUrl: null, deepLinking: true });
});
`;

export function docsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'hujifen API',
      version: '1',
      description:
        `${say('en', msg('server:openapi.scheme'))}. Errors are RFC 9457 problem details in Chinese or English (Accept-Language). ` +
        'Each operation says who may call it (`security`: none, optional, or the session cookie or an API token) and the problems it can answer with. See docs/api.md.',
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    },
    // Relative: the server that serves this document, wherever it is deployed (behind a proxy too).
    servers: [{ url: '/', description: 'the server that serves this document' }],
    tags: [
      { name: 'assessment', description: 'Stateless scoring, planning and batch' },
      { name: 'policy', description: 'The rules in force on a date, their versions, articles and sources' },
      { name: 'catalog', description: 'Skill-occupation, qualification and shortage-major catalogues' },
      { name: 'auth', description: 'Sign-up, sign-in, the session and your own account' },
      { name: 'cases', description: 'Stored applicants and their history (account needed)' },
      { name: 'organisation', description: 'Users, invitations, API tokens, audit log (owners)' },
      { name: 'health', description: 'Liveness and readiness probes' },
    ],
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'cookieSession', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'the session cookie set by sign-up, sign-in and accepting an invitation (the web app)',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'csrfHeader', {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description: `the value of the \`${CSRF_COOKIE}\` cookie; required with the session cookie on POST, PUT, PATCH and DELETE`,
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'an API token (hjf_…) from POST /api/v1/tokens',
  });

  app.get('/docs/init.js', (c) => c.body(INIT_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  for (const [file, type] of Object.entries(ASSETS)) {
    app.get(`/docs/${file}`, (c) => c.body(asset(file), 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' }));
  }
  app.get('/docs', async (c, next) => {
    c.header('Content-Security-Policy', DOCS_CSP);
    await next();
  });
  app.get(
    '/docs',
    swaggerUI({
      url: '/openapi.json',
      title: 'hujifen API',
      manuallySwaggerUIHtml: () =>
        [
          '<div id="swagger-ui"></div>',
          '<link rel="stylesheet" href="/docs/swagger-ui.css" />',
          '<script src="/docs/swagger-ui-bundle.js"></script>',
          '<script src="/docs/init.js"></script>',
        ].join('\n'),
    }),
  );
}
