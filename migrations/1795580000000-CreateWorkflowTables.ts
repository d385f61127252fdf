import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The marketplace workflow: client access codes, the access log of employer reads, offers and proposals.
 *
 * - An access code is stored only as a keyed hash; one live code per client (a new one replaces the old).
 * - `profile_view` is append-only (a trigger refuses deletes and any update other than erasure's, which only
 *   clears the link to the client and profile).
 * - Proposals outlive an erased client as anonymous rows (profile and client links cleared, free text removed),
 *   which is what placement statistics count.
 */
export class CreateWorkflowTables1795580000000 implements MigrationInterface {
  name = 'CreateWorkflowTables1795580000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE client_access_code (
        client_id uuid PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
        code_hash text NOT NULL CONSTRAINT client_access_code_hash_key UNIQUE,
        issued_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);

    await runner.query(`
      CREATE TABLE profile_view (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        profile_id uuid REFERENCES capacity_profile (id) ON DELETE SET NULL,
        client_id uuid REFERENCES client (id) ON DELETE SET NULL,
        operation varchar(40) NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX profile_view_client_idx ON profile_view (client_id, at DESC) WHERE client_id IS NOT NULL`,
    );
    await runner.query(`
      CREATE FUNCTION profile_view_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'profile_view is append-only';
        END IF;
        IF NEW.id IS DISTINCT FROM OLD.id OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id
           OR NEW.operation IS DISTINCT FROM OLD.operation OR NEW.at IS DISTINCT FROM OLD.at
           OR (NEW.user_id IS DISTINCT FROM OLD.user_id AND NEW.user_id IS NOT NULL)
           OR (NEW.profile_id IS DISTINCT FROM OLD.profile_id AND NEW.profile_id IS NOT NULL)
           OR (NEW.client_id IS DISTINCT FROM OLD.client_id AND NEW.client_id IS NOT NULL) THEN
          RAISE EXCEPTION 'profile_view is append-only: only links to erased people may be cleared';
        END IF;
        RETURN NEW;
      END $$`);
    await runner.query(`
      CREATE TRIGGER profile_view_append_only BEFORE UPDATE OR DELETE ON profile_view
        FOR EACH ROW EXECUTE FUNCTION profile_view_append_only()`);

    await runner.query(`
      CREATE TABLE offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_id uuid NOT NULL REFERENCES job (id),
        job_version integer NOT NULL,
        profile_id uuid NOT NULL REFERENCES capacity_profile (id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES client (id) ON DELETE CASCADE,
        service_provider_id uuid NOT NULL REFERENCES organisation (id),
        offered_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        status varchar(16) NOT NULL DEFAULT 'OFFERED'
          CHECK (status IN ('OFFERED', 'INTERESTED', 'NOT_INTERESTED', 'WITHDRAWN')),
        carve_out uuid[] NOT NULL DEFAULT '{}',
        message varchar(2000),
        client_comment varchar(2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        responded_at timestamptz,
        closed_at timestamptz
      )`);
    await runner.query(`CREATE UNIQUE INDEX offer_open_key ON offer (job_id, profile_id) WHERE status <> 'WITHDRAWN'`);
    await runner.query(`CREATE INDEX offer_client_idx ON offer (client_id, created_at DESC)`);
    await runner.query(`CREATE INDEX offer_job_idx ON offer (job_id) WHERE status <> 'WITHDRAWN'`);

    await runner.query(`
      CREATE TABLE proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_id uuid NOT NULL REFERENCES job (id),
        profile_id uuid REFERENCES capacity_profile (id) ON DELETE SET NULL,
        employer_organisation_id uuid NOT NULL REFERENCES organisation (id),
        service_provider_id uuid NOT NULL REFERENCES organisation (id),
        initiated_by varchar(16) NOT NULL CHECK (initiated_by IN ('COORDINATOR', 'EMPLOYER')),
        status varchar(24) NOT NULL CHECK (status IN
          ('AWAITING_EMPLOYER', 'AWAITING_COORDINATOR', 'ACCEPTED', 'TRIAL', 'HIRED', 'DECLINED', 'WITHDRAWN', 'ENDED')),
        message varchar(2000),
        decline_reason varchar(32) CHECK (decline_reason IS NULL OR decline_reason IN
          ('TASKS_NOT_SUITABLE', 'HOURS_NOT_SUITABLE', 'ACCOMMODATION_NOT_POSSIBLE', 'POSITION_FILLED',
           'CANDIDATE_NOT_INTERESTED', 'OTHER')),
        accepted_at timestamptz,
        trial_at timestamptz,
        hired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open proposal per pair; closed ones (declined, withdrawn, ended) stay as history.
    await runner.query(`
      CREATE UNIQUE INDEX proposal_open_key ON proposal (job_id, profile_id)
        WHERE status IN ('AWAITING_EMPLOYER', 'AWAITING_COORDINATOR', 'ACCEPTED', 'TRIAL', 'HIRED')`);
    await runner.query(
      `CREATE INDEX proposal_employer_idx ON proposal (employer_organisation_id, created_at DESC, id)`,
    );
    await runner.query(
      `CREATE INDEX proposal_service_provider_idx ON proposal (service_provider_id, created_at DESC, id)`,
    );
    await runner.query(`CREATE INDEX proposal_profile_idx ON proposal (profile_id) WHERE profile_id IS NOT NULL`);

    await runner.query(`
      CREATE TABLE proposal_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
        status varchar(24) NOT NULL,
        actor_role varchar(16) NOT NULL,
        actor_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        note varchar(2000),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX proposal_event_proposal_idx ON proposal_event (proposal_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE proposal_event');
    await runner.query('DROP TABLE proposal');
    await runner.query('DROP TABLE offer');
    await runner.query('DROP TABLE profile_view');
    await runner.query('DROP FUNCTION profile_view_append_only');
    await runner.query('DROP TABLE client_access_code');
  }
}
