import { randomSecret, sha256 } from '../auth/secrets.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { ApiTokenRow, Role } from '../db/schema.ts';
import type { Db } from '../db/types.ts';

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface TokenCaller {
  id: string;
  orgId: string;
  role: Role;
  lastUsedAt: string | null;
}

function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.prefix,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** The `hjf_` prefix lets secret scanners recognise a leaked token. */
export const TOKEN_PREFIX = 'hjf_';

export async function createApiToken(
  db: Db,
  input: { orgId: string; createdBy: string; name: string; role: Role; expiresAt: string | null },
): Promise<{ token: string; apiToken: ApiToken }> {
  const token = randomSecret(TOKEN_PREFIX);
  const row: ApiTokenRow = {
    id: newId(),
    org_id: input.orgId,
    created_by: input.createdBy,
    name: input.name,
    role: input.role,
    token_hash: sha256(token),
    prefix: token.slice(0, 10),
    created_at: nowIso(),
    expires_at: input.expiresAt,
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto('api_tokens').values(row).execute();
  return { token, apiToken: toApiToken(row) };
}

export async function listApiTokens(db: Db, orgId: string): Promise<ApiToken[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('org_id', '=', orgId).orderBy('id', 'desc').execute();
  return rows.map(toApiToken);
}

/** The live token with this secret: not revoked, not expired. */
export async function findLiveToken(db: Db, token: string): Promise<TokenCaller | undefined> {
  const now = nowIso();
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'org_id', 'role', 'last_used_at'])
    .where('token_hash', '=', sha256(token))
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
  return row && { id: row.id, orgId: row.org_id, role: row.role, lastUsedAt: row.last_used_at };
}

export async function touchApiToken(db: Db, id: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: nowIso() }).where('id', '=', id).execute();
}

export async function revokeApiToken(db: Db, orgId: string, id: string): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Revokes every live token the user created (or a token of theirs created); returns the ids revoked. */
export async function revokeTokensOf(db: Db, orgId: string, userId: string): Promise<string[]> {
  const rows = await db
    .updateTable('api_tokens')
    .set({ revoked_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('created_by', '=', userId)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
