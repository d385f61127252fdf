import { HttpException } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { LIMITS } from '../graphql/limits';

/** A request body refused before it reaches GraphQL, with what is wrong with it in the caller's words. */
export class BodyError extends HttpException {
  constructor(
    readonly problem: string,
    status: number,
  ) {
    super(`The request body ${problem}.`, status);
  }
}

/** What Fastify's body errors mean to the caller; any other 4xx while reading a body gets a general message. */
const FASTIFY_BODY_PROBLEMS: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: `is larger than ${LIMITS.maxBodyBytes / 1024} kB`,
  FST_ERR_CTP_INVALID_JSON_BODY: 'is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'is empty',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'has a content type this API does not accept (send application/json)',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'does not match its Content-Length',
};

/** The caller-facing problem of a 4xx raised while the body was read (see `registerJsonBody`), if it is one. */
export function bodyProblemOf(error: HttpException): string | undefined {
  if (error instanceof BodyError) return error.problem;
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('FST_ERR_CTP_')) return undefined;
  return FASTIFY_BODY_PROBLEMS[code] ?? 'could not be read';
}

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

/**
 * JSON bodies only, at most LIMITS.maxBodyBytes, in UTF-8 and without a content encoding; Fastify's own parser
 * (which refuses `__proto__` and `constructor` keys) does the parsing.
 */
export function registerJsonBody(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: LIMITS.maxBodyBytes },
    (request, body, done) => {
      const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1].toLowerCase();
      if (charset && charset !== 'utf-8' && charset !== 'utf8') {
        done(new BodyError('must be UTF-8', 415), undefined);
        return;
      }
      const encoding = request.headers['content-encoding'];
      if (encoding && encoding.toLowerCase() !== 'identity') {
        done(new BodyError('uses a content encoding this API does not accept', 400), undefined);
        return;
      }
      void parse(request, body as string, done);
    },
  );
}
