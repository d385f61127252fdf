import { useMutation } from '@apollo/client/react';
import { LoadingSpinner, Notification } from 'hds-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../app/session/SessionProvider';
import { VerifyEmailDocument } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { problemMessage } from '../../shared/errors/messages';
import { usePageTitle } from '../../shared/usePageTitle';

/** The link of the sign-up mail: verifies the address, creates the account and signs the employer in. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const session = useSession();
  const navigate = useNavigate();
  const [verify] = useMutation(VerifyEmailDocument);
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  usePageTitle(t('links.verify.title'));

  useEffect(() => {
    // Once: the link works only once, and React may run an effect twice in development.
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        await verify({ variables: { token } });
        await session.refresh();
        await navigate('/employer', { replace: true });
      } catch (failure) {
        setError(problemMessage(t, apiProblemOf(failure), 'link'));
      }
    })();
  }, [navigate, session, t, token, verify]);

  return (
    <div className="page page--narrow">
      <h1>{t('links.verify.title')}</h1>
      {error ? (
        <>
          <Notification type="error" label={t('links.verify.failed')} notificationAriaLabel={t('app.notification')}>
            {error}
          </Notification>
          <p>
            <Link to="/employer/sign-up">{t('links.verify.signUpAgain')}</Link>
          </p>
          <p>
            <Link to="/sign-in">{t('links.signIn')}</Link>
          </p>
        </>
      ) : (
        <LoadingSpinner loadingText={t('links.verify.working')} />
      )}
    </div>
  );
}
