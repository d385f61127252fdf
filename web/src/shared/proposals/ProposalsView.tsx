import { useMutation } from '@apollo/client/react';
import { Button, ButtonVariant, LoadingSpinner } from 'hds-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RecordOutcomeDocument,
  RespondToProposalDocument,
  WithdrawProposalDocument,
  type DeclineReason,
  type PlacementOutcome,
  type ProposalCardFragment,
  type ProposalStatus,
  type Role,
} from '../../generated/graphql';
import { focusWhenDrawn } from '../focus';
import { dateTime } from '../format';
import {
  DECLINE_REASONS,
  GROUP_ORDER,
  proposalActions,
  proposalGroup,
  type ProposalGroup,
  type ProposalSide,
} from './proposal-actions';

/** The words of one side's proposals page, from that side's translations. */
export interface ProposalTexts {
  title: string;
  intro: string;
  none: string;
  group(group: ProposalGroup): string;
  cardTitle(pseudonym: string, job: string): string;
  status(status: ProposalStatus): string;
  /** Who proposed and when, e.g. "You asked on 3.12.2026". */
  byline(initiatedBy: Role, date: string): string;
  message: string;
  declineReasonLabel: string;
  declineReason(reason: DeclineReason): string;
  history: string;
  event(date: string, status: ProposalStatus, actor: Role): string;
  accept: string;
  decline: string;
  reason: string;
  note: string;
  /** Said under the note field, where the side has something to say about what the note is for. */
  noteHint?: string;
  sendDecline: string;
  cancel: string;
  withdraw: string;
  outcome(outcome: PlacementOutcome): string;
  /** A refused action, in words. */
  problem(failure: unknown): string;
}

type RefetchQueries = NonNullable<Parameters<typeof useMutation>[1]>['refetchQueries'];

interface ProposalsViewProps<P extends ProposalCardFragment> {
  side: ProposalSide;
  proposals: P[];
  /** The page's query has answered (an empty list then means there are none). */
  loaded: boolean;
  loading: boolean;
  texts: ProposalTexts;
  /** What to read again after an answer, a withdrawal or an outcome: the page's own query. */
  refetchQueries: RefetchQueries;
  defaultDeclineReason: DeclineReason;
  /** The side's own lines after the byline. */
  details?: (proposal: P) => ReactNode;
  /** The side's own link at the foot of the card. */
  footer: (proposal: P) => ReactNode;
}

/** One side's proposals by group: what to answer, what is under way, own ones waiting, and done. */
export function ProposalsView<P extends ProposalCardFragment>(props: ProposalsViewProps<P>) {
  const { side, proposals, loaded, loading, texts } = props;
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{texts.title}</h1>
      <p>{texts.intro}</p>
      {loading && !loaded && <LoadingSpinner loadingText={t('common:app.loading')} />}
      {loaded && proposals.length === 0 && <p>{texts.none}</p>}
      {GROUP_ORDER.map((group) => {
        const inGroup = proposals.filter((p) => proposalGroup(p, side) === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`proposals-${group}`}>
            <h2 id={`proposals-${group}`}>{texts.group(group)}</h2>
            <ul className="card-list">
              {inGroup.map((proposal) => (
                <ProposalCard key={proposal.id} proposal={proposal} {...props} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function ProposalCard<P extends ProposalCardFragment>({
  proposal,
  side,
  texts,
  refetchQueries,
  defaultDeclineReason,
  details,
  footer,
}: ProposalsViewProps<P> & { proposal: P }) {
  const { i18n } = useTranslation();
  const actions = proposalActions(proposal, side);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason>(defaultDeclineReason);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refetch = { refetchQueries, awaitRefetchQueries: true };
  const [respond, { loading: responding }] = useMutation(RespondToProposalDocument, refetch);
  const [record, { loading: recording }] = useMutation(RecordOutcomeDocument, refetch);
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawProposalDocument, refetch);
  const busy = responding || recording || withdrawing;
  const id = `proposal-${proposal.id}`;
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      // The card may move to another list: focus its title there.
      focusWhenDrawn(`${id}-title`);
    } catch (failure) {
      setError(texts.problem(failure));
    }
  };
  const outcome = (value: PlacementOutcome) => run(() => record({ variables: { id: proposal.id, outcome: value } }));
  return (
    <li className="card">
      <h3 className="card__title" id={`${id}-title`} tabIndex={-1}>
        {texts.cardTitle(proposal.candidate.pseudonym, proposal.job.title)}
      </h3>
      <p className="status">{texts.status(proposal.status)}</p>
      <p className="card__meta">{texts.byline(proposal.initiatedBy, dateTime(proposal.createdAt, i18n.language))}</p>
      {details?.(proposal)}
      {proposal.message && (
        <p>
          <strong>{texts.message}</strong> <span className="pre-line">{proposal.message}</span>
        </p>
      )}
      {proposal.declineReason && (
        <p>
          <strong>{texts.declineReasonLabel}</strong> {texts.declineReason(proposal.declineReason)}
        </p>
      )}
      {proposal.events.length > 1 && (
        <details>
          <summary>{texts.history}</summary>
          <ol>
            {proposal.events.map((event) => (
              <li key={`${event.at}-${event.status}`}>
                {texts.event(dateTime(event.at, i18n.language), event.status, event.actorRole)}
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
            {texts.accept}
          </Button>
          <Button variant={ButtonVariant.Secondary} disabled={busy} onClick={() => setDeclining(true)}>
            {texts.decline}
          </Button>
        </div>
      )}
      {declining && (
        <div className="ask">
          <label htmlFor={`${id}-reason`}>{texts.reason}</label>
          <select
            id={`${id}-reason`}
            className="text-field"
            value={reason}
            onChange={(event) => setReason(event.target.value as DeclineReason)}
          >
            {DECLINE_REASONS.map((value) => (
              <option key={value} value={value}>
                {texts.declineReason(value)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-note`}>{texts.note}</label>
          {texts.noteHint && (
            <p id={`${id}-note-hint`} className="field-hint">
              {texts.noteHint}
            </p>
          )}
          <textarea
            id={`${id}-note`}
            className="text-field text-area"
            rows={2}
            value={note}
            aria-describedby={texts.noteHint ? `${id}-note-hint` : undefined}
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
              {texts.sendDecline}
            </Button>
            <Button variant={ButtonVariant.Secondary} onClick={() => setDeclining(false)}>
              {texts.cancel}
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
              {texts.outcome(value)}
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
            {texts.withdraw}
          </Button>
        </div>
      )}
      {footer(proposal)}
    </li>
  );
}
