import { useTranslation } from 'react-i18next';
import { serviceConfig } from '../../app/service-config';
import { date } from '../../shared/format';

interface Props {
  code: string;
  /** The client's language, lower case: the letter is in it, whatever the coordinator's page is in. */
  language: string;
  displayName: string;
  validUntil: string;
}

/** The one-page letter that gives the client their one-time code; the print stylesheet prints this alone. */
export function AccessCodeLetter({ code, language, displayName, validUntil }: Props) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language, 'coordinator');
  const address = `${window.location.origin}/client/sign-in`;
  return (
    <article className="access-letter" lang={language} aria-labelledby="access-letter-title">
      <p className="access-letter__service">{serviceConfig.name}</p>
      <h2 id="access-letter-title">{t('letter.title', { name: displayName })}</h2>
      <p>{t('letter.intro', { service: serviceConfig.name })}</p>
      <ol className="access-letter__steps">
        <li>
          {t('letter.stepAddress')} <strong className="access-letter__address">{address}</strong>
        </li>
        <li>
          {t('letter.stepCode')} <strong className="access-letter__code">{code}</strong>
        </li>
      </ol>
      <p>{t('letter.valid', { date: date(validUntil, language) })}</p>
      <h3>{t('letter.canDo')}</h3>
      <ul>
        <li>{t('letter.canOffers')}</li>
        <li>{t('letter.canConsent')}</li>
        <li>{t('letter.canViews')}</li>
      </ul>
      <p>{t('letter.help')}</p>
    </article>
  );
}
