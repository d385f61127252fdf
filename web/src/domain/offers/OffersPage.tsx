import { LoadingSpinner, Notification } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { problemMessage } from '../../shared/errors/messages';
import { EarningsFacts } from '../../shared/earnings/EarningsFacts';
import { date } from '../../shared/format';
import { municipalityName } from '../../shared/municipalities';
import { usePageTitle } from '../../shared/usePageTitle';
import { OfferStatus } from './OfferStatus';
import { useMyOffers } from './useMyOffers';

/** The jobs offered to the client, newest first, each a link to the job and the answer. */
export function OffersPage() {
  const { t, i18n } = useTranslation('client');
  const { data, loading, error } = useMyOffers();
  usePageTitle(t('offers.title'));
  const offers = [...(data?.myOffers ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <div className="page page--narrow">
      <h1>{t('offers.title')}</h1>
      {loading && !data && <LoadingSpinner loadingText={t('common:app.loading')} />}
      {error && !data && (
        <Notification type="error" label={t('offers.loadFailed')} notificationAriaLabel={t('common:app.notification')}>
          {problemMessage(t, apiProblemOf(error))}
        </Notification>
      )}
      {data && offers.length === 0 && <p>{t('offers.none')}</p>}
      {offers.length > 0 && (
        <>
          <p>{t('offers.intro', { count: offers.length })}</p>
          <ul className="card-list">
            {offers.map((offer) => (
              <li key={offer.id} className="card">
                <h2 className="card__title">
                  <Link to={`/client/offers/${offer.id}`}>{offer.job.title}</Link>
                </h2>
                <p className="card__meta">
                  {offer.job.organisation.name} · {municipalityName(offer.job.municipalityCode, i18n.language)}
                </p>
                <p className="card__meta">{t('offers.offeredOn', { date: date(offer.createdAt, i18n.language) })}</p>
                <OfferStatus status={offer.status} />
                <EarningsFacts earnings={offer.earnings} words="client" />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
