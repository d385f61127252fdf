import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context';

/**
 * Sends the cookie a resolver chose (`ctx.responseCookie`) as the answer's one Set-Cookie header. Through Apollo's
 * response rather than the HTTP adapter's, so it works the same on any adapter.
 */
export function responseCookiePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (contextValue.responseCookie) response.http.headers.set('set-cookie', contextValue.responseCookie);
        },
      };
    },
  };
}
