import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/env';
import { IdentityUnreadableError } from './clients.errors';
import { identityAad, IdentityService } from './identity.service';

const service = (key = randomBytes(32)) =>
  new IdentityService({ dataEncryptionKey: key } as AppConfig, {} as DataSource);

describe('IdentityService', () => {
  const identities = service();

  it('seals each column for its client and opens it again', () => {
    const sealed = identities.seal('client-a', { displayName: 'Äino Öhman', contactEmail: 'aino@example.fi' });
    expect(sealed.clientId).toBe('client-a');
    expect(sealed.displayName.includes(Buffer.from('Öhman'))).toBe(false);
    expect(sealed.contactEmail?.includes(Buffer.from('aino@example.fi'))).toBe(false);
    expect(identities.open(sealed)).toEqual({ displayName: 'Äino Öhman', contactEmail: 'aino@example.fi' });
    expect(identities.open(identities.seal('b', { displayName: 'B', contactEmail: null }))).toEqual({
      displayName: 'B',
      contactEmail: null,
    });
  });

  it('binds the associated data to the client and the column', () => {
    expect(identityAad('c1', 'display_name')).toBe('client:c1:display_name');
    const sealed = identities.seal('client-a', { displayName: 'Aino', contactEmail: 'aino@example.fi' });
    expect(() => identities.open({ ...sealed, clientId: 'client-b' })).toThrow(IdentityUnreadableError);
    // Columns swapped within the row do not open either.
    expect(() =>
      identities.open({ clientId: 'client-a', displayName: sealed.contactEmail as Buffer, contactEmail: null }),
    ).toThrow(IdentityUnreadableError);
    expect(() => service().open(sealed)).toThrow(IdentityUnreadableError);
  });

  it('says which client failed, and nothing of the identity', () => {
    const sealed = identities.seal('client-a', { displayName: 'Aino Secret', contactEmail: null });
    try {
      identities.open({ ...sealed, clientId: 'client-b' });
      throw new Error('opened');
    } catch (error) {
      expect((error as Error).message).toBe('the identity of client client-b cannot be decrypted');
    }
  });
});
