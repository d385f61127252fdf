import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../shared/usePageTitle';

/** The coordinator's start page; the coordinator's own pages come with their issue. */
export function CoordinatorHomePage() {
  const { t } = useTranslation('coordinator');
  usePageTitle(t('home.title'));
  return (
    <div className="page">
      <h1>{t('home.title')}</h1>
      <p>{t('home.body')}</p>
    </div>
  );
}
