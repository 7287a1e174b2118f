import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ServerConfig } from '../config.ts';
import type { AppEnv } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

/**
 * Caps request bodies before anything reads them: the batch endpoint gets the large limit, every other
 * endpoint the small one. A declared Content-Length is checked without touching the body (Node's parser
 * will not deliver more than it declares, and the adapter keeps its fast body path); a chunked body is
 * counted while it streams (hono's bodyLimit).
 */
export function limitBodies(config: ServerConfig): MiddlewareHandler<AppEnv> {
  const tooLarge = (maxSize: number) =>
    new ProblemError('tooLarge', {
      detail: { zh: `请求体不能超过 ${mib(maxSize)}`, en: `the request body may not exceed ${mib(maxSize)}` },
    });
  const streaming = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw tooLarge(maxSize);
      },
    });
  const small = streaming(config.limits.jsonBytes);
  const large = streaming(config.limits.batchBytes);
  return (c, next) => {
    const isBatch = c.req.path === '/api/v1/batch';
    const max = isBatch ? config.limits.batchBytes : config.limits.jsonBytes;
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(declared) > max) throw tooLarge(max);
      return next();
    }
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return (isBatch ? large : small)(c, next);
  };
}
