import type { MiddlewareHandler } from 'hono';
import { msg } from '../../core/message.ts';
import type { ServerConfig } from '../config.ts';
import type { AppEnv } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

/**
 * Caps one request's body before anything reads it. A declared Content-Length is checked without touching
 * the body (Node's parser will not deliver more than it declares, and the adapter keeps its fast body path).
 * A chunked body is counted as it streams through to whoever reads it, and cut at the limit: nothing is
 * buffered here (hono's bodyLimit would hold the whole body in memory before the route even starts).
 */
export function capBody(maxSize: number): MiddlewareHandler<AppEnv> {
  const tooLarge = () =>
    new ProblemError('tooLarge', {
      detail: msg('server:detail.bodyLimit', { size: mib(maxSize) }),
    });
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(declared) > maxSize) throw tooLarge();
      return next();
    }
    // Only now: touching the body makes the adapter build its stream, which a refused request must not do
    // (the adapter then drains the unread body, and the connection stays usable).
    const body = c.req.method === 'GET' || c.req.method === 'HEAD' ? null : c.req.raw.body;
    if (!body) return next();
    let size = 0;
    let over = false;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          if (size <= maxSize) return controller.enqueue(chunk);
          over = true;
          controller.error(tooLarge());
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit);
    await next();
    // Whoever read the body may have turned the cut into an error of its own (a JSON parser's "malformed"): the
    // answer is the limit.
    if (over && c.res.status !== 413) throw tooLarge();
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
