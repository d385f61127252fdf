import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OrganisationEntity } from '../../src/accounts/organisation.entity';
import { encodeCursor, newestFirst } from '../../src/common/graphql/keyset';
import type { Connection } from '../../src/common/graphql/pagination';
import { MediumDatabase } from './database';

/**
 * The one keyset helper on real Postgres: pages newest first by a microsecond timestamp with ties broken by id,
 * every row once across pages, and a crafted cursor refused before any SQL runs.
 */
describe('newestFirst on Postgres', () => {
  let db: MediumDatabase;
  /** Ids in list order: created_at descending, id ascending. */
  let expected: string[];

  beforeAll(async () => {
    db = await MediumDatabase.create();
    // Seven rows, three of which share one created_at to the microsecond: the id must break the tie.
    await db.dataSource.query(
      `INSERT INTO organisation (name, kind, created_at)
       SELECT 'Org ' || i, 'EMPLOYER',
              CASE WHEN i <= 3 THEN timestamptz '2026-05-05 10:00:00.123456+00'
                   ELSE timestamptz '2026-05-05 10:00:00+00' + i * interval '1.000001 second' END
         FROM generate_series(1, 7) AS i`,
    );
    const rows = await db.dataSource.query<{ id: string }[]>(
      'SELECT id FROM organisation ORDER BY created_at DESC, id ASC',
    );
    expected = rows.map((r) => r.id);
  });
  afterAll(() => db?.drop());

  const query = () => db.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o');

  it.each([1, 2, 3, 7, 100])('lists every row once, in order, in pages of %i', async (first) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const page: Connection<string> = await newestFirst(query(), 'o', { first, after }, (o) => o.id);
      expect(page.totalCount).toBe(7);
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('answers an empty last page after a cursor of the last row', async () => {
    const all = await newestFirst(query(), 'o', { first: 7, after: null }, (o) => o.id);
    const after = all.pageInfo.endCursor;
    const rest = await newestFirst(query(), 'o', { first: 7, after }, (o) => o.id);
    expect(rest.edges).toEqual([]);
    expect(rest.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it.each([
    ['30 February', ['2026-02-30T10:00:00.000000Z', '6f1c1b1e-8c1a-4c1e-9d5e-2b1f3a4c5d6e']],
    ['year 0', ['0000-01-01T00:00:00.000000Z', '6f1c1b1e-8c1a-4c1e-9d5e-2b1f3a4c5d6e']],
    ['no uuid', ['2026-05-05T10:00:00.123456Z', 'x']],
  ])('refuses a cursor with %s as INVALID_CURSOR', async (_what, key) => {
    await expect(newestFirst(query(), 'o', { first: 2, after: encodeCursor(key) }, (o) => o.id)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after', reason: 'INVALID_CURSOR' }],
    });
  });
});
