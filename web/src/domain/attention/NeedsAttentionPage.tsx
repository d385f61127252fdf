import './attention.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { LoadingSpinner } from 'hds-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NeedsAttentionDocument, RecordAttentionVisitDocument } from '../../generated/graphql';
import { LoadFailed } from '../../shared/errors/LoadFailed';
import { dateTime } from '../../shared/format';
import { usePageTitle } from '../../shared/usePageTitle';
import { type AttentionItem, attentionItems, daysSince, URGENCY } from './attention';

/**
 * The coordinator's start page: what waits, most urgent first. The page is read, then the visit recorded, so that
 * the client answers shown are those since the previous visit (the API's definition: a break of an hour or more
 * between visits starts a new one).
 */
export function NeedsAttentionPage() {
  const { t, i18n } = useTranslation('coordinator');
  const { data, loading, error } = useQuery(NeedsAttentionDocument, { fetchPolicy: 'network-only' });
  const [recordVisit] = useMutation(RecordAttentionVisitDocument);
  const recorded = useRef(false);
  useEffect(() => {
    if (!data || recorded.current) return;
    recorded.current = true;
    void recordVisit().catch(() => undefined);
  }, [data, recordVisit]);
  usePageTitle(t('work.attention.title'));
  if (error && !data) return <LoadFailed error={error} />;
  if (loading && !data) {
    return (
      <div className="page page--centered">
        <LoadingSpinner loadingText={t('common:app.loading')} />
      </div>
    );
  }
  if (!data) return null;
  const lists = data.needsAttention;
  const items = attentionItems(lists);
  const now = new Date();
  const counts = URGENCY.map((kind) => [kind, items.filter((item) => item.kind === kind).length] as const).filter(
    ([, n]) => n > 0,
  );
  return (
    <div className="page">
      <h1>{t('work.attention.title')}</h1>
      <p>
        {lists.lastVisitAt
          ? t('work.attention.since', { date: dateTime(lists.lastVisitAt, i18n.language) })
          : t('work.attention.firstVisit')}
      </p>
      {items.length === 0 ? (
        <p className="note">{t('work.attention.nothing')}</p>
      ) : (
        <>
          <ul className="inline-list attention-counts" aria-label={t('work.attention.summary')}>
            {counts.map(([kind, n]) => (
              <li key={kind}>{t(`work.attention.count.${kind}`, { count: n })}</li>
            ))}
          </ul>
          <ol className="card-list" aria-label={t('work.attention.listLabel')}>
            {items.map((item) => (
              <AttentionCard
                key={item.key}
                item={item}
                days={daysSince(item.since, now)}
                limits={{ employerWaitDays: lists.employerWaitDays, quietDays: lists.quietDays }}
              />
            ))}
          </ol>
        </>
      )}
      <p>
        <Link to="/coordinator/clients">{t('work.attention.toClients')}</Link>
      </p>
    </div>
  );
}

function AttentionCard({
  item,
  days,
  limits,
}: {
  item: AttentionItem;
  days: number;
  limits: { employerWaitDays: number; quietDays: number };
}) {
  const { t } = useTranslation('coordinator');
  const name = item.profile.client.displayName;
  const matches = `/coordinator/profiles/${item.profile.id}/matches`;
  return (
    <li className={`card attention attention--${item.kind}`}>
      <p className="status">{t(`work.attention.kind.${item.kind}`)}</p>
      <h2 className="card__title attention__title">
        {t(`work.attention.what.${item.kind}`, { name, job: item.job?.title ?? '', days })}
      </h2>
      {item.job?.organisation && <p className="card__meta">{item.job.organisation.name}</p>}
      <p className="card__meta">
        {days === 0 && item.kind === 'employerRequest'
          ? t('work.attention.todayRequest')
          : days === 0 && (item.kind === 'clientInterested' || item.kind === 'clientDeclined')
            ? t('work.attention.todayAnswer')
            : t(`work.attention.waited.${item.kind}`, {
                count: days,
                limit: item.kind === 'quietProfile' ? limits.quietDays : limits.employerWaitDays,
              })}
      </p>
      {item.message && (
        <p>
          {t('work.attention.employerMessage')} <q className="pre-line">{item.message}</q>
        </p>
      )}
      {item.comment && (
        <p>
          {t('work.attention.clientComment')} <q className="pre-line">{item.comment}</q>
        </p>
      )}
      <p>
        {item.kind === 'employerRequest' || item.kind === 'waitingForEmployer' ? (
          <Link to="/coordinator/proposals">{t(`work.attention.act.${item.kind}`, { name })}</Link>
        ) : (
          <Link to={matches}>{t(`work.attention.act.${item.kind}`, { name })}</Link>
        )}
      </p>
    </li>
  );
}
