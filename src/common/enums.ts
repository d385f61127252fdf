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

export type Lang = 'fi' | 'sv' | 'en';

export function langOf(language: Language): Lang {
  return language.toLowerCase() as Lang;
}
