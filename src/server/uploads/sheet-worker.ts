import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Said } from '../../core/message.ts';
import type { ResolvedOptions } from '../http/assess-options.ts';
import { assessSheet, type SheetFormat } from '../http/batch-sheet.ts';
import type { Lang } from '../http/lang.ts';
import { ProblemError, type ProblemKind } from '../http/problem.ts';

/** What the server's sheet worker is given: one uploaded sheet, already spooled into the request's folder. */
export interface SheetJob {
  input: string;
  format: SheetFormat;
  output: string;
  outFormat: SheetFormat;
  options: ResolvedOptions;
  lang: Lang;
  maxRows: number;
  /** The request's own folder: exceljs's spool files (`tmp-*`) go there, so removing it removes them. */
  tmpDir: string;
}

export type SheetReply =
  | { ok: true; rows: number }
  | { ok: false; kind: ProblemKind; detail?: Said | undefined }
  | { ok: false; unreadable: true };

const job = workerData as SheetJob;
const port = parentPort;
if (!port) throw new Error('sheet-worker.ts must run in a worker thread');
// `os` is this thread's own module instance, and the `tmp` package (exceljs) asks os.tmpdir() for every file
// it makes: exceljs's spool files land in the request's folder.
os.tmpdir = () => job.tmpDir;

let reply: SheetReply;
try {
  const rows = await assessSheet(job.input, job.format, job.output, job.outFormat, job.options, job.lang, job.maxRows);
  reply = { ok: true, rows };
} catch (error) {
  if (error instanceof ProblemError) reply = { ok: false, kind: error.kind, detail: error.detail };
  else if (error instanceof Error && 'syscall' in error) throw error;
  else reply = { ok: false, unreadable: true };
}
port.postMessage(reply);
