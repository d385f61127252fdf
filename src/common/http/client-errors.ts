import type { Socket } from 'node:net';
import { ErrorCode } from '../errors/domain-error';
import { contractErrorBody } from './errors';

/**
 * Requests Node's HTTP parser refuses before the framework sees them (headers or URL over 16 kB, malformed
 * requests) get the contract's error shape too, instead of a bare status line. Fastify's `clientErrorHandler`.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const problem = tooLarge ? 'The request headers or URL are too large.' : 'The request could not be read.';
  const body = JSON.stringify(
    contractErrorBody(problem, ErrorCode.BAD_USER_INPUT, {
      field: 'request',
      message: problem,
      reason: tooLarge ? 'TOO_LARGE' : 'INVALID_FORMAT',
    }),
  );
  socket.end(
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
      `Content-Type: application/json\r\nCache-Control: no-store\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
