import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret for cookies, invitation links and API tokens: 256 bits, URL-safe. */
export function randomSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * Secrets are stored only as their SHA-256. They are 256-bit random values, so a fast hash is enough
 * (unlike passwords): a leaked table gives no usable session, link or token.
 */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Constant-time string comparison (for the CSRF double submit). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
