import './earnings.css';
import { useTranslation } from 'react-i18next';
import type { EarningsFieldsFragment } from '../../generated/graphql';
import { eurosAMonth, hoursAWeek, hoursWithinLimit, limitEuros } from './earnings-format';

/**
 * Earnings at a job against the person's limit, in short sentences: within or over the limit in words, about how
 * much a month, the limit, the most hours a week that keep under it, and who to talk to. The client's pages speak
 * to the person ("your limit", "your job coach"), the coordinator's about the client. Nothing without earnings.
 */
export function EarningsFacts({
  earnings,
  words,
}: {
  earnings: EarningsFieldsFragment | null | undefined;
  words: 'client' | 'coordinator';
}) {
  const { t, i18n } = useTranslation(words);
  if (!earnings) return null;
  const language = i18n.language;
  const prefix = words === 'client' ? 'earnings' : 'work.earnings';
  const limit = earnings.monthlyLimitEur;
  const within = earnings.withinLimit;
  const maxHours = earnings.maxWeeklyHoursWithinLimit;
  return (
    <div className="earnings">
      {limit != null && within != null && (
        <p>
          <span className={within ? 'status status--within' : 'status status--over'}>
            {t(within ? `${prefix}.within` : `${prefix}.over`)}
          </span>
        </p>
      )}
      <p>
        {t(`${prefix}.about`, { amount: eurosAMonth(earnings.monthlyEur, language) })}
        {limit != null && <> {t(`${prefix}.limit`, { limit: limitEuros(limit, language) })}</>}
        {maxHours != null && (
          <> {t(`${prefix}.maxHours`, { hours: hoursAWeek(hoursWithinLimit(maxHours), language) })}</>
        )}
      </p>
      {limit != null && <p>{t(`${prefix}.talk`)}</p>}
    </div>
  );
}
