import type { MiddlewareHandler } from 'hono';
import { msg } from '../../core/message.ts';
import type { AppEnv } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';

const UTF8 = new Set(['utf-8', 'utf8']);
/** CSV uploads may also come in the Chinese national encoding: the sheet reader decodes it (docs/cli.md). */
const CSV_ALSO = new Set(['gb18030', 'gbk', 'gb2312']);

/**
 * Refuses a body whose declared charset the server would not decode as declared (415), instead of reading
 * UTF-16 or Latin-1 as UTF-8 and answering about garbled text.
 */
export function checkCharset(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = c.req.header('content-type');
    const charset = type && /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(type)?.[1]?.toLowerCase();
    if (charset && !UTF8.has(charset) && !(type.toLowerCase().startsWith('text/csv') && CSV_ALSO.has(charset))) {
      throw new ProblemError('unsupportedMediaType', {
        detail: msg('server:detail.charset', { charset }),
      });
    }
    await next();
  };
}
