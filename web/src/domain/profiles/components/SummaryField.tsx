import { useTranslation } from 'react-i18next';
import { summaryWarnings, type ClientIdentity } from '../privacy';

/** The summary's most characters (the API's PROFILE_LIMITS.summaryMax). */
export const SUMMARY_MAX = 2000;

interface SummaryFieldProps {
  value: string;
  identity: ClientIdentity;
  pseudonym: string | null;
  /** A problem from saving (the API's check, in the reader's language). */
  error?: string;
  onChange: (summary: string) => void;
}

/**
 * What employers read beside the pseudonym. The privacy check runs as the coordinator types (the API's own check),
 * so anything that would identify the person is said at the field before saving.
 */
export function SummaryField({ value, identity, pseudonym, error, onChange }: SummaryFieldProps) {
  const { t } = useTranslation('coordinator');
  const warnings = summaryWarnings(value, identity);
  const length = [...value.trim()].length;
  const invalid = Boolean(error) || warnings.length > 0 || length > SUMMARY_MAX;
  const describedBy = [
    'profile-summary-hint',
    warnings.length > 0 && 'profile-summary-warnings',
    error && warnings.length === 0 && 'profile-summary-error',
    'profile-summary-count',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor="profile-summary">{t('profileEditor.summary.label')}</label>
      <p id="profile-summary-hint" className="field-hint">
        {pseudonym
          ? t('profileEditor.summary.hintPseudonym', { pseudonym })
          : t('profileEditor.summary.hint')}
      </p>
      <textarea
        id="profile-summary"
        className="text-field text-area"
        rows={6}
        value={value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      <div aria-live="polite">
        {warnings.length > 0 && (
          <div id="profile-summary-warnings">
            {warnings.map((kind) => (
              <p key={kind} className="field-error">
                {t(`profileEditor.privacy.${kind}`)}
              </p>
            ))}
          </div>
        )}
      </div>
      {error && warnings.length === 0 && (
        <p id="profile-summary-error" className="field-error">
          {error}
        </p>
      )}
      <p id="profile-summary-count" className="field-hint">
        {t('profileEditor.summary.count', { length, max: SUMMARY_MAX })}
      </p>
    </div>
  );
}
