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
  ): Promise<boolean> {
    const tokens = this.nameIndex.tokensOfName(client.serviceProviderId, displayName);
    if (tokens.length === 0) return false;
    await manager.query(
      `INSERT INTO client_name_token (service_provider_id, token, client_id)
       SELECT $1, token, $2 FROM unnest($3::bytea[]) AS token
       ON CONFLICT DO NOTHING`,
      [client.serviceProviderId, client.id, tokens],
    );
    return true;
  }

  /**
   * Indexes the names of the identities not yet in the index (written before it existed), in batches, each batch
   * in one transaction, and marks them, so that none is read twice; how many got tokens. An identity that does not
   * open (another key) stays unmarked and is counted in the log line.
   */
  async indexUnindexed(batchSize = 500): Promise<number> {
    let indexed = 0;
    let unreadable = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource.query<{ id: string; service_provider_id: string }[]>(
        `SELECT c.id, c.service_provider_id FROM client_identity i JOIN client c ON c.id = i.client_id
          WHERE NOT i.name_indexed AND i.client_id > $1 ORDER BY i.client_id LIMIT $2`,
        [after, batchSize],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      const identities = await this.identitiesOf(rows.map((row) => row.id));
      await this.dataSource.transaction(async (manager) => {
        const seen: string[] = [];
        for (const [i, row] of rows.entries()) {
          const identity = identities[i];
          if (identity instanceof Error) {
            unreadable++;
            continue;
          }
          const client = { id: row.id, serviceProviderId: row.service_provider_id };
          if (await this.insertNameTokens(manager, client, identity.displayName)) indexed++;
          seen.push(row.id);
        }
        await manager.query('UPDATE client_identity SET name_indexed = true WHERE client_id = ANY($1::uuid[])', [seen]);
      });
    }
    if (unreadable > 0)
      this.logger.warn({ msg: 'client names that do not open were left out of the index', unreadable });
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
