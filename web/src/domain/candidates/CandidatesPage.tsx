import './candidates.css';
import { useQuery } from '@apollo/client/react';
import { LoadingSpinner, Notification } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useSession } from '../../app/session/SessionProvider';
import { JobCandidatesDocument, type JobCandidatesQuery, type Language } from '../../generated/graphql';
import { SupportHints } from '../../shared/earnings/SupportHints';
import { isNotFound, LoadFailed } from '../../shared/errors/LoadFailed';
import { usePageTitle } from '../../shared/usePageTitle';
import { nearMisses } from '../../shared/matches/match-lists';
import { proposalByCandidate } from './candidates';
import { CandidateCard } from './components/CandidateCard';

/** The candidates for one job, ranked, and the near misses: one request for the whole page. */
export function CandidatesPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('employer');
  const lang = i18n.language.toUpperCase() as Language;
  const { user } = useSession();
  const { data, loading, error } = useQuery(JobCandidatesDocument, {
    variables: { id, lang },
    fetchPolicy: 'cache-and-network',
  });
  const job = data?.job;
  usePageTitle(job ? t('candidates.title', { title: job.title }) : t('candidates.titleShort'));
  if (loading && !data) {
    return (
      <div className="page page--centered">
        <LoadingSpinner loadingText={t('common:app.loading')} />
      </div>
    );
  }
  if (error && !isNotFound(error) && !job) return <LoadFailed error={error} />;
  if (!job || job.organisation.id !== user?.organisation?.id) return <NotFoundPage />;
  if (!job.organisation.verifiedAt) {
    // Not verified yet: the API gives the count of the candidates who fit, and none of them.
    return (
      <div className="page">
        <p>
          <Link to={`/employer/jobs/${job.id}`}>{t('candidates.backToJob')}</Link>
        </p>
        <h1>{t('candidates.title', { title: job.title })}</h1>
        {!job.matching.upToDate && <p className="note">{t('jobs.matching.finding')}</p>}
        <Notification type="info" label={t('verification.title')} notificationAriaLabel={t('common:app.notification')}>
          <p>{t('verification.candidates', { count: job.matches.totalCount })}</p>
        </Notification>
      </div>
    );
  }
  const ranked = job.matches.edges.map((edge) => edge.node);
  const misses = nearMisses(job.nearMisses.edges.map((edge) => edge.node));
  const proposals = proposalByCandidate(data.proposals.edges.map((edge) => edge.node));
  return (
    <div className="page">
      <p>
        <Link to={`/employer/jobs/${job.id}`}>{t('candidates.backToJob')}</Link>
      </p>
      <h1>{t('candidates.title', { title: job.title })}</h1>
      {!job.matching.upToDate && <p className="note">{t('jobs.matching.finding')}</p>}
      <section aria-labelledby="candidates-ranked">
        <h2 id="candidates-ranked">{t('candidates.ranked', { count: job.matches.totalCount })}</h2>
        {ranked.length === 0 ? (
          <p>{t('candidates.none')}</p>
        ) : (
          <ol className="card-list">
            {ranked.map((match, index) => (
              <CandidateCard
                key={match.id}
                jobId={job.id}
                match={match}
                rank={index + 1}
                proposalStatus={proposals.get(match.candidate.id)?.status}
              />
            ))}
          </ol>
        )}
      </section>
      {job.matching.upToDate && job.advice.length > 0 && <JobAdviceSection advice={job.advice} />}
      <section aria-labelledby="candidates-near">
        <h2 id="candidates-near">{t('candidates.nearMisses', { count: misses.length })}</h2>
        <p>{t('candidates.nearMissesIntro')}</p>
        {misses.length === 0 ? (
          <p>{t('candidates.noNearMisses')}</p>
        ) : (
          <ul className="card-list">
            {misses.map((match) => (
              <CandidateCard key={match.id} jobId={job.id} match={match} blocker={match.blocker} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

type Advice = NonNullable<JobCandidatesQuery['job']>['advice'][number];

/** The single changes to the job that would make more people fit, best first, with the supports that could pay. */
function JobAdviceSection({ advice }: { advice: readonly Advice[] }) {
  const { t } = useTranslation('employer');
  return (
    <section aria-labelledby="candidates-advice">
      <h2 id="candidates-advice">{t('candidates.advice.title')}</h2>
      <p>{t('candidates.advice.intro')}</p>
      <ul className="advice">
        {advice.map((item) => (
          <li key={`${item.kind}-${item.accommodation?.code ?? item.task?.id ?? item.minimumHours ?? ''}`}>
            <p>{item.text}</p>
            <p className="advice__count">{t('candidates.advice.added', { count: item.additionalCandidates })}</p>
            {item.supportHints.length > 0 && (
              <>
                <p>{t('candidates.advice.supports')}</p>
                <SupportHints hints={item.supportHints} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
