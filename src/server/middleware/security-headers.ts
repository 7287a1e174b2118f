import type { MiddlewareHandler } from 'hono';
import { isHttps } from '../auth/cookies.ts';
import type { ServerConfig } from '../config.ts';

/** Same-origin only: no third-party script, style, frame or connection; nobody may frame the app. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: [string, string][] = [
  ['Content-Security-Policy', STRICT_CSP],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];

/**
 * Security headers on every response (HSTS when served over https), set before the handler runs: a route that needs another policy
 * (the API docs page) overrides Content-Security-Policy with c.header(). API answers are never cached.
 */
export function securityHeaders(config: ServerConfig): MiddlewareHandler {
  return async (c, next) => {
    for (const [name, value] of HEADERS) c.header(name, value);
    // HSTS only means something over https; browsers ignore it on plain http.
    if (isHttps(c, config)) c.header('Strict-Transport-Security', 'max-age=31536000');
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
    await next();
  };
}
