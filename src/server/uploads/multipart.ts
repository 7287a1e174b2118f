import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { msg } from '../../core/message.ts';
import { type SheetFormat, XLSX_TYPE } from '../http/batch-sheet.ts';
import { ProblemError } from '../http/problem.ts';

/** The form field that carries the sheet. */
export const FILE_FIELD = 'file';

/** By the file name's extension, else by the part's own content type. */
function formatOf(filename: string | undefined, mimeType: string): SheetFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'xlsx') return ext;
  if (mimeType.toLowerCase().startsWith('text/csv')) return 'csv';
  if (mimeType.toLowerCase() === XLSX_TYPE) return 'xlsx';
  return undefined;
}

const field = msg('server:detail.fileField');

function noFile(): ProblemError {
  return new ProblemError('validation', {
    issues: [
      {
        path: FILE_FIELD,
        field,
        message: msg('server:detail.noFile', { field: FILE_FIELD }),
      },
    ],
  });
}

/** The file's name is not repeated: it may name the applicant, and a problem's text can reach the log. */
function notSheet(): ProblemError {
  return new ProblemError('unsupportedMediaType', {
    detail: msg('server:detail.fileNotSheet', { field: FILE_FIELD }),
  });
}

function malformed(): ProblemError {
  return new ProblemError('malformed', {
    detail: msg('server:detail.badMultipart'),
  });
}

/**
 * Streams the `file` field of a multipart/form-data body into `dir` (the request's own folder), never whole in
 * memory; other fields are skipped. Settles only once nothing writes to `dir` any more, so the caller may then
 * remove it. The body has already passed the door's size cap, which cuts it at the limit as it streams.
 */
export function spoolMultipartFile(
  body: WebReadableStream,
  contentType: string,
  dir: string,
): Promise<{ path: string; format: SheetFormat }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { 'content-type': contentType },
        limits: { files: 1, fields: 20, fieldSize: 1024, parts: 21, headerPairs: 20 },
      });
    } catch {
      reject(malformed());
      return;
    }
    let saved: Promise<{ path: string; format: SheetFormat }> | undefined;
    let refused: ProblemError | undefined;
    let settled = false;
    // Waits for the file's own write to end (or fail) before settling either way.
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      const written = saved ?? Promise.reject(refused ?? noFile());
      const fail = () => reject(error);
      if (error === undefined) written.then(resolve, reject);
      else written.then(fail, fail);
    };
    parser.on('file', (name, stream, info) => {
      const format = name === FILE_FIELD && !saved ? formatOf(info.filename, info.mimeType) : undefined;
      if (!format) {
        if (name === FILE_FIELD && !saved) refused = notSheet();
        stream.resume();
        return;
      }
      const path = join(dir, `input.${format}`);
      saved = pipeline(stream, createWriteStream(path)).then(() => ({ path, format }));
      saved.catch(() => {});
    });
    parser.once('close', () => finish());
    parser.once('error', () => finish(malformed()));
    pipeline(Readable.fromWeb(body), parser).catch((error: unknown) => finish(error instanceof ProblemError ? error : malformed()));
  });
}
