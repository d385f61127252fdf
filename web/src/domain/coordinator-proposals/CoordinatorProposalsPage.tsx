import '../../shared/forms.css';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CoordinatorProposalsDocument } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { LoadFailed } from '../../shared/errors/LoadFailed';
import { problemMessage } from '../../shared/errors/messages';
import { ProposalsView, type ProposalTexts } from '../../shared/proposals/ProposalsView';
import { usePageTitle } from '../../shared/usePageTitle';

const ALL = { status: null } as const;

/** The service provider's proposals by state: answer employers' requests, record trials, hires and ends. */
export function CoordinatorProposalsPage() {
  const { t } = useTranslation('coordinator');
  const { data, loading, error } = useQuery(CoordinatorProposalsDocument, {
    variables: ALL,
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(t('work.proposals.title'));
  if (error && !data) return <LoadFailed error={error} />;
  const texts: ProposalTexts = {
    title: t('work.proposals.title'),
    intro: t('work.proposals.intro'),
    none: t('work.proposals.none'),
    group: (group) => t(`work.proposals.group.${group}`),
    cardTitle: (pseudonym, job) => t('work.proposals.cardTitle', { pseudonym, job }),
    status: (status) => t(`work.proposalStatus.${status}`),
    byline: (initiatedBy, date) =>
      t(initiatedBy === 'EMPLOYER' ? 'work.proposals.byEmployer' : 'work.proposals.byCoordinator', { date }),
    message: t('work.proposals.message'),
    declineReasonLabel: t('work.proposals.declineReasonLabel'),
    declineReason: (reason) => t(`work.declineReason.${reason}`),
    history: t('work.proposals.history'),
    event: (date, status, actor) =>
      t('work.proposals.event', {
        date,
        status: t(`work.proposalStatus.${status}`),
        who: t(`work.actor.${actor}`),
      }),
    accept: t('work.proposals.accept'),
    decline: t('work.proposals.decline'),
    reason: t('work.proposals.reason'),
    note: t('work.proposals.note'),
    noteHint: t('work.proposals.noteHint'),
    sendDecline: t('work.proposals.sendDecline'),
    cancel: t('work.cancel'),
    withdraw: t('work.proposals.withdraw'),
    outcome: (outcome) => t(`work.outcome.${outcome}`),
    problem: (failure) => problemMessage(t, apiProblemOf(failure), 'work'),
  };
  return (
    <ProposalsView
      side="COORDINATOR"
      proposals={data?.proposals.edges.map((edge) => edge.node) ?? []}
      loaded={Boolean(data)}
      loading={loading}
      texts={texts}
      refetchQueries={[{ query: CoordinatorProposalsDocument, variables: ALL }]}
      defaultDeclineReason="CANDIDATE_NOT_INTERESTED"
      details={(proposal) => <p className="card__meta">{proposal.job.organisation.name}</p>}
      footer={(proposal) => (
        <p>
          <Link to={`/coordinator/profiles/${proposal.candidate.id}/matches`}>
            {t('work.proposals.toProfile', { pseudonym: proposal.candidate.pseudonym })}
          </Link>
        </p>
      )}
    />
  );
}
