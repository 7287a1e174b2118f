import type { Role } from '../db/schema.ts';
import type { Lang } from './lang.ts';

/** Who is calling: a signed-in user (cookie session) or an integrator (API token). */
export interface Caller {
  orgId: string;
  role: Role;
  /** The user, for sessions; null for API tokens. */
  userId: string | null;
  /** The token, for API-token requests; null for sessions. */
  tokenId: string | null;
  /** The session row id (hash), for cookie sessions. */
  sessionId: string | null;
  csrfHash: string | null;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    lang: Lang;
    caller: Caller | undefined;
  };
}

/** The id recorded as author of a change: the user, or the token acting for the organisation. */
export function actorId(caller: Caller): string {
  return caller.userId ?? `token:${caller.tokenId}`;
}
