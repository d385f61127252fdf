import { useQuery } from '@apollo/client/react';
import { LoadingSpinner } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { MyProfileViewsDocument } from '../../generated/graphql';
import { date } from '../../shared/format';
import { usePageTitle } from '../../shared/usePageTitle';

/** Which organisations have looked at the client's profile (never which person), newest first. */
export function ProfileViewsPage() {
  const { t, i18n } = useTranslation('client');
  const { data, loading } = useQuery(MyProfileViewsDocument, { fetchPolicy: 'cache-and-network' });
  usePageTitle(t('views.title'));
  const views = [...(data?.myProfileViews ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <div className="page page--narrow">
      <h1>{t('views.title')}</h1>
      <p>{t('views.intro')}</p>
      {loading && !data && <LoadingSpinner loadingText={t('common:app.loading')} />}
      {data && views.length === 0 && <p>{t('views.none')}</p>}
      {views.length > 0 && (
        <ul className="card-list">
          {views.map((view, index) => (
            <li key={`${view.at}-${index}`} className="card">
              <p className="card__title">{view.organisationName}</p>
              <p className="card__meta">{date(view.at, i18n.language)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
