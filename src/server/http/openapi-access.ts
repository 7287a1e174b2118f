import type { ProblemKind } from './problem.ts';

/**
 * Who may call a route, as OpenAPI security requirements (the schemes are declared in routes/docs.ts), and
 * the problems that follow from it. Every operation declares one of these: the lint test fails on a route
 * without.
 */
type Requirement = Record<string, string[]>;

/** No account: no credentials are read. */
export const PUBLIC: Requirement[] = [];
/** Open to all (`{}`); a session cookie or an API token raises the limits. No CSRF header: nothing stored changes. */
export const OPTIONAL_ACCOUNT: Requirement[] = [{}, { cookieSession: [] }, { bearerToken: [] }];
/** A member reads (GET): the session cookie or an API token. */
export const MEMBER_READ: Requirement[] = [{ cookieSession: [] }, { bearerToken: [] }];
/** A member changes something: the session cookie with the CSRF header, or an API token. */
export const MEMBER_WRITE: Requirement[] = [{ cookieSession: [], csrfHeader: [] }, { bearerToken: [] }];
/** Owners only, or the caller's own account: an API token never acts as owner or as a person, so a session only. */
export const SESSION_READ: Requirement[] = [{ cookieSession: [] }];
export const SESSION_WRITE: Requirement[] = [{ cookieSession: [], csrfHeader: [] }];

/** A JSON body: not JSON (400), over the size limit (413), another type or charset (415), a bad field (422). */
export const JSON_BODY: ProblemKind[] = ['malformed', 'tooLarge', 'unsupportedMediaType', 'validation'];
/** Behind requireRole: no or bad credentials (401), the database down (503). */
export const SIGNED_IN: ProblemKind[] = ['unauthenticated', 'unavailable'];
/** Behind requireRole on an unsafe method: also a cookie session without the CSRF header (403). */
export const SIGNED_IN_WRITE: ProblemKind[] = [...SIGNED_IN, 'csrf'];
