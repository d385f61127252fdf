import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmployerProposalsDocument } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { LoadFailed } from '../../shared/errors/LoadFailed';
import { problemMessage } from '../../shared/errors/messages';
import { ProposalsView, type ProposalTexts } from '../../shared/proposals/ProposalsView';
import { usePageTitle } from '../../shared/usePageTitle';

/** Proposals on the page: the API's largest page. */
const PROPOSALS_PAGE = { first: 100 } as const;

/** Proposals from coordinators to answer, the employer's own requests, and how accepted ones went. */
export function ProposalsPage() {
  const { t } = useTranslation('employer');
  const { data, loading, error } = useQuery(EmployerProposalsDocument, {
    variables: PROPOSALS_PAGE,
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(t('proposals.title'));
  if (error && !data) return <LoadFailed error={error} />;
  const texts: ProposalTexts = {
    title: t('proposals.title'),
    intro: t('proposals.intro'),
    none: t('proposals.none'),
    group: (group) => t(`proposals.group.${group}`),
    cardTitle: (pseudonym, job) => t('proposals.cardTitle', { pseudonym, job }),
    status: (status) => t(`proposals.status.${status}`),
    byline: (initiatedBy, date) =>
      t(initiatedBy === 'EMPLOYER' ? 'proposals.byYou' : 'proposals.byCoordinator', { date }),
    message: t('proposals.message'),
    declineReasonLabel: t('proposals.declineReasonLabel'),
    declineReason: (reason) => t(`proposals.declineReason.${reason}`),
    history: t('proposals.history'),
    event: (date, status) => t('proposals.event', { date, status: t(`proposals.status.${status}`) }),
    accept: t('proposals.accept'),
    decline: t('proposals.decline'),
    reason: t('proposals.reason'),
    note: t('proposals.note'),
    sendDecline: t('proposals.sendDecline'),
    cancel: t('candidates.cancel'),
    withdraw: t('proposals.withdraw'),
    outcome: (outcome) => t(`proposals.outcome.${outcome}`),
    problem: (failure) => problemMessage(t, apiProblemOf(failure), 'proposal'),
  };
  return (
    <ProposalsView
      side="EMPLOYER"
      proposals={data?.proposals.edges.map((edge) => edge.node) ?? []}
      loaded={Boolean(data)}
      loading={loading}
      texts={texts}
      refetchQueries={[{ query: EmployerProposalsDocument, variables: PROPOSALS_PAGE }]}
      defaultDeclineReason="TASKS_NOT_SUITABLE"
      details={(proposal) => (
        <>
          {proposal.job.status === 'FILLED' && <p className="note">{t('proposals.jobFilled')}</p>}
          <p className="pre-line">{proposal.candidate.summary}</p>
        </>
      )}
      footer={(proposal) => (
        <p>
          <Link to={`/employer/jobs/${proposal.job.id}`}>{t('proposals.toJob', { job: proposal.job.title })}</Link>
        </p>
      )}
    />
  );
}
