import { parentPort, workerData } from 'node:worker_threads';
import type { RowJob, RowSetup } from './assess-row.ts';
import { assessChunk, type ChunkOut, type OutputFormat } from './chunk.ts';

/** A batch worker: assesses the chunks of rows it is sent and answers with their output rows, in order. */
export interface ChunkRequest {
  id: number;
  jobs: RowJob[];
}

export type ChunkReply = { id: number; out: ChunkOut } | { id: number; error: string };

export interface WorkerSetup {
  setup: RowSetup;
  format: OutputFormat;
}

const { setup, format } = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');
port.on('message', (req: ChunkRequest) => {
  try {
    port.postMessage({ id: req.id, out: assessChunk(req.jobs, setup, format) } satisfies ChunkReply);
  } catch (error) {
    port.postMessage({
      id: req.id,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    } satisfies ChunkReply);
  }
});
