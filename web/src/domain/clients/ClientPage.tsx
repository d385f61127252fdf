import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonVariant, LoadingSpinner, Notification } from 'hds-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import {
  CoordinatorClientDocument,
  IssueClientAccessCodeDocument,
  RecordConsentDocument,
} from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { problemMessage } from '../../shared/errors/messages';
import { date, dateTime } from '../../shared/format';
import { usePageTitle } from '../../shared/usePageTitle';
import { ClientWorkLinks } from '../erasure/ClientWorkLinks';
import { AccessCodeLetter } from './AccessCodeLetter';
import '../../shared/data-table.css';
import './clients.css';
import { focusWhenDrawn } from '../../shared/focus';

/** How long a one-time code works (the API's ACCESS_CODE_VALID_DAYS). */
const CODE_VALID_DAYS = 7;

/** One client: contact, consent recorded in person with its history, the one-time code letter, the profiles. */
export function ClientPage() {
  const { clientId = '' } = useParams();
  const { t, i18n } = useTranslation('coordinator');
  // Asked again at each visit: profiles and consent change on other pages (and by the client), after the cache has it.
  const { data, loading, error } = useQuery(CoordinatorClientDocument, {
    variables: { id: clientId },
    fetchPolicy: 'cache-and-network',
  });
  const [recordConsent, { loading: recording }] = useMutation(RecordConsentDocument);
  const [issueCode, { loading: issuing }] = useMutation(IssueClientAccessCodeDocument);
  const [letter, setLetter] = useState<{ code: string; validUntil: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const letterRef = useRef<HTMLDivElement>(null);
  const client = data?.client;
  usePageTitle(client?.displayName ?? t('client.title'));

  if (loading && !data) return <LoadingSpinner loadingText={t('common:app.loading')} />;
  if ((error && apiProblemOf(error).code === 'NOT_FOUND') || (data && !client)) return <NotFoundPage />;
  if (!client) {
    return (
      <div className="page">
        <Notification type="error" label={t('client.loadFailed')} notificationAriaLabel={t('common:app.notification')}>
          {error && problemMessage(t, apiProblemOf(error))}
        </Notification>
      </div>
    );
  }
  const clientLanguage = client.preferredLanguage.toLowerCase();

  const record = async (shareWithEmployers: boolean) => {
    setProblem(null);
    try {
      await recordConsent({ variables: { clientId: client.id, shareWithEmployers } });
      setSaved(t(shareWithEmployers ? 'consent.savedYes' : 'consent.savedNo'));
    } catch (failure) {
      setProblem(problemMessage(t, apiProblemOf(failure)));
    }
  };

  const makeLetter = async () => {
    setProblem(null);
    try {
      const result = await issueCode({ variables: { clientId: client.id } });
      if (!result.data) return;
      const validUntil = new Date(Date.now() + CODE_VALID_DAYS * 24 * 3600 * 1000).toISOString();
      setLetter({ code: result.data.issueClientAccessCode, validUntil });
      focusWhenDrawn(letterRef);
    } catch (failure) {
      setProblem(problemMessage(t, apiProblemOf(failure)));
    }
  };

  return (
    <div className="page">
      <p>
        <Link to="/coordinator/clients">{t('profileEditor.backToClients')}</Link>
      </p>
      <h1>{client.displayName}</h1>
      <dl className="facts">
        <dt>{t('client.email')}</dt>
        <dd>{client.contactEmail ?? '–'}</dd>
        <dt>{t('client.language')}</dt>
        <dd>{t(`language.${client.preferredLanguage}`)}</dd>
      </dl>
      {problem && (
        <Notification
          type="error"
          label={t('client.actionFailed')}
          notificationAriaLabel={t('common:app.notification')}
        >
          {problem}
        </Notification>
      )}

      <section aria-labelledby="consent-title" className="panel">
        <h2 id="consent-title">{t('consent.title')}</h2>
        <p>{t('consent.explain')}</p>
        <p className="consent-now">
          <strong>{t(client.consent.shareWithEmployers ? 'consent.nowYes' : 'consent.nowNo')}</strong>
        </p>
        <div className="button-row">
          <Button disabled={recording} onClick={() => void record(true)}>
            {t('consent.recordYes')}
          </Button>
          <Button variant={ButtonVariant.Secondary} disabled={recording} onClick={() => void record(false)}>
            {t('consent.recordNo')}
          </Button>
        </div>
        <p role="status">{saved}</p>
        <h3>{t('consent.history')}</h3>
        {client.consentHistory.length === 0 ? (
          <p>{t('consent.noHistory')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('consent.history')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('consent.when')}</th>
                  <th scope="col">{t('consent.decision')}</th>
                  <th scope="col">{t('consent.by')}</th>
                </tr>
              </thead>
              <tbody>
                {client.consentHistory.map((change) => (
                  <tr key={`${change.at}-${String(change.shareWithEmployers)}`}>
                    <td>{dateTime(change.at, i18n.language)}</td>
                    <td>{t(change.shareWithEmployers ? 'consent.yes' : 'consent.no')}</td>
                    <td>{t(`consent.byRole.${change.byRole}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="access-title" className="panel panel--letter">
        <h2 id="access-title">{t('access.title')}</h2>
        <p>{t('access.explain', { count: CODE_VALID_DAYS })}</p>
        <Button variant={ButtonVariant.Secondary} disabled={issuing} onClick={() => void makeLetter()}>
          {t(letter ? 'access.again' : 'access.make')}
        </Button>
        {letter && (
          <div ref={letterRef} tabIndex={-1} className="letter-area">
            <p role="status">{t('access.made')}</p>
            <Button onClick={() => window.print()}>{t('access.print')}</Button>
            <AccessCodeLetter
              code={letter.code}
              language={clientLanguage}
              displayName={client.displayName}
              validUntil={letter.validUntil}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="profiles-title" className="panel">
        <h2 id="profiles-title">{t('client.profiles')}</h2>
        {client.profiles.length === 0 ? (
          <p>{t('client.noProfiles')}</p>
        ) : (
          <ul className="card-list">
            {client.profiles.map((profile) => (
              <li key={profile.id} className="card">
                <p className="card__title">{profile.pseudonym}</p>
                <p className="card__meta">
                  {t(`profileStatus.${profile.status}`)} ·{' '}
                  {t('client.changed', { date: date(profile.updatedAt, i18n.language) })}
                </p>
                <p>
                  <Link to={`/coordinator/clients/${client.id}/profiles/${profile.id}`}>
                    {t(profile.status === 'ARCHIVED' ? 'profileEditor.viewLink' : 'profileEditor.editLink', {
                      pseudonym: profile.pseudonym,
                    })}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
        {client.profiles.every((profile) => profile.status === 'ARCHIVED') && (
          <p>
            <Link to={`/coordinator/clients/${client.id}/profiles/new`} className="button-link">
              {t('profileEditor.createLink')}
            </Link>
          </p>
        )}
      </section>
      <ClientWorkLinks client={client} />
    </div>
  );
}
