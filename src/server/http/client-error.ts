import { randomUUID } from 'node:crypto';
import { maxHeaderSize } from 'node:http';
import type { Duplex } from 'node:stream';
import { msg } from '../../core/message.ts';
import { problemBody } from './problem.ts';

/**
 * Node's HTTP parser refuses some requests before any handler sees them (a bad Content-Length, headers or a
 * URL past the 16 KiB limit, a broken request line) and by default answers with a bare status line. This
 * answers them as problem+json too (in zh: the request's language is unknown), then closes the connection.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({
    ...problemBody(
      tooLarge ? 'headersTooLarge' : 'malformed',
      'zh',
      randomUUID(),
      tooLarge ? msg('server:detail.headersTooLarge', { size: `${maxHeaderSize / 1024} KiB` }) : msg('server:detail.badHttp'),
    ),
  });
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Language: zh\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
