import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MediumDatabase } from './database';
import { createOwners, insertProfile } from './rows';

/**
 * AllowIncompleteDraftProfiles, both ways, on a database of its own: down() deletes the profiles that the old
 * NOT NULL columns cannot hold (incomplete drafts, and drafts archived as they were) and keeps the others; up()
 * makes the columns nullable again under capacity_profile_complete_check.
 */
describe('the AllowIncompleteDraftProfiles migration', () => {
  let db: MediumDatabase;

  beforeAll(async () => {
    db = await MediumDatabase.create();
  });
  afterAll(() => db?.drop());

  const nullable = async (): Promise<string[]> => {
    const rows = await db.dataSource.query<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_name = 'capacity_profile' AND is_nullable = 'YES'
          AND column_name IN ('hours_min', 'hours_max', 'municipality_code', 'required_mask', 'features')
        ORDER BY column_name`,
    );
    return rows.map((r) => r.column_name);
  };

  it('deletes incomplete profiles on the way down, keeps complete ones, and comes back up', async () => {
    expect(await nullable()).toEqual(['features', 'hours_max', 'hours_min', 'municipality_code', 'required_mask']);
    const runner = db.dataSource.createQueryRunner();
    const owners = await createOwners(runner);
    const active = await insertProfile(runner, owners, 'active', { status: 'ACTIVE' });
    const completeDraft = await insertProfile(runner, owners, 'draft', { status: 'DRAFT' });
    const [client] = (await runner.query(`INSERT INTO client (service_provider_id) VALUES ($1) RETURNING id`, [
      owners.serviceProviderId,
    ])) as { id: string }[];
    const incomplete = (await runner.query(
      `INSERT INTO capacity_profile (client_id, service_provider_id, pseudonym, status, summary, abilities,
                                     restrictions, accommodation_needs, availability, hours_min)
       VALUES ($1, $2, 'C-INCO1', 'DRAFT', 'Puolivalmis.', '[]', '[]', '[]', '[]', 8),
              ($1, $2, 'C-INCO2', 'ARCHIVED', '', '[]', '[]', '[]', '[]', NULL)
       RETURNING id`,
      [client.id, owners.serviceProviderId],
    )) as { id: string }[];
    await runner.release();

    await db.dataSource.undoLastMigration();
    expect(await nullable()).toEqual([]);
    const left = await db.dataSource.query<{ id: string }[]>(
      'SELECT id FROM capacity_profile WHERE id = ANY($1::uuid[])',
      [[active.id, completeDraft.id, ...incomplete.map((r) => r.id)]],
    );
    expect(left.map((r) => r.id).sort()).toEqual([active.id, completeDraft.id].sort());

    await db.dataSource.runMigrations();
    expect(await nullable()).toEqual(['features', 'hours_max', 'hours_min', 'municipality_code', 'required_mask']);
    const [check] = await db.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_constraint WHERE conname = 'capacity_profile_complete_check'`,
    );
    expect(check.n).toBe(1);
  });
});
