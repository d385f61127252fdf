import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../usePageTitle';
import { apiProblemOf } from './api-problem';
import { problemMessage } from './messages';

/** A page whose data did not come: what went wrong, in the reader's language (a missing object is not this). */
export function LoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  usePageTitle(t('app.loadFailed'));
  return (
    <div className="page">
      <h1>{t('app.loadFailed')}</h1>
      <p role="alert">{problemMessage(t, apiProblemOf(error))}</p>
    </div>
  );
}

/**
 * Whether a failed load means the object is not there for this user: missing, or someone else's (which the
 * API answers with FORBIDDEN where the object may be read but this part of it not): the not-found page for both.
 */
export function isNotFound(error: unknown): boolean {
  const { code } = apiProblemOf(error);
  return code === 'NOT_FOUND' || code === 'FORBIDDEN';
}
