import i18next from 'i18next';
import { ApiError } from './api.ts';

/** How far a batch has got: the upload's share sent, then the server at work, then the answer arriving. */
export type BatchProgress = { phase: 'upload'; fraction: number } | { phase: 'assess' } | { phase: 'download'; fraction: number };

export interface BatchAnswer {
  blob: Blob;
  /** The keys of the result columns, the last of every row (the X-Result-Columns header). */
  resultKeys: string[];
}

/**
 * Sends the sheet to POST /api/v1/batch as a form upload (the `file` field) and returns the sheet with its result
 * columns. XMLHttpRequest, not fetch: fetch reports no upload progress. The session cookie goes along (a signed-in
 * caller's limits are higher); the batch changes nothing stored, so no CSRF header is needed.
 */
export function uploadSheet(
  file: File,
  format: 'csv' | 'xlsx',
  /** The assessment date of every row; empty: today in Shanghai, as the server counts it. */
  date: string,
  onProgress: (p: BatchProgress) => void,
): Promise<BatchAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/batch?${new URLSearchParams({ format, ...(date ? { date } : {}) })}`);
    xhr.responseType = 'blob';
    xhr.setRequestHeader('accept-language', i18next.language === 'en' ? 'en' : 'zh');
    xhr.upload.onprogress = (e) => onProgress({ phase: 'upload', fraction: e.lengthComputable ? e.loaded / e.total : 0 });
    xhr.upload.onload = () => onProgress({ phase: 'assess' });
    xhr.onprogress = (e) => onProgress({ phase: 'download', fraction: e.lengthComputable ? e.loaded / e.total : 0 });
    xhr.onerror = () => reject(new ApiError(0, i18next.t('web-records:batch.network')));
    xhr.onload = async () => {
      if (xhr.status === 200) {
        resolve({ blob: xhr.response as Blob, resultKeys: (xhr.getResponseHeader('x-result-columns') ?? '').split(',') });
        return;
      }
      // A problem (RFC 9457) in the language asked for: its detail, or its title.
      const problem = (await (xhr.response as Blob)
        .text()
        .then((text) => JSON.parse(text) as Record<string, unknown>)
        .catch(() => ({}))) as Record<string, unknown>;
      const message =
        typeof problem['detail'] === 'string'
          ? problem['detail']
          : typeof problem['title'] === 'string'
            ? problem['title']
            : xhr.statusText;
      const fields = Array.isArray(problem['errors']) ? (problem['errors'] as { field: string; message: string }[]) : [];
      reject(new ApiError(xhr.status, message, fields));
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
