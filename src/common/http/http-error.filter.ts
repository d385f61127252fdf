import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ErrorCode } from '../errors/domain-error';
import { bodyProblemOf } from './body';
import { contractErrorBody } from './errors';

/**
 * HTTP-level refusals outside GraphQL (a body that cannot be read, an unknown path) in the contract's error shape
 * instead of the framework's own body; other HTTP exceptions of controllers keep their body. GraphQL errors never reach it: they are formatted by format-error.ts.
 */
@Catch(HttpException)
export class HttpErrorFilter implements ExceptionFilter<HttpException> {
  catch(exception: HttpException, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const status = exception.getStatus();
    const problem = bodyProblemOf(exception);
    let body: unknown;
    if (problem) {
      body = contractErrorBody(`The request body ${problem}.`, ErrorCode.BAD_USER_INPUT, {
        field: 'body',
        message: problem,
        reason: status === Number(HttpStatus.PAYLOAD_TOO_LARGE) ? 'TOO_LARGE' : 'INVALID_FORMAT',
      });
    } else if (status === Number(HttpStatus.NOT_FOUND)) {
      body = contractErrorBody('There is nothing at this address.', ErrorCode.NOT_FOUND);
    } else {
      // What a controller chose to answer (the health check's 503 report), as Nest would send it.
      body = exception.getResponse();
    }
    void reply.code(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
