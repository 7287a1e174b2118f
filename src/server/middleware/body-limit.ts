import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ServerConfig } from '../config.ts';
import type { AppEnv } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

/**
 * Caps one request's body before anything reads it. A declared Content-Length is checked without touching
 * the body (Node's parser will not deliver more than it declares, and the adapter keeps its fast body path);
 * a chunked body is counted while it streams (hono's bodyLimit).
 */
export function capBody(maxSize: number): MiddlewareHandler<AppEnv> {
  const tooLarge = () =>
    new ProblemError('tooLarge', {
      detail: { zh: `请求体不能超过 ${mib(maxSize)}`, en: `the request body may not exceed ${mib(maxSize)}` },
    });
  const streaming = bodyLimit({
    maxSize,
    onError: () => {
      throw tooLarge();
    },
  });
  return (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(declared) > maxSize) throw tooLarge();
      return next();
    }
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return streaming(c, next);
  };
}

/**
 * The outer cap of every API body: the batch endpoint gets the signed-in batch limit (the route itself
 * lowers it for anonymous callers, once it knows who is calling), every other endpoint the small one.
 */
export function limitBodies(config: ServerConfig): MiddlewareHandler<AppEnv> {
  const small = capBody(config.limits.jsonBytes);
  const large = capBody(config.limits.batchBytes);
  return (c, next) => (c.req.path === '/api/v1/batch' ? large : small)(c, next);
}
