import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Jobs, clients, capacity profiles and matches.
 *
 * - `version` grows with every change of a job or profile; `scored_version` is the version the worker last
 *   scored. The reconciler finds rows where they differ through the partial `*_needs_scoring` indexes.
 * - Job tasks belong to one job version: an update writes a new set, and matches, offers and proposals keep
 *   pointing at the tasks they were computed for.
 * - `required_mask`, `offered_mask`, the hour columns and `remote_only` serve the SQL pre-filter; `features` is
 *   the kernel's binary encoding of the row (src/matching/kernel/features.ts), written with every change.
 * - Client identity lives in its own table, encrypted (AES-256-GCM) by the application.
 */
export class CreateJobsProfilesAndMatches1795572000000 implements MigrationInterface {
  name = 'CreateJobsProfilesAndMatches1795572000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT job_seq_key UNIQUE,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        title varchar(200) NOT NULL,
        description text NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'FILLED', 'CLOSED')),
        municipality_code char(3) NOT NULL REFERENCES municipality (code),
        remote_possible boolean NOT NULL DEFAULT false,
        hours_min real NOT NULL,
        hours_max real NOT NULL,
        schedule jsonb NOT NULL,
        accommodation_codes text[] NOT NULL,
        hourly_wage numeric(8, 2) CHECK (hourly_wage IS NULL OR hourly_wage >= 0),
        positions integer NOT NULL DEFAULT 1 CHECK (positions BETWEEN 1 AND 100),
        search_text text NOT NULL,
        offered_mask integer NOT NULL,
        features bytea NOT NULL,
        version integer NOT NULL DEFAULT 1,
        scored_version integer,
        scored_at timestamptz,
        candidates_scored integer NOT NULL DEFAULT 0,
        published_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT job_hours_check CHECK (hours_min > 0 AND hours_min <= hours_max AND hours_max <= 40)
      )`);
    await runner.query(`CREATE INDEX job_organisation_idx ON job (organisation_id, created_at DESC, id)`);
    await runner.query(`CREATE INDEX job_published_idx ON job (published_at DESC, id) WHERE status = 'PUBLISHED'`);
    await runner.query(`CREATE INDEX job_prefilter_idx ON job (hours_min, hours_max) WHERE status = 'PUBLISHED'`);
    await runner.query(`CREATE INDEX job_search_idx ON job USING gin (to_tsvector('simple', search_text))`);
    await runner.query(
      `CREATE INDEX job_needs_scoring_idx ON job (updated_at) WHERE scored_version IS DISTINCT FROM version`,
    );

    await runner.query(`
      CREATE TABLE job_task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_id uuid NOT NULL REFERENCES job (id) ON DELETE CASCADE,
        job_version integer NOT NULL,
        position smallint NOT NULL,
        task_type_code varchar(40) NOT NULL REFERENCES task_type (code),
        description varchar(1000) NOT NULL,
        demands jsonb NOT NULL,
        modifiable boolean NOT NULL,
        hours_share smallint CHECK (hours_share IS NULL OR hours_share BETWEEN 1 AND 100),
        CONSTRAINT job_task_version_position_key UNIQUE (job_id, job_version, position)
      )`);

    await runner.query(`
      CREATE TABLE client (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_provider_id uuid NOT NULL REFERENCES organisation (id),
        preferred_language varchar(2) NOT NULL DEFAULT 'FI' CHECK (preferred_language IN ('FI', 'SV', 'EN')),
        share_with_employers boolean NOT NULL DEFAULT false,
        consent_changed_at timestamptz,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX client_service_provider_idx ON client (service_provider_id, created_at DESC, id)`);
    await runner.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_client_fkey FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE`,
    );
    await runner.query(`CREATE UNIQUE INDEX app_user_client_key ON app_user (client_id) WHERE client_id IS NOT NULL`);

    // Identity (GDPR Art. 9 adjacent): ciphertexts only, bound to their row and column by the associated data.
    await runner.query(`
      CREATE TABLE client_identity (
        client_id uuid PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
        display_name bytea NOT NULL,
        contact_email bytea,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Every change of consent, append-only: who (user and role), when, and what.
    await runner.query(`
      CREATE TABLE consent_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        client_id uuid NOT NULL REFERENCES client (id) ON DELETE CASCADE,
        share_with_employers boolean NOT NULL,
        actor_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        actor_role varchar(16) NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX consent_event_client_idx ON consent_event (client_id, at)`);

    await runner.query(`
      CREATE TABLE capacity_profile (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT capacity_profile_seq_key UNIQUE,
        client_id uuid NOT NULL REFERENCES client (id) ON DELETE CASCADE,
        service_provider_id uuid NOT NULL REFERENCES organisation (id),
        pseudonym varchar(12) NOT NULL CONSTRAINT capacity_profile_pseudonym_key UNIQUE,
        status varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'PLACED', 'ARCHIVED')),
        summary text NOT NULL,
        abilities jsonb NOT NULL,
        restrictions jsonb NOT NULL,
        accommodation_needs jsonb NOT NULL,
        hours_min real NOT NULL,
        hours_max real NOT NULL,
        availability jsonb NOT NULL,
        municipality_code char(3) NOT NULL REFERENCES municipality (code),
        max_commute_km real CHECK (max_commute_km IS NULL OR max_commute_km >= 0),
        remote_only boolean NOT NULL DEFAULT false,
        languages text[] NOT NULL DEFAULT '{}',
        required_mask integer NOT NULL,
        features bytea NOT NULL,
        version integer NOT NULL DEFAULT 1,
        scored_version integer,
        scored_at timestamptz,
        candidates_scored integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT capacity_profile_hours_check CHECK (hours_min > 0 AND hours_min <= hours_max AND hours_max <= 40)
      )`);
    await runner.query(`CREATE INDEX capacity_profile_client_idx ON capacity_profile (client_id)`);
    await runner.query(
      `CREATE INDEX capacity_profile_service_provider_idx ON capacity_profile (service_provider_id, status, created_at DESC, id)`,
    );
    await runner.query(
      `CREATE INDEX capacity_profile_prefilter_idx ON capacity_profile (hours_max, hours_min) WHERE status = 'ACTIVE'`,
    );
    await runner.query(
      `CREATE INDEX capacity_profile_needs_scoring_idx ON capacity_profile (updated_at) WHERE scored_version IS DISTINCT FROM version`,
    );

    // One row per (job, profile) pair the worker keeps: each side's best pairs and near misses (one blocker).
    await runner.query(`
      CREATE TABLE match (
        job_id uuid NOT NULL REFERENCES job (id) ON DELETE CASCADE,
        profile_id uuid NOT NULL REFERENCES capacity_profile (id) ON DELETE CASCADE,
        job_version integer NOT NULL,
        profile_version integer NOT NULL,
        feasible boolean NOT NULL,
        score smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
        rank_key double precision NOT NULL,
        score_tasks smallint NOT NULL,
        score_accommodations smallint NOT NULL,
        score_hours smallint NOT NULL,
        score_location smallint NOT NULL,
        blockers text[] NOT NULL,
        carve_out uuid[] NOT NULL,
        reasons jsonb NOT NULL,
        computed_at timestamptz NOT NULL,
        CONSTRAINT match_pkey PRIMARY KEY (job_id, profile_id)
      )`);
    await runner.query(`CREATE INDEX match_job_rank_idx ON match (job_id, feasible, rank_key DESC, profile_id)`);
    await runner.query(`CREATE INDEX match_profile_rank_idx ON match (profile_id, feasible, rank_key DESC, job_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE match');
    await runner.query('DROP TABLE capacity_profile');
    await runner.query('DROP TABLE consent_event');
    await runner.query('DROP TABLE client_identity');
    await runner.query('DROP INDEX app_user_client_key');
    await runner.query('ALTER TABLE app_user DROP CONSTRAINT app_user_client_fkey');
    await runner.query('DROP TABLE client');
    await runner.query('DROP TABLE job_task');
    await runner.query('DROP TABLE job');
  }
}
