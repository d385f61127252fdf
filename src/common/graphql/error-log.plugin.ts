import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger as Pino } from 'pino';
import { DomainError } from '../errors/domain-error';
import type { GraphQLContext } from './context';

function domainErrorOf(error: unknown): DomainError | undefined {
  let current = error;
  for (let depth = 0; current && depth < 10; depth++) {
    if (current instanceof DomainError) return current;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return undefined;
}

/**
 * Expected failures (a wrong password, NOT_FOUND, "Sign in first.") are the caller's, not the server's: one info
 * line each, with the request id and the code, no stack. Faults are logged at error level by format-error.ts.
 */
export function domainErrorLogPlugin(logger: Pino): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const domain = domainErrorOf(error);
            if (!domain) continue;
            logger.info(
              { req: { id: contextValue.req.id }, code: domain.code, path: error.path?.join('.') },
              domain.message,
            );
          }
        },
      };
    },
  };
}
