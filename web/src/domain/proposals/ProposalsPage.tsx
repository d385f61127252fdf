import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonVariant, LoadingSpinner } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  EmployerProposalsDocument,
  RecordOutcomeDocument,
  RespondToProposalDocument,
  WithdrawProposalDocument,
  type DeclineReason,
  type EmployerProposalFragment,
  type PlacementOutcome,
} from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { LoadFailed } from '../../shared/errors/LoadFailed';
import { problemMessage } from '../../shared/errors/messages';
import { dateTime } from '../../shared/format';
import { usePageTitle } from '../../shared/usePageTitle';
import { DECLINE_REASONS, GROUP_ORDER, proposalActions, proposalGroup } from '../../shared/proposals/proposal-actions';
import { focusWhenDrawn } from '../../shared/focus';

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
  const proposals = data?.proposals.edges.map((edge) => edge.node) ?? [];
  if (error && !data) return <LoadFailed error={error} />;
  return (
    <div className="page">
      <h1>{t('proposals.title')}</h1>
      <p>{t('proposals.intro')}</p>
      {loading && !data && <LoadingSpinner loadingText={t('common:app.loading')} />}
      {data && proposals.length === 0 && <p>{t('proposals.none')}</p>}
      {GROUP_ORDER.map((group) => {
        const inGroup = proposals.filter((p) => proposalGroup(p) === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`proposals-${group}`}>
            <h2 id={`proposals-${group}`}>{t(`proposals.group.${group}`)}</h2>
            <ul className="card-list">
              {inGroup.map((proposal) => (
                <ProposalCard key={proposal.id} proposal={proposal} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function ProposalCard({ proposal }: { proposal: EmployerProposalFragment }) {
  const { t, i18n } = useTranslation('employer');
  const actions = proposalActions(proposal);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason>('TASKS_NOT_SUITABLE');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refetch = {
    refetchQueries: [{ query: EmployerProposalsDocument, variables: PROPOSALS_PAGE }],
    awaitRefetchQueries: true,
  };
  const [respond, { loading: responding }] = useMutation(RespondToProposalDocument, refetch);
  const [record, { loading: recording }] = useMutation(RecordOutcomeDocument, refetch);
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawProposalDocument, refetch);
  const busy = responding || recording || withdrawing;
  const id = `proposal-${proposal.id}`;
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      focusWhenDrawn(`${id}-title`);
    } catch (failure) {
      setError(problemMessage(t, apiProblemOf(failure), 'proposal'));
    }
  };
  const outcome = (value: PlacementOutcome) => run(() => record({ variables: { id: proposal.id, outcome: value } }));
  return (
    <li className="card">
      <h3 className="card__title" id={`${id}-title`} tabIndex={-1}>
        {t('proposals.cardTitle', { pseudonym: proposal.candidate.pseudonym, job: proposal.job.title })}
      </h3>
      <p className="status">{t(`proposals.status.${proposal.status}`)}</p>
      <p className="card__meta">
        {t(proposal.initiatedBy === 'EMPLOYER' ? 'proposals.byYou' : 'proposals.byCoordinator', {
          date: dateTime(proposal.createdAt, i18n.language),
        })}
      </p>
      {proposal.job.status === 'FILLED' && <p className="note">{t('proposals.jobFilled')}</p>}
      <p className="pre-line">{proposal.candidate.summary}</p>
      {proposal.message && (
        <p>
          <strong>{t('proposals.message')}</strong> <span className="pre-line">{proposal.message}</span>
        </p>
      )}
      {proposal.declineReason && (
        <p>
          <strong>{t('proposals.declineReasonLabel')}</strong> {t(`proposals.declineReason.${proposal.declineReason}`)}
        </p>
      )}
      {proposal.events.length > 1 && (
        <details>
          <summary>{t('proposals.history')}</summary>
          <ol>
            {proposal.events.map((event) => (
              <li key={`${event.at}-${event.status}`}>
                {t('proposals.event', {
                  date: dateTime(event.at, i18n.language),
                  status: t(`proposals.status.${event.status}`),
                })}
                {event.note && ` – ${event.note}`}
              </li>
            ))}
          </ol>
        </details>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {actions.answer && !declining && (
        <div className="actions">
          <Button
            disabled={busy}
            onClick={() => void run(() => respond({ variables: { id: proposal.id, accept: true } }))}
          >
            {t('proposals.accept')}
          </Button>
          <Button variant={ButtonVariant.Secondary} disabled={busy} onClick={() => setDeclining(true)}>
            {t('proposals.decline')}
          </Button>
        </div>
      )}
      {declining && (
        <div className="ask">
          <label htmlFor={`${id}-reason`}>{t('proposals.reason')}</label>
          <select
            id={`${id}-reason`}
            className="text-field"
            value={reason}
            onChange={(event) => setReason(event.target.value as DeclineReason)}
          >
            {DECLINE_REASONS.map((value) => (
              <option key={value} value={value}>
                {t(`proposals.declineReason.${value}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-note`}>{t('proposals.note')}</label>
          <textarea
            id={`${id}-note`}
            className="text-field text-area"
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="actions">
            <Button
              disabled={busy}
              onClick={() =>
                void run(() =>
                  respond({
                    variables: { id: proposal.id, accept: false, declineReason: reason, note: note.trim() || null },
                  }),
                )
              }
            >
              {t('proposals.sendDecline')}
            </Button>
            <Button variant={ButtonVariant.Secondary} onClick={() => setDeclining(false)}>
              {t('candidates.cancel')}
            </Button>
          </div>
        </div>
      )}
      {actions.outcomes.length > 0 && (
        <div className="actions">
          {actions.outcomes.map((value) => (
            <Button
              key={value}
              variant={value === 'HIRED' ? ButtonVariant.Primary : ButtonVariant.Secondary}
              disabled={busy}
              onClick={() => void outcome(value)}
            >
              {t(`proposals.outcome.${value}`)}
            </Button>
          ))}
        </div>
      )}
      {actions.withdraw && (
        <Button
          variant={ButtonVariant.Secondary}
          disabled={busy}
          onClick={() => void run(() => withdraw({ variables: { id: proposal.id } }))}
        >
          {t('proposals.withdraw')}
        </Button>
      )}
      <p>
        <Link to={`/employer/jobs/${proposal.job.id}`}>{t('proposals.toJob', { job: proposal.job.title })}</Link>
      </p>
    </li>
  );
}
