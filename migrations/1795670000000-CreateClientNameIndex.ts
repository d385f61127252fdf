import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A keyed blind index of client names, for the coordinator's search: one row per name prefix of a client, holding
 * only an HMAC (src/clients/name-index.ts), never a name or a prefix in clear. Erasing a client deletes its rows.
 * Clients created before this index are indexed when the API starts (IdentityService.indexUnindexed).
 */
export class CreateClientNameIndex1795670000000 implements MigrationInterface {
  name = 'CreateClientNameIndex1795670000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE client_name_token (
        service_provider_id uuid NOT NULL,
        token bytea NOT NULL,
        client_id uuid NOT NULL REFERENCES client (id) ON DELETE CASCADE,
        PRIMARY KEY (service_provider_id, token, client_id)
      )`);
    await runner.query('CREATE INDEX client_name_token_client_idx ON client_name_token (client_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE client_name_token');
  }
}
