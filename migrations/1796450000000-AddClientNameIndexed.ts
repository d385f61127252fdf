import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a client's name is in the blind index (client_name_token). New identities are indexed in the transaction
 * that writes them, so the column defaults to true; identities that predate the index, or that the index could
 * not open, are false until the API's backfill (IdentityService.indexUnindexed) has seen them, once. Before this,
 * the backfill looked for clients without tokens on every start, so a name with no word of two letters was read
 * again at each start, and a large table of unindexed clients held the API's start for as long as it took.
 */
export class AddClientNameIndexed1796450000000 implements MigrationInterface {
  name = 'AddClientNameIndexed1796450000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE client_identity ADD COLUMN name_indexed boolean NOT NULL DEFAULT false');
    await runner.query(
      `UPDATE client_identity i SET name_indexed = true
        WHERE EXISTS (SELECT 1 FROM client_name_token t WHERE t.client_id = i.client_id)`,
    );
    await runner.query('ALTER TABLE client_identity ALTER COLUMN name_indexed SET DEFAULT true');
    await runner.query(
      'CREATE INDEX client_identity_unindexed_idx ON client_identity (client_id) WHERE NOT name_indexed',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE client_identity DROP COLUMN name_indexed');
  }
}
