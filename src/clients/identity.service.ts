import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { FieldCipher } from '../common/crypto/field-cipher';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { ClientIdentityEntity } from './client-identity.entity';
import { IdentityUnreadableError } from './clients.errors';

/** A client's identity in plain text. It exists only in memory, for the response that asked for it. */
export interface ClientIdentity {
  displayName: string;
  contactEmail: string | null;
}

type IdentityColumn = 'display_name' | 'contact_email';

/** The associated data of a ciphertext: it opens only on the row and in the column it was sealed for. */
export function identityAad(clientId: string, column: IdentityColumn): string {
  return `client:${clientId}:${column}`;
}

/**
 * Seals and opens client identities (AES-256-GCM with the configured data key). Nothing here logs, and no
 * error it throws carries a plaintext.
 */
@Injectable()
export class IdentityService {
  private readonly cipher: FieldCipher;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.cipher = new FieldCipher(config.dataEncryptionKey);
  }

  seal(
    clientId: string,
    identity: ClientIdentity,
  ): Pick<ClientIdentityEntity, 'clientId' | 'displayName' | 'contactEmail'> {
    return {
      clientId,
      displayName: this.cipher.encrypt(identity.displayName, identityAad(clientId, 'display_name')),
      contactEmail:
        identity.contactEmail === null
          ? null
          : this.cipher.encrypt(identity.contactEmail, identityAad(clientId, 'contact_email')),
    };
  }

  /** IdentityUnreadableError when a column does not open for this client. */
  open(row: Pick<ClientIdentityEntity, 'clientId' | 'displayName' | 'contactEmail'>): ClientIdentity {
    try {
      return {
        displayName: this.cipher.decrypt(row.displayName, identityAad(row.clientId, 'display_name')),
        contactEmail:
          row.contactEmail === null
            ? null
            : this.cipher.decrypt(row.contactEmail, identityAad(row.clientId, 'contact_email')),
      };
    } catch {
      throw new IdentityUnreadableError(row.clientId);
    }
  }

  async insert(manager: EntityManager, clientId: string, identity: ClientIdentity): Promise<void> {
    await manager.insert(ClientIdentityEntity, this.seal(clientId, identity));
  }

  /** The identities of these clients, in the order asked; an Error in place of one that is missing or unreadable. */
  async identitiesOf(clientIds: readonly string[]): Promise<(ClientIdentity | Error)[]> {
    if (clientIds.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(ClientIdentityEntity)
      .createQueryBuilder('i')
      .where('i.clientId IN (:...ids)', { ids: clientIds })
      .getMany();
    const byClient = new Map(rows.map((row) => [row.clientId, row]));
    return clientIds.map((id) => {
      const row = byClient.get(id);
      if (!row) return new IdentityUnreadableError(id, 'is missing');
      try {
        return this.open(row);
      } catch (error) {
        return error as Error;
      }
    });
  }

  async identityOf(clientId: string): Promise<ClientIdentity> {
    const [identity] = await this.identitiesOf([clientId]);
    if (identity instanceof Error) throw identity;
    return identity;
  }
}
