/** amcheck-free consistency checks of a PostgreSQL database: every foreign key and unique constraint holds. */
import assert from 'node:assert/strict';
import type { Postgres } from './postgres.ts';

interface Constraint {
  conname: string;
  contype: 'f' | 'u' | 'p';
  table: string;
  columns: string[];
  ref_table: string | null;
  ref_columns: string[] | null;
  convalidated: boolean;
}

const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** Re-checks every constraint by query (not by trusting the catalogue): no orphan, no duplicate. Returns how many were checked. */
export async function assertConstraintsHold(pg: Postgres, database: string): Promise<number> {
  const constraints = await pg.query<Constraint>(
    database,
    `select c.conname, c.contype, c.convalidated, t.relname as table, rt.relname as ref_table,
            array(select a.attname::text from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k) as columns,
            case when c.confrelid = 0 then null else array(select a.attname::text from unnest(c.confkey) k join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k) end as ref_columns
       from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
       left join pg_class rt on rt.oid = c.confrelid
      where n.nspname = 'public' and c.contype in ('f', 'u', 'p')`,
  );
  assert.ok(constraints.length >= 5, `the schema has its constraints (${constraints.length})`);
  for (const c of constraints) {
    assert.ok(c.convalidated, `${c.conname} is validated`);
    const cols = c.columns.map(ident);
    if (c.contype === 'f') {
      const ref = (c.ref_columns ?? []).map(ident);
      const join = cols.map((col, i) => `r.${ref[i]} = t.${col}`).join(' and ');
      const notNull = cols.map((col) => `t.${col} is not null`).join(' and ');
      const [row] = await pg.query<{ n: string }>(
        database,
        `select count(*) as n from ${ident(c.table)} t where ${notNull} and not exists (select 1 from ${ident(c.ref_table as string)} r where ${join})`,
      );
      assert.equal(Number(row?.n), 0, `${c.conname}: rows of ${c.table} point at missing ${c.ref_table}`);
    } else {
      const [row] = await pg.query<{ n: string }>(
        database,
        `select count(*) as n from (select ${cols.join(', ')} from ${ident(c.table)} group by ${cols.join(', ')} having count(*) > 1) d`,
      );
      assert.equal(Number(row?.n), 0, `${c.conname}: duplicate keys in ${c.table}`);
    }
  }
  return constraints.length;
}
