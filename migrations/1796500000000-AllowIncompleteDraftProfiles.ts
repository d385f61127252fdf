import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns a draft may leave empty, and that every other status (but ARCHIVED) requires. */
const NULLABLE = ['hours_min', 'hours_max', 'municipality_code', 'required_mask', 'features'] as const;

/**
 * A DRAFT profile may be saved with anything empty: coordinators build a profile with the client over several
 * meetings. Hours, municipality and the matching columns that depend on them (required_mask, features) become
 * nullable; capacity_profile_complete_check requires them, a non-empty summary and at least one weekly time window
 * for every status but DRAFT and ARCHIVED (an incomplete draft may be thrown away). The matching columns are null
 * exactly while a profile is incomplete: the worker never scores such a profile (only ACTIVE ones are scored).
 */
export class AllowIncompleteDraftProfiles1796500000000 implements MigrationInterface {
  name = 'AllowIncompleteDraftProfiles1796500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE capacity_profile ${NULLABLE.map((column) => `ALTER COLUMN ${column} DROP NOT NULL`).join(', ')}`,
    );
    await runner.query(`
      ALTER TABLE capacity_profile ADD CONSTRAINT capacity_profile_complete_check CHECK (
        status IN ('DRAFT', 'ARCHIVED') OR (
          ${NULLABLE.map((column) => `${column} IS NOT NULL`).join(' AND ')}
          AND btrim(summary) <> ''
          AND jsonb_typeof(availability) = 'array' AND jsonb_array_length(availability) > 0
        )
      )`);
  }

  /** Incomplete profiles (drafts, and drafts archived as they were) cannot be kept: they are deleted. */
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DELETE FROM capacity_profile
       WHERE ${NULLABLE.map((column) => `${column} IS NULL`).join(' OR ')}
          OR btrim(summary) = '' OR jsonb_array_length(availability) = 0`);
    await runner.query('ALTER TABLE capacity_profile DROP CONSTRAINT capacity_profile_complete_check');
    await runner.query(
      `ALTER TABLE capacity_profile ${NULLABLE.map((column) => `ALTER COLUMN ${column} SET NOT NULL`).join(', ')}`,
    );
  }
}
