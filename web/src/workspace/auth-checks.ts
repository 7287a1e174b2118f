import { z } from 'zod';
import { type Msg, msg } from '../../../src/core/message.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../../src/core/password.ts';

/**
 * What the sign-up, sign-in and password forms can tell before sending: the server checks the same and more (a
 * password's strength needs its word lists, which stay on the server), and says why in its answer.
 */

/** The server's own test of an address (zod's), so that what passes here passes there. */
const email = z.email();

export function emailProblem(value: string): Msg | null {
  if (!value.trim()) return msg('web-workspace:auth.required');
  return email.safeParse(value.trim()).success ? null : msg('web-workspace:auth.emailInvalid');
}

/** Counted in characters as the server counts them (code points: an emoji is one). */
export function newPasswordProblem(value: string): Msg | null {
  const length = [...value].length;
  if (length < MIN_PASSWORD_LENGTH) return msg('web-workspace:auth.passwordShort', { min: MIN_PASSWORD_LENGTH, length });
  if (length > MAX_PASSWORD_LENGTH) return msg('web-workspace:auth.passwordLong', { max: MAX_PASSWORD_LENGTH });
  return null;
}

export function confirmationProblem(password: string, again: string): Msg | null {
  return password === again ? null : msg('web-workspace:auth.mismatch');
}

export function requiredProblem(value: string): Msg | null {
  return value.trim() ? null : msg('web-workspace:auth.required');
}

export const passwordHint = msg('web-workspace:auth.passwordHint', { min: MIN_PASSWORD_LENGTH });
