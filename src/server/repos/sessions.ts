import { randomSecret, sha256 } from '../auth/secrets.ts';
import { nowIso } from '../db/ids.ts';
import type { Role } from '../db/schema.ts';
import type { Db } from '../db/types.ts';

export interface NewSession {
  /** Cookie value: only its hash is stored. */
  token: string;
  /** CSRF token for the readable cookie; its hash is stored with the session. */
  csrf: string;
  expiresAt: string;
}

export interface ActiveSession {
  id: string;
  userId: string;
  orgId: string;
  role: Role;
  csrfHash: string;
  expiresAt: string;
}

/** Starts a session; expired ones are pruned on the way (sign-ins are rare enough, and no scheduler is needed). */
export async function createSession(db: Db, userId: string, orgId: string, ttlMs: number): Promise<NewSession> {
  await pruneExpiredSessions(db);
  const token = randomSecret();
  const csrf = randomSecret();
  const expiresAt = new Date(Date.now() + ttlMs).toISOString();
  await db
    .insertInto('sessions')
    .values({ id: sha256(token), user_id: userId, org_id: orgId, csrf_hash: sha256(csrf), created_at: nowIso(), expires_at: expiresAt })
    .execute();
  return { token, csrf, expiresAt };
}

/** The unexpired session of an active user, with the user's current role (a role change applies at once). */
export async function findSession(db: Db, token: string): Promise<ActiveSession | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.user_id', 'sessions.org_id', 'sessions.csrf_hash', 'sessions.expires_at', 'users.role'])
    .where('sessions.id', '=', sha256(token))
    .where('sessions.expires_at', '>', nowIso())
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return row && { id: row.id, userId: row.user_id, orgId: row.org_id, role: row.role, csrfHash: row.csrf_hash, expiresAt: row.expires_at };
}

export async function extendSession(db: Db, id: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function pruneExpiredSessions(db: Db): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', nowIso()).execute();
}

/** Ends every session of the user but one (the caller's own); returns how many ended. */
export async function deleteOtherSessions(db: Db, userId: string, keepId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
