import { parentPort, workerData } from 'node:worker_threads';
import { assessWork, type ChunkOut, type OutputFormat, type Work } from '../../batch/chunk.ts';
import type { RowSetup } from '../../batch/row/types.ts';

/** A batch worker: parses and assesses the chunks it is sent and answers with their output, as UTF-8 or cells. */
export interface ChunkRequest {
  id: number;
  work: Work;
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
    const out = assessWork(req.work, setup, format);
    port.postMessage({ id: req.id, out } satisfies ChunkReply, out.csv ? [out.csv.buffer as ArrayBuffer] : []);
  } catch (error) {
    port.postMessage({
      id: req.id,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    } satisfies ChunkReply);
  }
});
