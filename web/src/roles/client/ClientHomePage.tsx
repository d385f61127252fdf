import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../shared/usePageTitle';

export function ClientHomePage() {
  const { t } = useTranslation('client');
  usePageTitle(t('home.title'));
  return (
    <div className="page">
      <h1>{t('home.title')}</h1>
    </div>
  );
}
