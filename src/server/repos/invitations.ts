import { randomSecret, sha256 } from '../auth/secrets.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { InvitationRow, Role } from '../db/schema.ts';
import type { Db } from '../db/types.ts';
import { normaliseEmail } from './users.ts';

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
  };
}

export async function createInvitation(
  db: Db,
  input: { orgId: string; email: string; role: Role; invitedBy: string; ttlMs: number },
): Promise<{ invitation: Invitation; token: string }> {
  const token = randomSecret('inv_');
  const row: InvitationRow = {
    id: newId(),
    org_id: input.orgId,
    email: normaliseEmail(input.email),
    role: input.role,
    token_hash: sha256(token),
    invited_by: input.invitedBy,
    created_at: nowIso(),
    expires_at: new Date(Date.now() + input.ttlMs).toISOString(),
    accepted_at: null,
    revoked_at: null,
  };
  await db.insertInto('invitations').values(row).execute();
  return { invitation: toInvitation(row), token };
}

export async function listInvitations(db: Db, orgId: string): Promise<Invitation[]> {
  const rows = await db.selectFrom('invitations').selectAll().where('org_id', '=', orgId).orderBy('id', 'desc').execute();
  return rows.map(toInvitation);
}

/** An invitation that can still be accepted: not accepted, not revoked, not expired. */
export async function findOpenInvitation(db: Db, token: string): Promise<(Invitation & { orgId: string }) | undefined> {
  const row = await db
    .selectFrom('invitations')
    .selectAll()
    .where('token_hash', '=', sha256(token))
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso())
    .executeTakeFirst();
  return row && { ...toInvitation(row), orgId: row.org_id };
}

/** Marks it accepted; false when another request accepted it first. */
export async function markAccepted(db: Db, id: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: nowIso() })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Revokes an open invitation of this organisation; false when there is none with this id. */
export async function revokeInvitation(db: Db, orgId: string, id: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Revokes the open invitations these actors (a user id, `token:<id>`) created; returns the ids revoked. */
export async function revokeInvitationsBy(db: Db, orgId: string, inviters: string[]): Promise<string[]> {
  if (!inviters.length) return [];
  const rows = await db
    .updateTable('invitations')
    .set({ revoked_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('invited_by', 'in', inviters)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
