import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The developers' GraphQL explorer, served by the API at /graphql outside production: GraphiQL bundled with the
 * app (editor, workers and fonts from this origin, nothing from a CDN). Requests carry the session cookie, so a
 * sign-in in the app or a `login` here applies; a Bearer token can be set under "Headers".
 */
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
});

const DEFAULT_QUERY = `# Jobcenter's API. Sign in first, e.g.
#   mutation { login(email: "…", password: "…") { user { role } } }
# The answer sets the session cookie; the queries below then run as that user.

query Me {
  me {
    id
    role
    preferredLanguage
    sessionExpiresAt
  }
}
`;

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
