import { newId, nowIso } from '../db/ids.ts';
import type { Role, UserRow } from '../db/schema.ts';
import type { Db } from '../db/types.ts';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  disabledAt: string | null;
}

export function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: row.created_at, disabledAt: row.disabled_at };
}

/** E-mail addresses are compared case-insensitively: stored lower-cased and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createUser(
  db: Db,
  input: { orgId: string; email: string; name: string; role: Role; passwordHash: string },
): Promise<User> {
  const row: UserRow = {
    id: newId(),
    org_id: input.orgId,
    email: normaliseEmail(input.email),
    name: input.name,
    role: input.role,
    password_hash: input.passwordHash,
    created_at: nowIso(),
    disabled_at: null,
  };
  await db.insertInto('users').values(row).execute();
  return toUser(row);
}

export async function emailTaken(db: Db, email: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return !!row;
}

/** The active user with this e-mail, with the password hash (login only). */
export function findActiveByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).where('disabled_at', 'is', null).executeTakeFirst();
}

export async function getUser(db: Db, orgId: string, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function listUsers(db: Db, orgId: string): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().where('org_id', '=', orgId).orderBy('id').execute();
  return rows.map(toUser);
}

export async function setRole(db: Db, orgId: string, id: string, role: Role): Promise<void> {
  await db.updateTable('users').set({ role }).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function disableUser(db: Db, orgId: string, id: string): Promise<void> {
  await db.updateTable('users').set({ disabled_at: nowIso() }).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function countActiveOwners(db: Db, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('org_id', '=', orgId)
    .where('role', '=', 'owner')
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The active user's stored password hash (password change only). */
export async function passwordHashOf(db: Db, orgId: string, id: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function setPasswordHash(db: Db, id: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}
