import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Match pages are read best first: feasible pairs first, then by rank key (highest first), ties by the other
 * side's id. The first indexes sorted `feasible` the other way, so no scan direction gave that order and every
 * page joined and sorted all of a job's stored pairs (500 and more) before its LIMIT. With the index in the
 * page's own order a page reads only its own rows.
 */
export class RankOrderMatchIndexes1795590000000 implements MigrationInterface {
  name = 'RankOrderMatchIndexes1795590000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX match_job_rank_idx');
    await runner.query('DROP INDEX match_profile_rank_idx');
    await runner.query(`CREATE INDEX match_job_rank_idx ON match (job_id, feasible DESC, rank_key DESC, profile_id)`);
    await runner.query(
      `CREATE INDEX match_profile_rank_idx ON match (profile_id, feasible DESC, rank_key DESC, job_id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX match_job_rank_idx');
    await runner.query('DROP INDEX match_profile_rank_idx');
    await runner.query(`CREATE INDEX match_job_rank_idx ON match (job_id, feasible, rank_key DESC, profile_id)`);
    await runner.query(`CREATE INDEX match_profile_rank_idx ON match (profile_id, feasible, rank_key DESC, job_id)`);
  }
}
