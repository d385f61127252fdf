import { useMutation, useQuery } from '@apollo/client/react';
import { LoadingSpinner, Notification, ToggleButton } from 'hds-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MyConsentDocument, MyConsentHistoryDocument, SetMyConsentDocument } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { problemMessage } from '../../shared/errors/messages';
import { dateTime } from '../../shared/format';
import { usePageTitle } from '../../shared/usePageTitle';
import { focusWhenDrawn } from '../../shared/focus';

/** The client decides whether employers may see their profile without their name; the change holds at once. */
export function ConsentPage() {
  const { t, i18n } = useTranslation('client');
  const { data, loading } = useQuery(MyConsentDocument, { fetchPolicy: 'cache-and-network' });
  const history = useQuery(MyConsentHistoryDocument, { fetchPolicy: 'cache-and-network' });
  const [setConsent, { loading: saving }] = useMutation(SetMyConsentDocument, {
    update(cache, { data: answer }) {
      if (answer) cache.writeQuery({ query: MyConsentDocument, data: { myConsent: answer.setMyConsent } });
    },
    refetchQueries: [{ query: MyConsentHistoryDocument }],
  });
  const [error, setError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const feedbackRef = useRef<HTMLDivElement>(null);
  usePageTitle(t('consent.title'));
  const consent = data?.myConsent;

  const toggle = async (share: boolean) => {
    setError(null);
    setChanged(false);
    try {
      await setConsent({ variables: { shareWithEmployers: share } });
      setChanged(true);
    } catch (failure) {
      setError(problemMessage(t, apiProblemOf(failure)));
      focusWhenDrawn(feedbackRef);
    }
  };

  return (
    <div className="page page--narrow">
      <h1>{t('consent.title')}</h1>
      <p>{t('consent.intro')}</p>
      {loading && !consent && <LoadingSpinner loadingText={t('common:app.loading')} />}
      {consent && (
        <>
          <ToggleButton
            id="consent-share"
            label={t('consent.switch')}
            checked={consent.shareWithEmployers}
            // Not disabled while saving: a disabled button drops the keyboard's focus to the page's start.
            aria-busy={saving}
            onChange={(checked) => {
              if (!saving) void toggle(!checked);
            }}
          />
          <div ref={feedbackRef} tabIndex={-1} aria-live="polite">
            <p className="consent-state">{consent.shareWithEmployers ? t('consent.isOn') : t('consent.isOff')}</p>
            {consent.changedAt && (
              <p className="card__meta">
                {t('consent.changedAt', { date: dateTime(consent.changedAt, i18n.language) })}
              </p>
            )}
            {changed && <p>{t('consent.changedNow')}</p>}
            {error && (
              <Notification
                type="error"
                label={t('consent.failed')}
                notificationAriaLabel={t('common:app.notification')}
              >
                {error}
              </Notification>
            )}
          </div>
        </>
      )}
      <section aria-labelledby="consent-see">
        <h2 id="consent-see">{t('consent.seeTitle')}</h2>
        <ul>
          {(t('consent.see', { returnObjects: true }) as string[]).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="consent-never">
        <h2 id="consent-never">{t('consent.neverTitle')}</h2>
        <ul>
          {(t('consent.never', { returnObjects: true }) as string[]).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="consent-history">
        <h2 id="consent-history">{t('consent.historyTitle')}</h2>
        {history.data &&
          (history.data.myConsentHistory.length === 0 ? (
            <p>{t('consent.historyNone')}</p>
          ) : (
            <>
              <p>{t('consent.historyIntro')}</p>
              <ol className="consent-history">
                {history.data.myConsentHistory.map((change) => (
                  <li key={`${change.at}-${String(change.shareWithEmployers)}`}>
                    <span className="card__meta">{dateTime(change.at, i18n.language)}</span>{' '}
                    <span>
                      {t(
                        `consent.choice.${change.byRole === 'CLIENT' ? 'CLIENT' : 'OTHER'}_${String(change.shareWithEmployers)}`,
                      )}
                    </span>
                  </li>
                ))}
              </ol>
            </>
          ))}
      </section>
    </div>
  );
}
