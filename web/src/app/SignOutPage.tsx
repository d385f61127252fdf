import { LoadingSpinner } from 'hds-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from './session/SessionProvider';

/** Signing out: the server ends the session, the page forgets what it showed, and the front page opens. */
export function SignOutPage() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  useEffect(() => {
    void signOut().then(() => navigate('/', { replace: true }));
  }, [signOut, navigate]);
  return (
    <div className="page page--centered">
      <LoadingSpinner loadingText={t('app.signingOut')} />
    </div>
  );
}
