import { useTranslation } from 'react-i18next';
import type { CandidateMatchFragment } from '../../../generated/graphql';
import { SCORE_PARTS } from '../candidates';

/** The score's four parts as bars, each with its number in text (never colour alone). */
export function ScoreBars({ breakdown }: { breakdown: CandidateMatchFragment['breakdown'] }) {
  const { t } = useTranslation('employer');
  return (
    <dl className="score-bars">
      {SCORE_PARTS.map((part) => (
        <div key={part} className="score-bars__row">
          <dt>{t(`candidates.part.${part}`)}</dt>
          <dd>
            <span className="score-bars__bar" aria-hidden="true">
              <span className="score-bars__fill" style={{ width: `${breakdown[part]}%` }} />
            </span>
            <span className="score-bars__number">{t('candidates.partValue', { value: breakdown[part] })}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
