/**
 * Load on loopback: autocannon firing POST /api/v1/assess at a server child, bounded by a request count and
 * stopped by itself. Memory is sampled between two halves of the run: a leak grows the second half as much as
 * the first; a warm heap stays flat.
 */
import autocannon from 'autocannon';
import { REALISTIC_DATE, realisticApplicant } from '../../../bench/realistic-applicant.ts';
import type { Child } from './server-child.ts';

export interface LoadResult {
  requests: number;
  connections: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  seconds: number;
  perSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Server RSS in MiB: after a warm-up, after the first half, after the second half. */
  rssMiB: { warm: number; half: number; end: number };
}

async function fire(url: string, amount: number, connections: number, body: string) {
  return autocannon({
    url: `${url}/api/v1/assess`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    amount,
    timeout: 30,
  });
}

export async function runAssessLoad(child: Child, opts: { requests: number; connections: number }): Promise<LoadResult> {
  const body = JSON.stringify({ applicant: realisticApplicant(), date: REALISTIC_DATE });
  await fire(child.url, Math.min(2000, opts.requests / 10), opts.connections, body);
  const warm = child.rssMiB();
  const half = Math.floor(opts.requests / 2);
  const first = await fire(child.url, half, opts.connections, body);
  const mid = child.rssMiB();
  const second = await fire(child.url, opts.requests - half, opts.connections, body);
  const end = child.rssMiB();
  const seconds = first.duration + second.duration || 1;
  const total = first.requests.total + second.requests.total;
  return {
    requests: total,
    connections: opts.connections,
    errors: first.errors + second.errors,
    timeouts: first.timeouts + second.timeouts,
    non2xx: first.non2xx + second.non2xx,
    seconds: Math.round(seconds * 10) / 10,
    perSecond: Math.round(total / seconds),
    latencyMs: {
      p50: Math.max(first.latency.p50, second.latency.p50),
      p99: Math.max(first.latency.p99, second.latency.p99),
      max: Math.max(first.latency.max, second.latency.max),
    },
    rssMiB: { warm: Math.round(warm), half: Math.round(mid), end: Math.round(end) },
  };
}
