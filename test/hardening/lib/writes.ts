/**
 * Streams case writes at a server and remembers which were acknowledged (a 2xx received), then checks after a
 * crash or outage that every acknowledged write is there, exactly as acknowledged or newer.
 */
import assert from 'node:assert/strict';
import type { Http } from './http.ts';

export interface Acked {
  id: string;
  label: string;
  revision: number;
  /** The facts as the server returned them with the acknowledgement. */
  facts: string;
}

export interface WriteStats {
  acked: Map<string, Acked>;
  attempts: number;
  /** Requests answered with a status other than 2xx, by status. */
  refused: Map<number, number>;
  /** Requests that got no answer (connection refused or cut). */
  unanswered: number;
}

function facts(n: number): Record<string, unknown> {
  return {
    birthDate: `19${70 + (n % 30)}-0${1 + (n % 9)}-1${n % 10}`,
    education: [{ level: n % 2 ? 'bachelor' : 'master', degree: true }],
    employment: { contributingNow: true, post: `post ${n}` },
    socialInsurance: Array.from({ length: 6 + (n % 30) }, (_, k) => ({
      month: `2023-${String(1 + (k % 12)).padStart(2, '0')}`,
      base: 8000 + n,
    })).filter((m, i, all) => all.findIndex((x) => x.month === m.month) === i),
  };
}

/**
 * `writers` loops, each creating cases (and updating one in three of its own) until `stop()` says so or the
 * server stops answering. Labels are `${prefix}-${writer}-${n}`.
 */
export function streamWrites(
  http: Http,
  opts: { prefix: string; writers: number; stop: () => boolean; pauseMs?: number },
): { stats: WriteStats; done: Promise<WriteStats> } {
  const stats: WriteStats = { acked: new Map(), attempts: 0, refused: new Map(), unanswered: 0 };
  const writer = async (w: number) => {
    const mine: string[] = [];
    for (let n = 0; !opts.stop(); n++) {
      stats.attempts++;
      try {
        const update = n % 3 === 2 && mine.length > 0;
        const r = update
          ? await http.patch(`/api/v1/cases/${mine[n % mine.length]}`, { facts: facts(n * 7 + w) })
          : await http.post('/api/v1/cases', { label: `${opts.prefix}-${w}-${n}`, reference: `${w}/${n}`, facts: facts(n + w) });
        if (r.status === 200 || r.status === 201) {
          stats.acked.set(r.body.id, {
            id: r.body.id,
            label: r.body.label,
            revision: r.body.revision,
            facts: JSON.stringify(r.body.facts),
          });
          if (r.status === 201) mine.push(r.body.id);
        } else stats.refused.set(r.status, (stats.refused.get(r.status) ?? 0) + 1);
      } catch {
        stats.unanswered++;
        if (opts.stop()) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (opts.pauseMs) await new Promise((resolve) => setTimeout(resolve, opts.pauseMs));
    }
  };
  const done = Promise.all(Array.from({ length: opts.writers }, (_, w) => writer(w))).then(() => stats);
  return { stats, done };
}

/** Resolves once `ready()` holds (polled every 10 ms), or rejects after `ms`. */
export async function waitFor(ready: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Every acknowledged write is readable, at its revision or a later one, with the facts acknowledged. */
export async function assertAckedPresent(http: Http, acked: Map<string, Acked>): Promise<void> {
  const ids = [...acked.keys()];
  for (let i = 0; i < ids.length; i += 16) {
    await Promise.all(
      ids.slice(i, i + 16).map(async (id) => {
        const want = acked.get(id) as Acked;
        const r = await http.get(`/api/v1/cases/${id}`);
        assert.equal(r.status, 200, `acknowledged case ${want.label} (${id}) is gone: ${r.status} ${r.text.slice(0, 200)}`);
        assert.equal(r.body.label, want.label);
        assert.ok(r.body.revision >= want.revision, `${want.label}: revision ${r.body.revision} < acknowledged ${want.revision}`);
        if (r.body.revision === want.revision)
          assert.equal(JSON.stringify(r.body.facts), want.facts, `${want.label}: facts differ from the acknowledged ones`);
      }),
    );
  }
}

/** Every case of the caller's organisation, following the pages. */
export async function allCases(http: Http): Promise<{ id: string; label: string; revision: number }[]> {
  const out: { id: string; label: string; revision: number }[] = [];
  let before = '';
  for (;;) {
    const r = await http.get(`/api/v1/cases?limit=200${before ? `&before=${before}` : ''}`);
    assert.equal(r.status, 200, `list cases: ${r.text.slice(0, 200)}`);
    out.push(...r.body.items);
    if (!r.body.next) return out;
    before = r.body.next;
  }
}
