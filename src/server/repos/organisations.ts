import { newId, nowIso } from '../db/ids.ts';
import type { Db } from '../db/types.ts';

export interface Organisation {
  id: string;
  name: string;
  createdAt: string;
}

export async function createOrganisation(db: Db, name: string): Promise<Organisation> {
  const row = { id: newId(), name, created_at: nowIso() };
  await db.insertInto('organisations').values(row).execute();
  return { id: row.id, name: row.name, createdAt: row.created_at };
}

export async function getOrganisation(db: Db, id: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, name: row.name, createdAt: row.created_at };
}
