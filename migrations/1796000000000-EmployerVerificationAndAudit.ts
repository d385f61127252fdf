import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Employer verification, the daily limit of candidates viewed, and the audit log (issue 14, item 10).
 *
 * - `organisation.verified_at`: when an ADMIN verified an employer organisation; null while it waits. Employer
 *   organisations that exist when this migration runs are verified as of now: they were set up before
 *   verification existed (by an ADMIN, or by sign-up) and already work with the service, so an upgrade must not
 *   lock them out. Service providers are never verified (the column says nothing about them).
 * - `candidate_view_day`: per employer organisation and Europe/Helsinki day, how many distinct candidates it has
 *   been shown (`viewed`), which the reads check against CANDIDATE_VIEWS_PER_DAY in the same statement that
 *   writes the access log, and when it first hit the limit that day (`limit_reached_at`: the audit event is
 *   written once). One small row per organisation and day with reads; nothing personal.
 * - `audit_event`: what ADMINs did (and the limit being reached), newest first; `organisation_id` is the
 *   organisation the event concerns, which decides which coordinators see it. `detail` never holds client data.
 * - an index of the access log by organisation and candidate, for "already viewed today".
 */
export class EmployerVerificationAndAudit1796000000000 implements MigrationInterface {
  name = 'EmployerVerificationAndAudit1796000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE organisation ADD COLUMN verified_at timestamptz');
    await runner.query(`UPDATE organisation SET verified_at = now() WHERE kind = 'EMPLOYER'`);
    await runner.query(`
      CREATE TABLE candidate_view_day (
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        day date NOT NULL,
        viewed integer NOT NULL CHECK (viewed >= 0),
        limit_reached_at timestamptz,
        PRIMARY KEY (organisation_id, day)
      )`);
    await runner.query('CREATE INDEX profile_view_organisation_idx ON profile_view (organisation_id, profile_id, at)');
    await runner.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        actor_role varchar(16) NOT NULL CHECK (actor_role IN ('ADMIN', 'EMPLOYER', 'COORDINATOR', 'CLIENT')),
        action varchar(40) NOT NULL,
        organisation_id uuid REFERENCES organisation (id) ON DELETE SET NULL,
        detail varchar(500)
      )`);
    await runner.query('CREATE INDEX audit_event_at_idx ON audit_event (at DESC, id)');
    await runner.query(
      'CREATE INDEX audit_event_organisation_idx ON audit_event (organisation_id, at DESC, id) WHERE organisation_id IS NOT NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE audit_event');
    await runner.query('DROP INDEX profile_view_organisation_idx');
    await runner.query('DROP TABLE candidate_view_day');
    await runner.query('ALTER TABLE organisation DROP COLUMN verified_at');
  }
}
