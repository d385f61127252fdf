import './profile-matches.css';
import { useQuery } from '@apollo/client/react';
import { LoadingSpinner } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ProfileMatchesDocument, type Language } from '../../generated/graphql';
import { isNotFound, LoadFailed } from '../../shared/errors/LoadFailed';
import { nearMisses } from '../../shared/matches/match-lists';
import { usePageTitle } from '../../shared/usePageTitle';
import { JobMatchCard } from './components/JobMatchCard';
import { newestByJob } from './profile-work';

/** The jobs that fit one profile, and the near misses: offer a job to the client, propose the candidate. */
export function ProfileMatchesPage() {
  const { profileId = '' } = useParams();
  const { t, i18n } = useTranslation('coordinator');
  const lang = i18n.language.toUpperCase() as Language;
  const { data, loading, error } = useQuery(ProfileMatchesDocument, {
    variables: { id: profileId, lang },
    fetchPolicy: 'cache-and-network',
  });
  const profile = data?.profile;
  usePageTitle(profile ? t('work.matches.title', { name: profile.client.displayName }) : t('work.matches.titleShort'));
  if (loading && !data) {
    return (
      <div className="page page--centered">
        <LoadingSpinner loadingText={t('common:app.loading')} />
      </div>
    );
  }
  if (error && !isNotFound(error) && !profile) return <LoadFailed error={error} />;
  if (!profile) return <NotFoundPage />;
  const ranked = profile.matches.edges.map((edge) => edge.node);
  const misses = nearMisses(profile.nearMisses.edges.map((edge) => edge.node));
  const offers = newestByJob(profile.offers);
  const proposals = newestByJob(data.proposals.edges.map((edge) => edge.node));
  const context = {
    profileId: profile.id,
    consent: profile.client.consent.shareWithEmployers,
    profileStatus: profile.status,
  };
  return (
    <div className="page">
      <p>
        <Link to={`/coordinator/clients/${profile.client.id}`}>
          {t('work.matches.backToClient', { name: profile.client.displayName })}
        </Link>
      </p>
      <h1>{t('work.matches.title', { name: profile.client.displayName })}</h1>
      <p className="card__meta">
        {t('work.matches.profileLine', {
          pseudonym: profile.pseudonym,
          status: t(`profileStatus.${profile.status}`),
        })}
      </p>
      {!profile.matching.upToDate && <p className="note">{t('work.matches.finding')}</p>}
      {!context.consent && <p className="note">{t('work.matches.noConsent')}</p>}
      <section aria-labelledby="matches-ranked">
        <h2 id="matches-ranked">{t('work.matches.ranked', { count: profile.matches.totalCount })}</h2>
        {ranked.length === 0 ? (
          <p>{t('work.matches.none')}</p>
        ) : (
          <ol className="card-list">
            {ranked.map((match, index) => (
              <JobMatchCard
                key={match.id}
                match={match}
                rank={index + 1}
                context={context}
                offer={offers.get(match.job.id)}
                proposal={proposals.get(match.job.id)}
              />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="matches-near">
        <h2 id="matches-near">{t('work.matches.nearMisses', { count: misses.length })}</h2>
        <p>{t('work.matches.nearMissesIntro')}</p>
        {misses.length === 0 ? (
          <p>{t('work.matches.noNearMisses')}</p>
        ) : (
          <ul className="card-list">
            {misses.map((match) => (
              <JobMatchCard key={match.id} match={match} blocker={match.blocker} context={context} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
