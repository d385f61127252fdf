import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { serviceConfig } from '../../app/service-config';
import { usePageTitle } from '../../shared/usePageTitle';

/** What Jobcenter is, in plain words, and the three ways in. */
export function LandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('landing.title', { service: serviceConfig.name }));
  return (
    <div className="page landing">
      <h1>{t('landing.title', { service: serviceConfig.name })}</h1>
      <p className="lead">{t('landing.lead')}</p>
      <ul className="ways-in">
        <li className="way-in">
          <h2>{t('landing.client.title')}</h2>
          <p>{t('landing.client.body')}</p>
          <Link className="button-link" to="/client/sign-in">
            {t('landing.client.action')}
          </Link>
        </li>
        <li className="way-in">
          <h2>{t('landing.employer.title')}</h2>
          <p>{t('landing.employer.body')}</p>
          <p className="way-in__actions">
            <Link className="button-link" to="/sign-in">
              {t('landing.employer.signIn')}
            </Link>
            <Link className="button-link button-link--secondary" to="/employer/sign-up">
              {t('landing.employer.signUp')}
            </Link>
          </p>
        </li>
        <li className="way-in">
          <h2>{t('landing.coordinator.title')}</h2>
          <p>{t('landing.coordinator.body')}</p>
          <Link className="button-link" to="/sign-in">
            {t('landing.coordinator.signIn')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
