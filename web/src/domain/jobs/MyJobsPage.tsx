import { useQuery } from '@apollo/client/react';
import { LoadingSpinner, Notification } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyJobsDocument } from '../../generated/graphql';
import { LoadFailed } from '../../shared/errors/LoadFailed';
import { usePageTitle } from '../../shared/usePageTitle';
import { groupByStatus, matchingWords, waitingFor } from './my-jobs';

/** The employer's jobs by status, each with how matching stands and what waits for the employer. */
export function MyJobsPage() {
  const { t } = useTranslation('employer');
  const { data, loading, error } = useQuery(MyJobsDocument, { fetchPolicy: 'cache-and-network', pollInterval: 5000 });
  usePageTitle(t('jobs.title'));
  const jobs = data?.jobs.edges.map((edge) => edge.node) ?? [];
  const proposals = data?.proposals.edges.map((edge) => edge.node) ?? [];
  if (error && !data) return <LoadFailed error={error} />;
  return (
    <div className="page">
      <h1>{t('jobs.title')}</h1>
      <p>
        <Link className="button-link" to="/employer/jobs/new">
          {t('jobs.new')}
        </Link>
      </p>
      {data?.me.organisation && !data.me.organisation.verifiedAt && (
        <Notification type="info" label={t('verification.title')} notificationAriaLabel={t('common:app.notification')}>
          <p>{t('verification.jobs')}</p>
        </Notification>
      )}
      {loading && !data && <LoadingSpinner loadingText={t('common:app.loading')} />}
      {data && jobs.length === 0 && <p>{t('jobs.none')}</p>}
      {groupByStatus(jobs).map((group) => (
        <section key={group.status} aria-labelledby={`jobs-${group.status}`}>
          <h2 id={`jobs-${group.status}`}>{t(`jobs.group.${group.status}`)}</h2>
          <ul className="card-list">
            {group.jobs.map((job) => {
              const words = matchingWords(job);
              const waiting = waitingFor(job.id, proposals);
              return (
                <li key={job.id} className="card">
                  <h3 className="card__title">
                    <Link to={`/employer/jobs/${job.id}`}>{job.title}</Link>
                  </h3>
                  <p className="card__meta">
                    {words.kind === 'found'
                      ? t('jobs.matching.found', { count: words.count })
                      : t(`jobs.matching.${words.kind}`)}
                  </p>
                  {waiting.toAnswer > 0 && (
                    <p className="status status--interested">
                      <Link to="/employer/proposals">{t('jobs.waiting.toAnswer', { count: waiting.toAnswer })}</Link>
                    </p>
                  )}
                  {waiting.answered > 0 && (
                    <p>
                      <Link to="/employer/proposals">{t('jobs.waiting.answered', { count: waiting.answered })}</Link>
                    </p>
                  )}
                  {waiting.open > 0 && <p>{t('jobs.waiting.open', { count: waiting.open })}</p>}
                  {job.status !== 'DRAFT' && (
                    <p>
                      <Link to={`/employer/jobs/${job.id}/candidates`}>{t('jobs.candidatesLink')}</Link>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
