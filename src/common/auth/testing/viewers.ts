import { Language, OrganisationKind, Role } from '../../enums';
import type { Viewer } from '../viewer';

/** Callers for unit tests of pure rules: a coordinator of provider-1, and a client (client-1) of it. */
export const COORDINATOR_VIEWER: Viewer = {
  userId: 'user-1',
  role: Role.COORDINATOR,
  organisationId: 'provider-1',
  organisationKind: OrganisationKind.SERVICE_PROVIDER,
  organisationVerifiedAt: null,
  clientId: null,
  language: Language.FI,
};

export const CLIENT_VIEWER: Viewer = {
  userId: 'user-2',
  role: Role.CLIENT,
  organisationId: null,
  organisationKind: null,
  organisationVerifiedAt: null,
  clientId: 'client-1',
  language: Language.FI,
};
