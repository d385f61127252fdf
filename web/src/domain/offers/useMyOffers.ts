import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyOffersDocument, type Language } from '../../generated/graphql';

/** The client's offers, with task and support names in the page's language. */
export function useMyOffers() {
  const { i18n } = useTranslation();
  const lang = i18n.language.toUpperCase() as Language;
  return useQuery(MyOffersDocument, { variables: { lang }, fetchPolicy: 'cache-and-network' });
}
