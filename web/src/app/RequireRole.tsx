import { LoadingSpinner } from 'hds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../generated/graphql';
import { NotFoundPage } from './NotFoundPage';
import { useSession } from './session/SessionProvider';

/**
 * A role's pages: signed-out visitors go to the role's sign-in (and come back after), a session that ended goes to
 * the page saying so, and another role sees the not-found page (a URL tells nobody what exists).
 */
export function RequireRole({ role, signIn, children }: { role: Role; signIn: string; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') {
    return (
      <div className="page page--centered">
        <LoadingSpinner loadingText={t('app.loading')} />
      </div>
    );
  }
  // The page comes back after the new sign-in (a form there takes back what was typed: kept-typing.ts).
  if (session.ended) return <Navigate to="/session-ended" replace state={{ signIn, from: location.pathname }} />;
  if (!session.user) return <Navigate to={signIn} replace state={{ from: location.pathname }} />;
  if (session.user.role !== role) return <NotFoundPage />;
  return children;
}
