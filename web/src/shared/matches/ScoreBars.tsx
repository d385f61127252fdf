import './score-bars.css';
import { useTranslation } from 'react-i18next';
import { SCORE_PARTS, type ScoreBreakdown } from './match-lists';

/** The score's four parts as bars, each with its number in text (never colour alone). */
export function ScoreBars({ breakdown }: { breakdown: ScoreBreakdown }) {
  const { t } = useTranslation('shared');
  return (
    <dl className="score-bars">
      {SCORE_PARTS.map((part) => (
        <div key={part} className="score-bars__row">
          <dt>{t(`score.part.${part}`)}</dt>
          <dd>
            <span className="score-bars__bar" aria-hidden="true">
              <span className="score-bars__fill" style={{ width: `${breakdown[part]}%` }} />
            </span>
            <span className="score-bars__number">{t('score.partValue', { value: breakdown[part] })}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
