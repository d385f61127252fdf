import '../../shared/forms.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonVariant, LoadingSpinner } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CoordinatorProposalsDocument,
  RecordOutcomeDocument,
  RespondToProposalDocument,
  WithdrawProposalDocument,
  type CoordinatorProposalFragment,
  type DeclineReason,
  type PlacementOutcome,
} from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { LoadFailed } from '../../shared/errors/LoadFailed';
import { problemMessage } from '../../shared/errors/messages';
import { dateTime } from '../../shared/format';
import { DECLINE_REASONS, GROUP_ORDER, proposalActions, proposalGroup } from '../../shared/proposals/proposal-actions';
import { usePageTitle } from '../../shared/usePageTitle';
import { focusWhenDrawn } from '../../shared/focus';

const ALL = { status: null } as const;

/** The service provider's proposals by state: answer employers' requests, record trials, hires and ends. */
export function CoordinatorProposalsPage() {
  const { t } = useTranslation('coordinator');
  const { data, loading, error } = useQuery(CoordinatorProposalsDocument, {
    variables: ALL,
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(t('work.proposals.title'));
  const proposals = data?.proposals.edges.map((edge) => edge.node) ?? [];
  if (error && !data) return <LoadFailed error={error} />;
  return (
    <div className="page">
      <h1>{t('work.proposals.title')}</h1>
      <p>{t('work.proposals.intro')}</p>
      {loading && !data && <LoadingSpinner loadingText={t('common:app.loading')} />}
      {data && proposals.length === 0 && <p>{t('work.proposals.none')}</p>}
      {GROUP_ORDER.map((group) => {
        const inGroup = proposals.filter((p) => proposalGroup(p, 'COORDINATOR') === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`proposals-${group}`}>
            <h2 id={`proposals-${group}`}>{t(`work.proposals.group.${group}`)}</h2>
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

function ProposalCard({ proposal }: { proposal: CoordinatorProposalFragment }) {
  const { t, i18n } = useTranslation('coordinator');
  const actions = proposalActions(proposal, 'COORDINATOR');
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason>('CANDIDATE_NOT_INTERESTED');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refetch = {
    refetchQueries: [{ query: CoordinatorProposalsDocument, variables: ALL }],
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
      // The card moves to another list: focus its title there.
      focusWhenDrawn(`${id}-title`);
    } catch (failure) {
      setError(problemMessage(t, apiProblemOf(failure), 'work'));
    }
  };
  const outcome = (value: PlacementOutcome) => run(() => record({ variables: { id: proposal.id, outcome: value } }));
  return (
    <li className="card">
      <h3 className="card__title" id={`${id}-title`} tabIndex={-1}>
        {t('work.proposals.cardTitle', { pseudonym: proposal.candidate.pseudonym, job: proposal.job.title })}
      </h3>
      <p className="card__meta">{proposal.job.organisation.name}</p>
      <p className="status">{t(`work.proposalStatus.${proposal.status}`)}</p>
      <p className="card__meta">
        {t(proposal.initiatedBy === 'EMPLOYER' ? 'work.proposals.byEmployer' : 'work.proposals.byCoordinator', {
          date: dateTime(proposal.createdAt, i18n.language),
        })}
      </p>
      {proposal.message && (
        <p>
          <strong>{t('work.proposals.message')}</strong> <span className="pre-line">{proposal.message}</span>
        </p>
      )}
      {proposal.declineReason && <p>{t(`work.declineReason.${proposal.declineReason}`)}</p>}
      {proposal.events.length > 1 && (
        <details>
          <summary>{t('work.proposals.history')}</summary>
          <ol>
            {proposal.events.map((event) => (
              <li key={`${event.at}-${event.status}`}>
                {t('work.proposals.event', {
                  date: dateTime(event.at, i18n.language),
                  status: t(`work.proposalStatus.${event.status}`),
                  who: t(`work.actor.${event.actorRole}`),
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
            {t('work.proposals.accept')}
          </Button>
          <Button variant={ButtonVariant.Secondary} disabled={busy} onClick={() => setDeclining(true)}>
            {t('work.proposals.decline')}
          </Button>
        </div>
      )}
      {declining && (
        <div className="ask">
          <label htmlFor={`${id}-reason`}>{t('work.proposals.reason')}</label>
          <select
            id={`${id}-reason`}
            className="text-field"
            value={reason}
            onChange={(event) => setReason(event.target.value as DeclineReason)}
          >
            {DECLINE_REASONS.map((value) => (
              <option key={value} value={value}>
                {t(`work.declineReason.${value}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-note`}>{t('work.proposals.note')}</label>
          <p id={`${id}-note-hint`} className="field-hint">
            {t('work.proposals.noteHint')}
          </p>
          <textarea
            id={`${id}-note`}
            className="text-field text-area"
            rows={2}
            value={note}
            aria-describedby={`${id}-note-hint`}
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
              {t('work.proposals.sendDecline')}
            </Button>
            <Button variant={ButtonVariant.Secondary} onClick={() => setDeclining(false)}>
              {t('work.cancel')}
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
              {t(`work.outcome.${value}`)}
            </Button>
          ))}
        </div>
      )}
      {actions.withdraw && (
        <div className="actions">
          <Button
            variant={ButtonVariant.Secondary}
            disabled={busy}
            onClick={() => void run(() => withdraw({ variables: { id: proposal.id } }))}
          >
            {t('work.proposals.withdraw')}
          </Button>
        </div>
      )}
      <p>
        <Link to={`/coordinator/profiles/${proposal.candidate.id}/matches`}>
          {t('work.proposals.toProfile', { pseudonym: proposal.candidate.pseudonym })}
        </Link>
      </p>
    </li>
  );
}
