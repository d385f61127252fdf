import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../shared/usePageTitle';
import { useSession } from './session/SessionProvider';

/** Said plainly when a session ended by itself: nothing is wrong, sign in again. */
export function SessionEndedPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const state = location.state as { signIn?: string; from?: string } | null;
  const signIn = state?.signIn ?? '/';
  usePageTitle(t('sessionEnded.title'));
  return (
    <div className="page">
      <h1>{t('sessionEnded.title')}</h1>
      <p>{t('sessionEnded.body')}</p>
      <p>
        <Link
          to={signIn}
          state={state?.from ? { from: state.from } : undefined}
          onClick={() => session.acknowledgeEnd()}
          className="button-link"
        >
          {t('sessionEnded.signIn')}
        </Link>
      </p>
    </div>
  );
}
