import { swaggerUI } from '@hono/swagger-ui';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/env.ts';

/**
 * Swagger UI loads its script and stylesheet from the jsDelivr CDN (@hono/swagger-ui has no local
 * copy, and swagger-ui-dist is not a dependency). The version is pinned and each file carries its
 * Subresource Integrity hash — computed from the npm tarball, which jsDelivr serves byte for byte —
 * so a changed file is refused by the browser. Only /docs relaxes the CSP, and only for that origin.
 * Offline, /docs stays blank; /openapi.json always works.
 */
const SWAGGER_UI_VERSION = '5.35.0';
const CDN = 'https://cdn.jsdelivr.net';
const INTEGRITY: Record<string, string> = {
  'swagger-ui-bundle.js': 'sha384-gjRm0bEPMeTmMh5jT2cHccIwCUZSTd8YC+j0d0sXw0MdGEfScduGpSyF3ZSSLkX9',
  'swagger-ui.css': 'sha384-WlYgdmXYOOBWL5apwjDEZwN+U3HmXSSu5R6V5aGxEcf7z+KuRNwBhoxKVN1i3D5I',
};

export const DOCS_CSP = [
  "default-src 'self'",
  `script-src 'self' ${CDN}`,
  // Swagger UI sets style attributes at run time.
  `style-src 'self' 'unsafe-inline' ${CDN}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

function integrity(url: string): string {
  const file = url.slice(url.lastIndexOf('/') + 1);
  const hash = INTEGRITY[file];
  return hash ? ` integrity="${hash}"` : '';
}

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
        'Rules as code for Shanghai residence-permit points (上海市居住证积分). Errors are RFC 9457 problem details in Chinese or English (Accept-Language). See docs/api.md.',
    },
    tags: [
      { name: 'assessment', description: 'Stateless scoring, planning and batch' },
      { name: 'policy' },
      { name: 'catalog' },
      { name: 'auth' },
      { name: 'cases', description: 'Stored applicants and their history (account needed)' },
      { name: 'organisation', description: 'Users, invitations, API tokens, audit log (owners)' },
      { name: 'health' },
    ],
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'cookieSession', { type: 'apiKey', in: 'cookie', name: 'hjf_session' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'csrfHeader', {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: 'the value of the `csrf` cookie; required with the session cookie on POST, PUT, PATCH and DELETE',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'an API token (hjf_…) from POST /api/v1/tokens',
  });

  app.get('/docs/init.js', (c) => c.body(INIT_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/docs', async (c, next) => {
    c.header('Content-Security-Policy', DOCS_CSP);
    await next();
  });
  app.get(
    '/docs',
    swaggerUI({
      url: '/openapi.json',
      title: 'hujifen API',
      version: SWAGGER_UI_VERSION,
      baseUrl: `${CDN}/npm`,
      manuallySwaggerUIHtml: (asset) =>
        [
          '<div id="swagger-ui"></div>',
          ...asset.css.map((url) => `<link rel="stylesheet" href="${url}"${integrity(url)} crossorigin="anonymous" />`),
          ...asset.js.map((url) => `<script src="${url}"${integrity(url)} crossorigin="anonymous"></script>`),
          '<script src="/docs/init.js"></script>',
        ].join('\n'),
    }),
  );
}
