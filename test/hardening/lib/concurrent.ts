/**
 * 1,000 case writes at once from several organisations (half through cookie sessions, half through API
 * tokens), then each organisation reads back exactly its own records — none lost, none crossed.
 */
import assert from 'node:assert/strict';
import { Http, signup } from './http.ts';
import { allCases } from './writes.ts';

export interface ConcurrentResult {
  organisations: number;
  writes: number;
  seconds: number;
  statuses: Record<string, number>;
}

async function pool<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++] as T);
    }),
  );
}

export async function concurrentWrites(url: string, organisations = 5, perOrganisation = 200): Promise<ConcurrentResult> {
  const orgs: { owner: Http; writer: Http; name: string; id: string }[] = [];
  for (let o = 0; o < organisations; o++) {
    const owner = new Http(url);
    const { orgId } = await signup(owner, `Concurrent ${o}`);
    const writer = new Http(url);
    if (o % 2) {
      const token = await owner.post('/api/v1/tokens', { name: `writer ${o}`, role: 'staff' });
      assert.equal(token.status, 201, token.text);
      writer.bearer = token.body.token;
    } else for (const [k, v] of owner.cookies) writer.cookies.set(k, v);
    orgs.push({ owner, writer, name: `org${o}`, id: orgId });
  }

  const statuses: Record<string, number> = {};
  const created = new Map<string, { org: number; label: string; id: string }>();
  const started = performance.now();
  // Every write in flight at once.
  await Promise.all(
    orgs.flatMap((org, o) =>
      Array.from({ length: perOrganisation }, async (_, n) => {
        const label = `${org.name}-case-${n}`;
        const r = await org.writer.post('/api/v1/cases', {
          label,
          reference: `${o}/${n}`,
          facts: { reference: label, birthDate: `19${60 + (n % 40)}-01-01` },
        });
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        if (r.status === 201) {
          assert.equal(r.body.label, label, 'the answer is about the record written');
          created.set(r.body.id, { org: o, label, id: r.body.id });
        }
      }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  assert.deepEqual(statuses, { 201: organisations * perOrganisation }, 'every concurrent write acknowledged');
  assert.equal(created.size, organisations * perOrganisation, 'every write has its own id');

  for (const [o, org] of orgs.entries()) {
    const mine = await allCases(org.owner);
    const expected = new Set(Array.from({ length: perOrganisation }, (_, n) => `${org.name}-case-${n}`));
    assert.equal(mine.length, perOrganisation, `${org.name} lists exactly its ${perOrganisation} cases`);
    assert.deepEqual(new Set(mine.map((c) => c.label)), expected, `${org.name}: its own labels, none of another organisation`);
    for (const c of mine) assert.equal(created.get(c.id)?.org, o, `${org.name} lists a case another organisation created`);
  }
  // Each record holds what was written to it; another organisation's caller cannot see it.
  const records = [...created.values()];
  await pool(records, 32, async (rec) => {
    const org = orgs[rec.org] as (typeof orgs)[number];
    const r = await org.writer.get(`/api/v1/cases/${rec.id}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.facts.reference, rec.label, 'facts not crossed between records');
    const other = orgs[(rec.org + 1) % orgs.length] as (typeof orgs)[number];
    if (Number(rec.label.split('-').pop()) % 10 === 0)
      assert.equal((await other.writer.get(`/api/v1/cases/${rec.id}`)).status, 404, 'another organisation gets 404');
  });
  return { organisations, writes: organisations * perOrganisation, seconds: Math.round(seconds * 10) / 10, statuses };
}
