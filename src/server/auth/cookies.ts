import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ServerConfig } from '../config.ts';

export const SESSION_COOKIE = 'hjf_session';
/** Readable by the page's script, which echoes it in X-CSRF-Token (double submit). */
export const CSRF_COOKIE = 'csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** Secure cookies when the request came over https (directly, or per a trusted proxy). */
export function isHttps(c: Context, config: ServerConfig): boolean {
  if (config.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    if (proto) return proto === 'https';
  }
  // The adapter builds the URL from the socket's scheme; a prefix test spares parsing it on every request.
  return c.req.url.startsWith('https:');
}

export function setSessionCookies(c: Context, config: ServerConfig, session: { token: string; csrf: string; expiresAt: string }): void {
  const common = { path: '/', sameSite: 'Lax' as const, secure: isHttps(c, config), expires: new Date(session.expiresAt) };
  setCookie(c, SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  setCookie(c, CSRF_COOKIE, session.csrf, { ...common, httpOnly: false });
}

/** Re-sends both cookies with a later expiry (sliding session). */
export function extendSessionCookies(c: Context, config: ServerConfig, expiresAt: string): void {
  const token = getCookie(c, SESSION_COOKIE);
  const csrf = getCookie(c, CSRF_COOKIE);
  if (token && csrf) setSessionCookies(c, config, { token, csrf, expiresAt });
}

export function clearSessionCookies(c: Context, config: ServerConfig): void {
  const common = { path: '/', sameSite: 'Lax' as const, secure: isHttps(c, config) };
  deleteCookie(c, SESSION_COOKIE, common);
  deleteCookie(c, CSRF_COOKIE, common);
}
