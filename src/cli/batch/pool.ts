import { Worker } from 'node:worker_threads';
import type { RowJob } from './assess-row.ts';
import type { ChunkOut } from './chunk.ts';
import type { ChunkReply, ChunkRequest, WorkerSetup } from './worker.ts';

/**
 * Each worker is a V8 heap of its own. Rows leave only short-lived garbage, so small generations suffice; left
 * unbounded, V8 grows each heap under the allocation rate and two workers alone would pass 300 MB.
 */
const LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

interface Pending {
  resolve: (out: ChunkOut) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that assess chunks of rows. Each chunk gets a promise; the caller awaits them in submission
 * order, so output rows keep the input order whichever worker finishes first.
 */
export class WorkerPool {
  private readonly workers: { worker: Worker; inFlight: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size: number, setup: WorkerSetup) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: setup, resourceLimits: LIMITS });
      const slot = { worker, inFlight: 0 };
      worker.on('message', (reply: ChunkReply) => {
        slot.inFlight--;
        const p = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (!p) return;
        if ('error' in reply) p.reject(new Error(reply.error));
        else p.resolve(reply.out);
      });
      worker.on('error', (error) => this.failAll(error));
      worker.on('exit', (code) => {
        if (code !== 0 && this.pending.size) this.failAll(new Error(`a batch worker stopped (exit ${code})`));
      });
      this.workers.push(slot);
    }
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  submit(jobs: RowJob[]): Promise<ChunkOut> {
    const slot = this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    const id = this.nextId++;
    slot.inFlight++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, jobs } satisfies ChunkRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
