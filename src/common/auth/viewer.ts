import { Language, OrganisationKind, Role } from '../enums';

/** The signed-in caller, as every service sees it. Loaded once per request from the token's subject. */
export interface Viewer {
  userId: string;
  role: Role;
  organisationId: string | null;
  organisationKind: OrganisationKind | null;
  /** When an ADMIN verified the caller's employer organisation; null while unverified (and for other callers). */
  organisationVerifiedAt: Date | null;
  clientId: string | null;
  language: Language;
}
