import { useTranslation } from 'react-i18next';
import type { OfferStatus as Status } from '../../generated/graphql';

/** Where the offer stands, in words (never colour alone). */
export function OfferStatus({ status }: { status: Status }) {
  const { t } = useTranslation('client');
  return <p className={`status status--${status.toLowerCase()}`}>{t(`offers.status.${status}`)}</p>;
}
