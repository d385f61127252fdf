import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { map } from 'rxjs';

export interface SessionSignals {
  /** A request came back: the server renewed the session's idle limit. */
  onActivity(): void;
  /** Which sign-in the requests sent now belong to; it grows with each sign-in. */
  currentSignIn(): number;
  /**
   * A request sent during sign-in `signIn` came back UNAUTHENTICATED: that session has ended (or never began). A
   * request sent before the latest sign-in says nothing about the session that sign-in began.
   */
  onUnauthenticated(signIn: number): void;
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
  const stamp = new ApolloLink((operation, forward) => {
    operation.setContext({ signIn: signals.currentSignIn() });
    return forward(operation);
  });
  const unauthenticated = new ErrorLink(({ error, operation }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))
      signals.onUnauthenticated((operation.getContext() as { signIn: number }).signIn);
  });
  return new ApolloClient({
    link: ApolloLink.from([stamp, unauthenticated, activity, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
  });
}
