import { useMutation } from '@apollo/client/react';
import { Button, LoadingSpinner, Notification, RadioButton, SelectionGroup, TextArea } from 'hds-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RespondToOfferDocument } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { problemMessage } from '../../shared/errors/messages';
import { EarningsFacts } from '../../shared/earnings/EarningsFacts';
import { euros, hours, sortWindows, timeRange, weekdayName } from '../../shared/format';
import { municipalityName } from '../../shared/municipalities';
import { usePageTitle } from '../../shared/usePageTitle';
import { canAnswer, keptTasks, type OfferView } from './offer-view';
import { OfferStatus } from './OfferStatus';
import { useMyOffers } from './useMyOffers';
import { focusWhenDrawn } from '../../shared/focus';

/** One offered job as the person would do it, and their answer. */
export function OfferPage() {
  const { t } = useTranslation('client');
  const { offerId } = useParams();
  const { data, loading } = useMyOffers();
  const offer = data?.myOffers.find((o) => o.id === offerId);
  usePageTitle(offer?.job.title ?? t('offers.title'));
  if (loading && !data) return <LoadingSpinner loadingText={t('common:app.loading')} />;
  if (!offer) return <NotFoundPage />;
  return <OfferDetails offer={offer} />;
}

function OfferDetails({ offer }: { offer: OfferView }) {
  const { t, i18n } = useTranslation('client');
  const language = i18n.language;
  const job = offer.job;
  const tasks = keptTasks(offer);
  const pay = job.hourlyWage;
  const hoursText =
    job.hoursPerWeekMin === job.hoursPerWeekMax
      ? t('offer.hoursExact', { hours: hours(job.hoursPerWeekMax, language) })
      : t('offer.hoursRange', { min: hours(job.hoursPerWeekMin, language), max: hours(job.hoursPerWeekMax, language) });

  return (
    <div className="page page--narrow offer">
      <p>
        <Link to="/client">{t('offer.back')}</Link>
      </p>
      <h1>{job.title}</h1>
      <p className="lead">{job.organisation.name}</p>
      <OfferStatus status={offer.status} />

      {offer.message && (
        <section aria-labelledby="offer-message" className="note">
          <h2 id="offer-message">{t('offer.message')}</h2>
          <p className="pre-line">{offer.message}</p>
        </section>
      )}

      <section aria-labelledby="offer-tasks">
        <h2 id="offer-tasks">{t('offer.tasks')}</h2>
        <ul>
          {tasks.map((task) => (
            <li key={task.id}>
              <strong>{task.taskType.label}</strong>
              {task.description && <>: {task.description}</>}
            </li>
          ))}
        </ul>
        {offer.carveOut.length > 0 && <p>{t('offer.tasksLeftOut')}</p>}
        {job.description && <p className="pre-line">{job.description}</p>}
      </section>

      <section aria-labelledby="offer-when">
        <h2 id="offer-when">{t('offer.when')}</h2>
        <p>{hoursText}</p>
        <ul>
          {sortWindows(job.schedule).map((window) => (
            <li key={`${window.day}-${window.start}`}>
              {weekdayName(window.day, language)} {timeRange(window.start, window.end, language)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="offer-where">
        <h2 id="offer-where">{t('offer.where')}</h2>
        <p>{municipalityName(job.municipalityCode, language)}</p>
        {job.remotePossible && <p>{t('offer.remote')}</p>}
      </section>

      <section aria-labelledby="offer-support">
        <h2 id="offer-support">{t('offer.support')}</h2>
        {job.accommodations.length > 0 ? (
          <ul>
            {job.accommodations.map((accommodation) => (
              <li key={accommodation.code}>{accommodation.label}</li>
            ))}
          </ul>
        ) : (
          <p>{t('offer.noSupportListed')}</p>
        )}
      </section>

      <section aria-labelledby="offer-pay">
        <h2 id="offer-pay">{t('offer.pay')}</h2>
        <p>{pay != null ? t('offer.payPerHour', { pay: euros(pay, language) }) : t('offer.payNotGiven')}</p>
      </section>

      {offer.earnings && (
        <section aria-labelledby="offer-earnings">
          <h2 id="offer-earnings">{t('earnings.title')}</h2>
          <EarningsFacts earnings={offer.earnings} words="client" />
        </section>
      )}

      {canAnswer(offer) ? <AnswerForm offer={offer} /> : <p>{t('offer.withdrawn')}</p>}
    </div>
  );
}

function AnswerForm({ offer }: { offer: OfferView }) {
  const { t } = useTranslation('client');
  const [respond, { loading }] = useMutation(RespondToOfferDocument);
  const answered = offer.status === 'INTERESTED' || offer.status === 'NOT_INTERESTED';
  const [interested, setInterested] = useState<boolean | null>(answered ? offer.status === 'INTERESTED' : null);
  const [comment, setComment] = useState(offer.clientComment ?? '');
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setError(null);
    if (interested === null) {
      setChoiceError(t('answer.choose'));
      document.getElementById('answer-yes')?.focus();
      return;
    }
    setChoiceError(null);
    try {
      await respond({ variables: { offerId: offer.id, interested, comment: comment.trim() || null } });
      setSaved(true);
    } catch (failure) {
      setError(problemMessage(t, apiProblemOf(failure), 'answer'));
    }
    focusWhenDrawn(feedbackRef);
  };

  return (
    <section aria-labelledby="answer-title" className="answer">
      <h2 id="answer-title">{answered ? t('answer.changeTitle') : t('answer.title')}</h2>
      <div ref={feedbackRef} tabIndex={-1}>
        {saved && (
          <Notification type="success" label={t('answer.saved')} notificationAriaLabel={t('common:app.notification')}>
            {interested ? t('answer.savedInterested') : t('answer.savedNotInterested')}
          </Notification>
        )}
        {error && (
          <Notification type="error" label={t('answer.failed')} notificationAriaLabel={t('common:app.notification')}>
            {error}
          </Notification>
        )}
      </div>
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        <SelectionGroup label={t('answer.question')} errorText={choiceError ?? undefined} required>
          <RadioButton
            id="answer-yes"
            name="answer"
            value="yes"
            label={t('answer.interested')}
            checked={interested === true}
            onChange={() => setInterested(true)}
          />
          <RadioButton
            id="answer-no"
            name="answer"
            value="no"
            label={t('answer.notInterested')}
            checked={interested === false}
            onChange={() => setInterested(false)}
          />
        </SelectionGroup>
        <TextArea
          id="answer-comment"
          label={t('answer.comment')}
          helperText={t('answer.commentHelp')}
          value={comment}
          maxLength={1000}
          onChange={(event) => setComment(event.target.value)}
        />
        <Button type="submit" disabled={loading}>
          {answered ? t('answer.change') : t('answer.send')}
        </Button>
      </form>
    </section>
  );
}
