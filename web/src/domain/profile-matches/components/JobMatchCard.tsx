import '../../../shared/forms.css';
import { useMutation } from '@apollo/client/react';
import { Button, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OfferJobDocument,
  ProfileMatchesDocument,
  ProposeCandidateDocument,
  type MatchBlocker,
  type ProfileMatchFragment,
  type ProfileOfferFragment,
  type ProfileProposalFragment,
  type Language,
  type ProfileStatus,
} from '../../../generated/graphql';
import { EarningsFacts } from '../../../shared/earnings/EarningsFacts';
import { SupportHints } from '../../../shared/earnings/SupportHints';
import { apiProblemOf } from '../../../shared/errors/api-problem';
import { problemMessage } from '../../../shared/errors/messages';
import { date, euros, hours } from '../../../shared/format';
import { ScoreBars } from '../../../shared/matches/ScoreBars';
import { municipalityName } from '../../../shared/municipalities';
import { canOffer, proposeBlock } from '../profile-work';
import { focusWhenDrawn } from '../../../shared/focus';

interface JobMatchCardProps {
  match: ProfileMatchFragment;
  rank?: number;
  /** Near misses: the one thing that keeps the person out; no offer or proposal from here. */
  blocker?: MatchBlocker;
  context: { profileId: string; consent: boolean; profileStatus: ProfileStatus };
  offer?: ProfileOfferFragment;
  proposal?: ProfileProposalFragment;
}

type Asking = 'offer' | 'propose' | null;

/** One job as the coordinator sees it for a client: why it fits, what is left out, the offer and the proposal. */
export function JobMatchCard({ match, rank, blocker, context, offer, proposal }: JobMatchCardProps) {
  const { t, i18n } = useTranslation('coordinator');
  const language = i18n.language;
  const job = match.job;
  const [asking, setAsking] = useState<Asking>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refetch = {
    refetchQueries: [
      { query: ProfileMatchesDocument, variables: { id: context.profileId, lang: language.toUpperCase() as Language } },
    ],
    awaitRefetchQueries: true,
  };
  const [offerJob, { loading: offering }] = useMutation(OfferJobDocument, refetch);
  const [propose, { loading: proposing }] = useMutation(ProposeCandidateDocument, refetch);
  const id = `match-${match.id}`;
  const send = async () => {
    setError(null);
    const variables = { jobId: job.id, profileId: context.profileId, message: message.trim() || null };
    try {
      if (asking === 'offer') await offerJob({ variables });
      else await propose({ variables });
      setAsking(null);
      setMessage('');
      focusWhenDrawn(`${id}-state`);
    } catch (failure) {
      setError(problemMessage(t, apiProblemOf(failure), 'work'));
    }
  };
  const block = proposeBlock({ ...context, jobStatus: job.status, proposal });
  const offerable = !blocker && canOffer(offer, job.status);
  const proposable = !blocker && block === null;
  return (
    <li className="card job-match">
      <h3 className="card__title" id={`${id}-title`}>
        {rank !== undefined ? t('work.matches.rankedJob', { rank, title: job.title }) : job.title}
      </h3>
      <p className="card__meta">{job.organisation.name}</p>
      {blocker ? (
        <p className="note">{t(`work.blocker.${blocker}`)}</p>
      ) : (
        <p className="job-match__score">{t('work.matches.score', { score: match.score })}</p>
      )}
      <ScoreBars breakdown={match.breakdown} />
      {match.reasons.length > 0 && (
        <>
          <h4>{t(blocker ? 'work.matches.reasonsNear' : 'work.matches.reasons')}</h4>
          <ul>
            {match.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      {match.carveOut.length > 0 && (
        <p>
          <strong>{t('work.matches.carveOutTitle')}</strong>{' '}
          {t('work.matches.carveOut', {
            tasks: match.carveOut.map((task) => task.description || task.taskType.label).join(', '),
          })}
        </p>
      )}
      <p>
        {t('work.matches.hours', {
          min: hours(job.hoursPerWeekMin, language),
          max: hours(job.hoursPerWeekMax, language),
        })}
        {' · '}
        {municipalityName(job.municipalityCode, language)}
        {job.remotePossible && ` · ${t('work.matches.remote')}`}
        {job.hourlyWage != null && ` · ${t('work.matches.wage', { wage: euros(job.hourlyWage, language) })}`}
      </p>
      {match.earnings && (
        <>
          <h4>{t('work.earnings.title')}</h4>
          <EarningsFacts earnings={match.earnings} words="coordinator" />
        </>
      )}
      {match.supportHints.length > 0 && (
        <>
          <h4 id={`${id}-supports`}>{t('work.supports')}</h4>
          <SupportHints hints={match.supportHints} labelledBy={`${id}-supports`} />
        </>
      )}
      <div id={`${id}-state`} tabIndex={-1} aria-live="polite" className="match-state">
        {offer && (
          <p>
            <span className="status">{t(`work.offerStatus.${offer.status}`)}</span>{' '}
            {t('work.offer.sent', { date: date(offer.createdAt, language) })}
            {offer.clientComment && (
              <>
                {' '}
                {t('work.offer.comment')} <q className="pre-line">{offer.clientComment}</q>
              </>
            )}
          </p>
        )}
        {proposal && (
          <p>
            <span className="status">{t(`work.proposalStatus.${proposal.status}`)}</span>{' '}
            {t('work.proposal.sent', { date: date(proposal.createdAt, language) })}
          </p>
        )}
        {!blocker && block && block !== 'OPEN' && <p className="field-hint">{t(`work.proposeBlock.${block}`)}</p>}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {asking === null && (offerable || proposable) && (
        <div className="actions">
          {offerable && (
            <Button
              variant={ButtonVariant.Secondary}
              onClick={() => setAsking('offer')}
              aria-describedby={`${id}-title`}
            >
              {t('work.offer.button')}
            </Button>
          )}
          {proposable && (
            <Button
              variant={ButtonVariant.Secondary}
              onClick={() => setAsking('propose')}
              aria-describedby={`${id}-title`}
            >
              {t('work.proposal.button')}
            </Button>
          )}
        </div>
      )}
      {asking && (
        <div className="ask">
          <label htmlFor={`${id}-message`}>
            {t(asking === 'offer' ? 'work.offer.message' : 'work.proposal.message')}
          </label>
          <p id={`${id}-message-hint`} className="field-hint">
            {t(asking === 'offer' ? 'work.offer.messageHint' : 'work.proposal.messageHint')}
          </p>
          <textarea
            id={`${id}-message`}
            className="text-field text-area"
            rows={3}
            value={message}
            aria-describedby={`${id}-message-hint`}
            onChange={(event) => setMessage(event.target.value)}
          />
          <div className="actions">
            <Button disabled={offering || proposing} onClick={() => void send()}>
              {t(asking === 'offer' ? 'work.offer.send' : 'work.proposal.send')}
            </Button>
            <Button variant={ButtonVariant.Secondary} onClick={() => setAsking(null)}>
              {t('work.cancel')}
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}
