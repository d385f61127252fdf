import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scorer versions (src/matching/scorer-version.ts): each match row records the scorer version that computed it, and
 * each job and profile the scorer version of its last run, so that a release with a new scorer rescores what an
 * older one stored. Everything stored before this migration was computed by version 1.
 */
export class AddScorerVersion1795680000000 implements MigrationInterface {
  name = 'AddScorerVersion1795680000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE match ADD COLUMN scorer_version smallint NOT NULL DEFAULT 1');
    await runner.query('ALTER TABLE match ALTER COLUMN scorer_version DROP DEFAULT');
    await runner.query('CREATE INDEX match_scorer_version_idx ON match (scorer_version)');
    for (const table of ['job', 'capacity_profile']) {
      await runner.query(`ALTER TABLE ${table} ADD COLUMN scored_scorer_version smallint`);
      await runner.query(`UPDATE ${table} SET scored_scorer_version = 1 WHERE scored_version IS NOT NULL`);
      // The rescoring pass: entities of an older scorer, oldest scorer first, then least recently scored.
      await runner.query(
        `CREATE INDEX ${table}_scorer_idx ON ${table} (scored_scorer_version, scored_at)
          WHERE scored_scorer_version IS NOT NULL`,
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['job', 'capacity_profile']) {
      await runner.query(`ALTER TABLE ${table} DROP COLUMN scored_scorer_version`);
    }
    await runner.query('ALTER TABLE match DROP COLUMN scorer_version');
  }
}
