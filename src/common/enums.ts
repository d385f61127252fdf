/** Enumerations shared by the contract, the entities and the services. Values are the contract's names. */
export enum Role {
  ADMIN = 'ADMIN',
  EMPLOYER = 'EMPLOYER',
  COORDINATOR = 'COORDINATOR',
  CLIENT = 'CLIENT',
}

export enum Language {
  FI = 'FI',
  SV = 'SV',
  EN = 'EN',
}

export enum OrganisationKind {
  EMPLOYER = 'EMPLOYER',
  SERVICE_PROVIDER = 'SERVICE_PROVIDER',
}

export enum Weekday {
  MON = 'MON',
  TUE = 'TUE',
  WED = 'WED',
  THU = 'THU',
  FRI = 'FRI',
  SAT = 'SAT',
  SUN = 'SUN',
}

export const WEEKDAYS: readonly Weekday[] = [
  Weekday.MON,
  Weekday.TUE,
  Weekday.WED,
  Weekday.THU,
  Weekday.FRI,
  Weekday.SAT,
  Weekday.SUN,
];

/** A language as a lower-case tag: the keys of the catalogues and of the taxonomy's labels. */
export type Lang = 'fi' | 'sv' | 'en';

const LANGUAGE_OF: Readonly<Record<Lang, Language>> = { fi: Language.FI, sv: Language.SV, en: Language.EN };

export function langOf(language: Language): Lang {
  return language.toLowerCase() as Lang;
}

export function languageOf(lang: Lang): Language {
  return LANGUAGE_OF[lang];
}

/** Whether a tag (e.g. of an Accept-Language header) is one of our languages. */
export function isLang(tag: string): tag is Lang {
  return Object.hasOwn(LANGUAGE_OF, tag);
}
