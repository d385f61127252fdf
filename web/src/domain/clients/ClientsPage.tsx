import { useQuery } from '@apollo/client/react';
import { Button, ButtonVariant, LoadingSpinner, Notification, TextInput } from 'hds-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CoordinatorClientsDocument } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { problemMessage } from '../../shared/errors/messages';
import { shortDate } from '../../shared/format';
import { usePageTitle } from '../../shared/usePageTitle';
import { clientRow } from './client-row';
import '../../shared/data-table.css';
import './clients.css';
import { CreateClientForm } from './CreateClientForm';

const PAGE_SIZE = 50;

/** The service provider's clients, newest first, searchable by part of the name; a new client is added here. */
export function ClientsPage() {
  const { t, i18n } = useTranslation('coordinator');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  // The list follows the typing after a short pause, not at every key.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, loading, error, fetchMore } = useQuery(CoordinatorClientsDocument, {
    variables: { search: search || null, first: PAGE_SIZE },
    // Asked again at each visit: a profile's status or a consent may have changed on another page.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  usePageTitle(t('clients.title'));
  const clients = data?.clients;

  return (
    <div className="page">
      <h1>{t('clients.title')}</h1>
      <CreateClientForm />
      <section aria-labelledby="clients-list">
        <h2 id="clients-list">{t('clients.listTitle')}</h2>
        <div className="search-row">
          <TextInput
            id="clients-search"
            type="search"
            label={t('clients.search')}
            helperText={t('clients.searchHelp')}
            autoComplete="off"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <p role="status" aria-live="polite">
          {clients && t(search ? 'clients.found' : 'clients.count', { count: clients.totalCount })}
        </p>
        {loading && !data && <LoadingSpinner loadingText={t('common:app.loading')} />}
        {error && (
          <Notification
            type="error"
            label={t('clients.loadFailed')}
            notificationAriaLabel={t('common:app.notification')}
          >
            {problemMessage(t, apiProblemOf(error))}
          </Notification>
        )}
        {clients && clients.edges.length > 0 && (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('clients.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('clients.name')}</th>
                  <th scope="col">{t('clients.profile')}</th>
                  <th scope="col">{t('clients.consent')}</th>
                  <th scope="col">{t('clients.latest')}</th>
                </tr>
              </thead>
              <tbody>
                {clients.edges.map(({ node }) => {
                  const row = clientRow(node);
                  return (
                    <tr key={node.id}>
                      <th scope="row">
                        <Link to={`/coordinator/clients/${node.id}`}>{node.displayName}</Link>
                      </th>
                      <td>{t(`profileStatus.${row.profileStatus ?? 'NONE'}`)}</td>
                      <td>{t(row.sharing ? 'clients.sharing' : 'clients.notSharing')}</td>
                      <td>{row.latestActivity ? shortDate(row.latestActivity, i18n.language) : '–'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {clients?.pageInfo.hasNextPage && (
          <Button
            variant={ButtonVariant.Secondary}
            onClick={() =>
              void fetchMore({
                query: CoordinatorClientsDocument,
                variables: { search: search || null, first: PAGE_SIZE, after: clients.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  clients: {
                    ...fetchMoreResult.clients,
                    edges: [...previous.clients.edges, ...fetchMoreResult.clients.edges],
                  },
                }),
              })
            }
          >
            {t('clients.more')}
          </Button>
        )}
      </section>
    </div>
  );
}
