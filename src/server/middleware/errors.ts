import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { ValidationError } from '../../applicant/index.ts';
import { msg } from '../../core/message.ts';
import { databaseOutage } from '../db/errors.ts';
import type { AppEnv } from '../http/env.ts';
import { ProblemError, problemResponse } from '../http/problem.ts';

function fromHttpException(error: HTTPException): ProblemError {
  switch (error.status) {
    case 400:
      return new ProblemError('malformed', { detail: msg('server:detail.notJson') });
    case 413:
      return new ProblemError('tooLarge');
    case 415:
      return new ProblemError('unsupportedMediaType', {
        detail: msg('server:detail.sendJson'),
      });
    case 401:
      return new ProblemError('unauthenticated');
    case 403:
      return new ProblemError('forbidden');
    case 404:
      return new ProblemError('notFound');
    default:
      return new ProblemError('internal');
  }
}

const OUTAGE = {
  unreachable: msg('server:detail.databaseUnreachable'),
  full: msg('server:detail.storageFull'),
};

/**
 * Every error becomes a problem response. Expected ones keep their kind; anything else is a 500 with
 * only the request id — the stack goes to the log, never to the client.
 */
export function onError(logger: Logger): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error);
    if (error instanceof ValidationError) return problemResponse(c, new ProblemError('validation', { issues: error.issues }));
    if (error instanceof HTTPException && error.status < 500) return problemResponse(c, fromHttpException(error));
    // The database is restarting, unreachable or full: 503, so clients retry; the instance recovers by itself.
    const outage = databaseOutage(error);
    if (outage) {
      const code = (error as { code?: unknown }).code;
      logger.warn(
        { requestId: c.get('requestId'), err: { name: error.name, code: typeof code === 'string' ? code : undefined } },
        'database unavailable',
      );
      return problemResponse(
        c,
        new ProblemError('unavailable', { detail: OUTAGE[outage], headers: outage === 'unreachable' ? { 'Retry-After': '5' } : {} }),
      );
    }
    // Message and stack only (database errors carry row values in other fields, e.g. `detail`), with
    // anything shaped like an ID number masked in case a message quotes input.
    const mask = (s: string | undefined) => s?.replace(/\d{17}[\dXx]/g, '[id-number]');
    logger.error(
      { requestId: c.get('requestId'), err: { name: error.name, message: mask(error.message), stack: mask(error.stack) } },
      'unhandled error',
    );
    return problemResponse(c, new ProblemError('internal'));
  };
}

export const notFound: NotFoundHandler<AppEnv> = (c: Context<AppEnv>) => problemResponse(c, new ProblemError('notFound'));
