import { describe, expect, it } from '@jest/globals';
import { CLIENT_VIEWER, COORDINATOR_VIEWER } from '../common/auth/testing/viewers';
import { Role } from '../common/enums';
import { ForbiddenError } from '../common/errors/domain-error';
import { clientScopeOf, inClientScope, managedServiceProviderOf } from './clients.service';

const coordinator = COORDINATOR_VIEWER;
const client = CLIENT_VIEWER;

describe('clientScopeOf', () => {
  it('gives coordinators their service provider, a client their own record, and everyone else nothing', () => {
    expect(clientScopeOf(coordinator)).toEqual({ kind: 'service-provider', serviceProviderId: 'provider-1' });
    expect(clientScopeOf(client)).toEqual({ kind: 'own', clientId: 'client-1' });
    for (const role of [Role.ADMIN, Role.EMPLOYER]) {
      expect(clientScopeOf({ ...coordinator, role, organisationId: 'provider-1', clientId: 'client-1' })).toBeNull();
    }
    expect(clientScopeOf({ ...coordinator, organisationId: null })).toBeNull();
    expect(clientScopeOf({ ...client, clientId: null })).toBeNull();
    expect(clientScopeOf(null)).toBeNull();
  });

  it('puts a client inside the scope by service provider for coordinators and by identity for the client', () => {
    const own = { clientId: 'client-1', serviceProviderId: 'provider-1' };
    const sibling = { clientId: 'client-2', serviceProviderId: 'provider-1' };
    const elsewhere = { clientId: 'client-3', serviceProviderId: 'provider-2' };
    const coordinatorScope = clientScopeOf(coordinator);
    expect([own, sibling, elsewhere].map((c) => inClientScope(coordinatorScope, c))).toEqual([true, true, false]);
    const clientScope = clientScopeOf(client);
    expect([own, sibling, elsewhere].map((c) => inClientScope(clientScope, c))).toEqual([true, false, false]);
    expect(inClientScope(null, own)).toBe(false);
  });

  it('lets coordinators alone manage clients', () => {
    expect(managedServiceProviderOf(coordinator)).toBe('provider-1');
    for (const viewer of [client, { ...coordinator, role: Role.EMPLOYER }, { ...coordinator, role: Role.ADMIN }]) {
      expect(() => managedServiceProviderOf(viewer)).toThrow(ForbiddenError);
    }
  });
});
