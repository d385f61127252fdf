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

/** A caller of any role in the organisation given (a client's is client-1, with no organisation). */
export function viewerOf(role: Role, organisationId: string | null = null): Viewer {
  return {
    userId: `user-${role.toLowerCase()}`,
    role,
    organisationId,
    organisationKind:
      organisationId === null
        ? null
        : role === Role.EMPLOYER
          ? OrganisationKind.EMPLOYER
          : OrganisationKind.SERVICE_PROVIDER,
    // Employers here are verified: the rules for unverified ones have their own tests.
    organisationVerifiedAt: role === Role.EMPLOYER ? new Date('2026-01-01T00:00:00Z') : null,
    clientId: role === Role.CLIENT ? 'client-1' : null,
    language: Language.FI,
  };
}
