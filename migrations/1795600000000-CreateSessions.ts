import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side sign-in sessions. A token (bearer header or cookie) is a signed JWT naming its session; the row
 * decides whether it still works: not ended, used within the idle limit, and before the absolute limit. The row
 * holds no secret. Deleting a user (erasing a client) deletes their sessions with it.
 */
export class CreateSessions1795600000000 implements MigrationInterface {
  name = 'CreateSessions1795600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        idle_expires_at timestamptz NOT NULL,
        absolute_expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        CONSTRAINT session_expiry_check CHECK (idle_expires_at <= absolute_expires_at)
      )`);
    await runner.query('CREATE INDEX session_user_live_idx ON session (user_id) WHERE ended_at IS NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE session');
  }
}
