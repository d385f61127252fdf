import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../shared/usePageTitle';

/** The employer's start page; the employer's own pages come with their issue. */
export function EmployerHomePage() {
  const { t } = useTranslation('employer');
  usePageTitle(t('home.title'));
  return (
    <div className="page">
      <h1>{t('home.title')}</h1>
      <p>{t('home.body')}</p>
    </div>
  );
}
