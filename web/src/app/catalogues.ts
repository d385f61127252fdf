import clientEn from '../../locales/en/client.json';
import commonEn from '../../locales/en/common.json';
import coordinatorEn from '../../locales/en/coordinator.json';
import employerEn from '../../locales/en/employer.json';
import errorsEn from '../../locales/en/errors.json';
import sharedEn from '../../locales/en/shared.json';
import taxonomyEn from '../../locales/en/taxonomy.json';
import clientFi from '../../locales/fi/client.json';
import commonFi from '../../locales/fi/common.json';
import coordinatorFi from '../../locales/fi/coordinator.json';
import employerFi from '../../locales/fi/employer.json';
import errorsFi from '../../locales/fi/errors.json';
import sharedFi from '../../locales/fi/shared.json';
import taxonomyFi from '../../locales/fi/taxonomy.json';
import clientSv from '../../locales/sv/client.json';
import commonSv from '../../locales/sv/common.json';
import coordinatorSv from '../../locales/sv/coordinator.json';
import employerSv from '../../locales/sv/employer.json';
import errorsSv from '../../locales/sv/errors.json';
import sharedSv from '../../locales/sv/shared.json';
import taxonomySv from '../../locales/sv/taxonomy.json';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One catalogue per feature area, so that the pages of each role are translated in their own files. */
export const NAMESPACES = ['common', 'client', 'employer', 'coordinator', 'errors', 'shared', 'taxonomy'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const catalogues: Record<Language, Record<Namespace, Record<string, unknown>>> = {
  fi: {
    common: commonFi,
    client: clientFi,
    employer: employerFi,
    coordinator: coordinatorFi,
    errors: errorsFi,
    shared: sharedFi,
    taxonomy: taxonomyFi,
  },
  sv: {
    common: commonSv,
    client: clientSv,
    employer: employerSv,
    coordinator: coordinatorSv,
    errors: errorsSv,
    shared: sharedSv,
    taxonomy: taxonomySv,
  },
  en: {
    common: commonEn,
    client: clientEn,
    employer: employerEn,
    coordinator: coordinatorEn,
    errors: errorsEn,
    shared: sharedEn,
    taxonomy: taxonomyEn,
  },
};
