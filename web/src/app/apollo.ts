import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { map } from 'rxjs';

export interface SessionSignals {
  /** A request came back: the server renewed the session's idle limit. */
  onActivity(): void;
  /** A request came back UNAUTHENTICATED: the session has ended (or never began). */
  onUnauthenticated(): void;
}

/**
 * The API is on the same origin; the browser sends the HttpOnly session cookie with each request, and no token is
 * kept in script-readable storage. Apollo Client posts JSON, which the API's CSRF rule requires of a cookie request.
 */
export function makeApolloClient(signals: SessionSignals, uri = '/graphql'): ApolloClient {
  const activity = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      map((result) => {
        signals.onActivity();
        return result;
      }),
    ),
  );
  const unauthenticated = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))
      signals.onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([unauthenticated, activity, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
  });
}
