import { useMutation } from '@apollo/client/react';
import { Button, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  JobCandidatesDocument,
  RequestIntroductionDocument,
  type CandidateMatchFragment,
  type Language,
  type ProposalStatus,
} from '../../../generated/graphql';
import { SupportHints, SupportHintsLine } from '../../../shared/earnings/SupportHints';
import { apiProblemOf } from '../../../shared/errors/api-problem';
import { problemMessage } from '../../../shared/errors/messages';
import { hours, sortWindows, timeRange, weekdayName } from '../../../shared/format';
import { municipalityName } from '../../../shared/municipalities';
import { canRequest } from '../candidates';
import { ScoreBars } from '../../../shared/matches/ScoreBars';
import { focusWhenDrawn } from '../../../shared/focus';

interface CandidateCardProps {
  jobId: string;
  match: CandidateMatchFragment;
  rank?: number;
  /** Near misses: the one thing that keeps the person out. */
  blocker?: string;
  proposalStatus?: ProposalStatus;
}

/** One candidate as the employer sees them: anonymised, with why they fit, and the way to ask for an introduction. */
export function CandidateCard({ jobId, match, rank, blocker, proposalStatus }: CandidateCardProps) {
  const { t, i18n } = useTranslation('employer');
  const language = i18n.language;
  const candidate = match.candidate;
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestIntroductionDocument, {
    refetchQueries: [
      { query: JobCandidatesDocument, variables: { id: jobId, lang: language.toUpperCase() as Language } },
    ],
    awaitRefetchQueries: true,
  });
  const id = `candidate-${candidate.id}`;
  const send = async () => {
    setError(null);
    try {
      await request({ variables: { jobId, candidateId: candidate.id, message: message.trim() || null } });
      setAsking(false);
      focusWhenDrawn(`${id}-state`);
    } catch (failure) {
      setError(problemMessage(t, apiProblemOf(failure), 'introduction'));
    }
  };
  return (
    <li className="card candidate">
      <h3 className="card__title" id={`${id}-title`}>
        {rank !== undefined
          ? t('candidates.rankedName', { rank, pseudonym: candidate.pseudonym })
          : candidate.pseudonym}
      </h3>
      {blocker ? (
        <p className="note">{t(`candidates.blocker.${blocker}`)}</p>
      ) : (
        <p className="candidate__score">{t('candidates.score', { score: match.score })}</p>
      )}
      <ScoreBars breakdown={match.breakdown} />
      <p className="pre-line">{candidate.summary}</p>
      <SupportHintsLine hints={match.supportHints} />
      {match.reasons.length > 0 && (
        <>
          <h4>{t('candidates.reasons')}</h4>
          <ul>
            {match.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      {match.carveOut.length > 0 && (
        <p>
          {t('candidates.carveOut', {
            tasks: match.carveOut.map((task) => task.description || task.taskType.label).join(', '),
          })}
        </p>
      )}
      <h4>{t('candidates.availability')}</h4>
      <p>
        {t('candidates.hours', {
          min: hours(candidate.hoursPerWeekMin, language),
          max: hours(candidate.hoursPerWeekMax, language),
        })}
        {' · '}
        {candidate.remoteOnly
          ? t('candidates.remoteOnly')
          : t('candidates.livesIn', { municipality: municipalityName(candidate.municipalityCode, language) })}
      </p>
      <h4>{t('candidates.needs')}</h4>
      {candidate.accommodationNeeds.length === 0 ? (
        <p>{t('candidates.needsNone')}</p>
      ) : (
        <ul>
          {candidate.accommodationNeeds.map((need) => (
            <li key={need.accommodation.code}>
              {t(`candidates.necessity.${need.necessity}`, { accommodation: need.accommodation.label })}
            </li>
          ))}
        </ul>
      )}
      {/* The day-by-day times and the supports' amounts, reasons and sources: behind a native disclosure, so that
          the card keeps to the essentials on a phone. */}
      <details className="candidate__more">
        <summary>{t('candidates.more', { pseudonym: candidate.pseudonym })}</summary>
        <h4>{t('candidates.times')}</h4>
        <ul className="inline-list">
          {sortWindows(candidate.availability).map((w) => (
            <li
              key={`${w.day}-${w.start}`}
            >{`${weekdayName(w.day, language)} ${timeRange(w.start, w.end, language)}`}</li>
          ))}
        </ul>
        {match.supportHints.length > 0 && (
          <>
            <h4>{t('candidates.supports')}</h4>
            <SupportHints hints={match.supportHints} />
          </>
        )}
      </details>
      <div id={`${id}-state`} tabIndex={-1} aria-live="polite">
        {proposalStatus && <p className="status">{t(`proposals.status.${proposalStatus}`)}</p>}
        {error && <p className="field-error">{error}</p>}
      </div>
      {!blocker && canRequest(proposalStatus) && !asking && (
        <Button variant={ButtonVariant.Secondary} onClick={() => setAsking(true)} aria-describedby={`${id}-title`}>
          {t('candidates.ask')}
        </Button>
      )}
      {asking && (
        <div className="ask">
          <label htmlFor={`${id}-message`}>{t('candidates.message')}</label>
          <p id={`${id}-message-hint`} className="field-hint">
            {t('candidates.messageHint')}
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
            <Button disabled={loading} onClick={() => void send()}>
              {t('candidates.send')}
            </Button>
            <Button variant={ButtonVariant.Secondary} onClick={() => setAsking(false)}>
              {t('candidates.cancel')}
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}
