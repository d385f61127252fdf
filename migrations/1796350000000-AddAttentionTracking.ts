import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the coordinator's "needs attention" page needs: when each profile last became ACTIVE (the 30 days of the
 * rapid-search rule count from then; profiles already ACTIVE count from their last change), and each
 * coordinator's visits of the page (the client answers shown are those since the previous visit).
 */
export class AddAttentionTracking1796350000000 implements MigrationInterface {
  name = 'AddAttentionTracking1796350000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE capacity_profile ADD COLUMN activated_at timestamptz');
    await runner.query(`UPDATE capacity_profile SET activated_at = updated_at WHERE status = 'ACTIVE'`);
    await runner.query(`
      CREATE TABLE coordinator_visit (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        visited_at timestamptz NOT NULL,
        previous_visited_at timestamptz
      )`);
    // The client answers of a service provider, newest first.
    await runner.query(
      `CREATE INDEX offer_provider_answered_idx ON offer (service_provider_id, responded_at)
        WHERE responded_at IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX offer_provider_answered_idx');
    await runner.query('DROP TABLE coordinator_visit');
    await runner.query('ALTER TABLE capacity_profile DROP COLUMN activated_at');
  }
}
