import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The client page's ways to the coordinator's work with the client: each profile's matches, and erasure. */
export function ClientWorkLinks({
  client,
}: {
  client: { id: string; profiles: readonly { id: string; pseudonym: string }[] };
}) {
  const { t } = useTranslation('coordinator');
  return (
    <section aria-labelledby="client-work-title" className="panel">
      <h2 id="client-work-title">{t('work.clientLinks.title')}</h2>
      <ul>
        {client.profiles.map((profile) => (
          <li key={profile.id}>
            <Link to={`/coordinator/profiles/${profile.id}/matches`}>
              {t('work.clientLinks.matches', { pseudonym: profile.pseudonym })}
            </Link>
          </li>
        ))}
        <li>
          <Link to={`/coordinator/clients/${client.id}/erase`}>{t('work.clientLinks.erase')}</Link>
        </li>
      </ul>
    </section>
  );
}
