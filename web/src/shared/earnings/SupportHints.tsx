import './earnings.css';
import { useTranslation } from 'react-i18next';
import type { SupportHintFieldsFragment } from '../../generated/graphql';
import { paysOnce, wholeEuros } from './earnings-format';

type Hint = SupportHintFieldsFragment;

/** "up to €1,517 a month" or "up to €4,000 once", from the rule's months; null without an amount. */
function useUpTo(): (hint: Hint) => string | null {
  const { t, i18n } = useTranslation('shared');
  return (hint) =>
    hint.upToEur == null
      ? null
      : t(paysOnce(hint.rule) ? 'supports.upToOnce' : 'supports.upToMonth', {
          amount: wholeEuros(hint.upToEur, i18n.language),
        });
}

/**
 * The public supports that may apply, each with its rule's name, the most it could pay, why it may apply and its
 * source (a new tab, said in the link's text). The caller gives the heading.
 */
export function SupportHints({ hints, labelledBy }: { hints: readonly Hint[]; labelledBy?: string }) {
  const { t } = useTranslation('shared');
  const upTo = useUpTo();
  if (hints.length === 0) return null;
  return (
    <ul className="support-hints" aria-labelledby={labelledBy}>
      {hints.map((hint) => {
        const amount = upTo(hint);
        return (
          <li key={hint.rule.code}>
            <strong>{hint.rule.label}</strong>
            {amount && <>: {amount}</>}
            <br />
            {hint.reason}{' '}
            <a href={hint.rule.sourceUrl} target="_blank" rel="noopener noreferrer">
              {t('supports.source', { label: hint.rule.label })}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** The supports' names in one line: "Supports that may apply: Pay subsidy, Helsinki benefit" (details elsewhere). */
export function SupportHintsLine({ hints }: { hints: readonly Hint[] }) {
  const { t } = useTranslation('shared');
  if (hints.length === 0) return null;
  const list = hints.map((hint) => hint.rule.label).join(', ');
  return (
    <p className="support-hints-line">
      <strong>{t('supports.lineTitle')}</strong> {list}
    </p>
  );
}
