import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { FieldCipher } from '../common/crypto/field-cipher';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { ClientIdentityEntity } from './client-identity.entity';
import { IdentityUnreadableError } from './clients.errors';
import { NameIndex } from './name-index';

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
export class IdentityService implements OnApplicationBootstrap {
  private readonly logger = new Logger(IdentityService.name);
  private readonly cipher: FieldCipher;
  readonly nameIndex: NameIndex;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.cipher = new FieldCipher(config.dataEncryptionKey);
    this.nameIndex = new NameIndex(config.dataEncryptionKey);
  }

  /** Clients created before the name index existed get their tokens now (nothing is done when there are none). */
  async onApplicationBootstrap(): Promise<void> {
    const indexed = await this.indexUnindexed();
    if (indexed > 0) this.logger.log({ msg: 'client names indexed for search', clients: indexed });
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

  /** The identity, sealed, and the name's blind-index tokens (the client's service provider scopes them). */
  async insert(
    manager: EntityManager,
    client: { id: string; serviceProviderId: string },
    identity: ClientIdentity,
  ): Promise<void> {
    await manager.insert(ClientIdentityEntity, this.seal(client.id, identity));
    await this.insertNameTokens(manager, client, identity.displayName);
  }

  private async insertNameTokens(
    manager: EntityManager,
    client: { id: string; serviceProviderId: string },
    displayName: string,
  ): Promise<void> {
    const tokens = this.nameIndex.tokensOfName(client.serviceProviderId, displayName);
    if (tokens.length === 0) return;
    await manager.query(
      `INSERT INTO client_name_token (service_provider_id, token, client_id)
       SELECT $1, token, $2 FROM unnest($3::bytea[]) AS token
       ON CONFLICT DO NOTHING`,
      [client.serviceProviderId, client.id, tokens],
    );
  }

  /** Indexes the names of the clients that have no token yet; how many it indexed. */
  async indexUnindexed(): Promise<number> {
    const rows = await this.dataSource.query<{ id: string; service_provider_id: string }[]>(
      `SELECT c.id, c.service_provider_id FROM client c
        WHERE NOT EXISTS (SELECT 1 FROM client_name_token t WHERE t.client_id = c.id)`,
    );
    let indexed = 0;
    for (const row of rows) {
      const [identity] = await this.identitiesOf([row.id]);
      if (
        identity instanceof Error ||
        this.nameIndex.tokensOfName(row.service_provider_id, identity.displayName).length === 0
      ) {
        continue;
      }
      await this.insertNameTokens(
        this.dataSource.manager,
        { id: row.id, serviceProviderId: row.service_provider_id },
        identity.displayName,
      );
      indexed++;
    }
    return indexed;
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
