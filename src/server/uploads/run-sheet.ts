import { Worker } from 'node:worker_threads';
import { msg } from '../../core/message.ts';
import { ProblemError } from '../http/problem.ts';
import type { SheetJob, SheetReply } from './sheet-worker.ts';

export interface SheetWorkerLimits {
  /** V8 old-generation heap of the worker, MiB: past it the worker ends, not the server. */
  heapMb: number;
  /** Wall-clock time a sheet may take. */
  timeoutMs: number;
}

const UNREADABLE = msg('server:detail.sheetUnreadable', { format: 'none' });
const TOO_BIG = msg('server:detail.sheetTooBig');

/** After its answer a worker normally ends by itself (exceljs closing its files); past this it is stopped. */
const GRACE_MS = 2_000;

/**
 * Assesses one uploaded sheet in a worker thread of its own, so that whatever the file does to the parser
 * (memory, time) ends that worker with a problem, never the server. Settles only once the thread has ended,
 * so the caller can remove the request's folder knowing nothing writes to it any more. `signal` (the client
 * went away) stops it.
 */
export function runSheetWorker(job: SheetJob, limits: SheetWorkerLimits, signal?: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./sheet-worker.mjs', import.meta.url), {
      workerData: job,
      // Not the parent's flags (a test runner's --import hooks): the entry registers what it needs itself.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    let outcome: { rows: number } | { error: Error } | undefined;
    const decide = (o: NonNullable<typeof outcome>, stopAfterMs: number) => {
      outcome ??= o;
      setTimeout(() => void worker.terminate(), stopAfterMs).unref();
    };
    const timer = setTimeout(() => decide({ error: new ProblemError('tooLarge', { detail: TOO_BIG }) }, 0), limits.timeoutMs);
    const onAbort = () => decide({ error: new ProblemError('malformed', { detail: msg('server:detail.clientGone') }) }, 0);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (reply: SheetReply) => {
      if (reply.ok) decide({ rows: reply.rows }, GRACE_MS);
      else if ('unreadable' in reply) decide({ error: new ProblemError('validation', { detail: UNREADABLE }) }, GRACE_MS);
      else decide({ error: new ProblemError(reply.kind, reply.detail ? { detail: reply.detail } : {}) }, GRACE_MS);
    });
    worker.once('error', (error: Error & { code?: string }) =>
      decide({ error: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ProblemError('tooLarge', { detail: TOO_BIG }) : error }, 0),
    );
    worker.once('exit', () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      const o = outcome ?? { error: new ProblemError('validation', { detail: UNREADABLE }) };
      if ('rows' in o) resolve(o.rows);
      else reject(o.error);
    });
  });
}
