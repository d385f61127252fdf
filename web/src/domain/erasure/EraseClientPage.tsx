import '../../shared/forms.css';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonVariant, LoadingSpinner } from 'hds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { EraseClientDocument, EraseClientTargetDocument } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { isNotFound, LoadFailed } from '../../shared/errors/LoadFailed';
import { problemMessage } from '../../shared/errors/messages';
import { usePageTitle } from '../../shared/usePageTitle';

/**
 * Erasing a client for good, behind a confirmation that names what goes (identity, consent history, sign-in,
 * profiles, matches, offers) and what stays (proposals as anonymous counts in the placement results).
 */
export function EraseClientPage() {
  const { clientId = '' } = useParams();
  const { t } = useTranslation('coordinator');
  const navigate = useNavigate();
  const apollo = useApolloClient();
  const confirmId = useId();
  const { data, loading, error } = useQuery(EraseClientTargetDocument, {
    variables: { id: clientId },
    fetchPolicy: 'network-only',
  });
  const [erase, { loading: erasing }] = useMutation(EraseClientDocument);
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmError, setConfirmError] = useState(false);
  const client = data?.client;
  usePageTitle(client ? t('work.erase.title', { name: client.displayName }) : t('work.erase.titleShort'));
  if (loading && !data) {
    return (
      <div className="page page--centered">
        <LoadingSpinner loadingText={t('common:app.loading')} />
      </div>
    );
  }
  if (error && !isNotFound(error) && !client) return <LoadFailed error={error} />;
  if (!client) return <NotFoundPage />;
  const offers = client.profiles.reduce((sum, profile) => sum + profile.offers.length, 0);

  const submit = async () => {
    setProblem(null);
    if (!confirmed) {
      setConfirmError(true);
      document.getElementById(confirmId)?.focus();
      return;
    }
    try {
      await erase({ variables: { clientId: client.id } });
      // Nothing of the client may linger in the page's cache.
      apollo.cache.evict({ id: apollo.cache.identify({ __typename: 'Client', id: client.id }) });
      apollo.cache.gc();
      void navigate('/coordinator/clients', { state: { erased: true } });
    } catch (failure) {
      setProblem(problemMessage(t, apiProblemOf(failure), 'work'));
    }
  };

  return (
    <div className="page page--narrow">
      <p>
        <Link to={`/coordinator/clients/${client.id}`}>{t('work.erase.back', { name: client.displayName })}</Link>
      </p>
      <h1>{t('work.erase.title', { name: client.displayName })}</h1>
      <p className="note">{t('work.erase.warning')}</p>
      <h2>{t('work.erase.goesTitle')}</h2>
      <ul>
        <li>{t('work.erase.goesIdentity', { name: client.displayName })}</li>
        <li>{t('work.erase.goesConsent', { count: client.consentHistory.length })}</li>
        <li>{t('work.erase.goesSignIn')}</li>
        <li>
          {t('work.erase.goesProfiles', { count: client.profiles.length })}
          {client.profiles.length > 0 && ` (${client.profiles.map((profile) => profile.pseudonym).join(', ')})`}
        </li>
        <li>{t('work.erase.goesOffers', { count: offers })}</li>
      </ul>
      <h2>{t('work.erase.staysTitle')}</h2>
      <ul>
        <li>{t('work.erase.staysCounts')}</li>
        <li>{t('work.erase.staysLog')}</li>
      </ul>
      <div className="check">
        <input
          id={confirmId}
          type="checkbox"
          checked={confirmed}
          aria-invalid={confirmError && !confirmed ? true : undefined}
          aria-describedby={confirmError && !confirmed ? `${confirmId}-error` : undefined}
          onChange={(event) => {
            setConfirmed(event.target.checked);
            if (event.target.checked) setConfirmError(false);
          }}
        />
        <label htmlFor={confirmId}>{t('work.erase.confirm', { name: client.displayName })}</label>
      </div>
      {confirmError && !confirmed && (
        <p id={`${confirmId}-error`} className="field-error">
          {t('work.erase.confirmMissing')}
        </p>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <Button variant={ButtonVariant.Danger} disabled={erasing} onClick={() => void submit()}>
          {t('work.erase.submit')}
        </Button>
        <Link className="button-link button-link--secondary" to={`/coordinator/clients/${client.id}`}>
          {t('work.cancel')}
        </Link>
      </div>
    </div>
  );
}
