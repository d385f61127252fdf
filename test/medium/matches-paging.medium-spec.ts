import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { QueryRunner } from 'typeorm';
import type { LazyTotalConnection } from '../../src/common/graphql/pagination';
import type { MatchesArgs, MatchModel } from '../../src/matching/match.model';
import type { MatchRowValues } from '../../src/matching/match.row';
import { MatchesService } from '../../src/matching/matches.service';
import { ScoringRepository } from '../../src/matching/scoring/scoring.repository';
import { MediumDatabase } from './database';
import { createOwners, insertJob, insertProfile } from './rows';

/**
 * A profile's matches paged by MatchesService on real Postgres: rank order (feasible first, rank key descending,
 * ties by job id), every row once across pages of every size, the last page, a page of exactly the rows left, and
 * several profiles in one query without their pages mixing.
 */

/** Which pairs a page asks for. */
type Kind = 'all' | 'feasible' | 'nearMisses';
describe('MatchesService.forProfiles paging', () => {
  let db: MediumDatabase;
  let runner: QueryRunner;
  let service: MatchesService;
  let profileId: string;
  let otherProfileId: string;
  /** Job ids of the profile's visible matches in the expected order. */
  let expected: string[];
  /** The expected ids of each kind of page: every pair, the feasible ones, the near misses. */
  let expectedOf: Record<Kind, string[]>;
  let otherExpected: string[];

  beforeAll(async () => {
    db = await MediumDatabase.create();
    runner = db.dataSource.createQueryRunner();
    // forProfiles reads with the DataSource alone; the profile and access-log services are for other methods.
    service = new MatchesService(db.dataSource, null as never, null as never);
    const owners = await createOwners(runner);
    profileId = (await insertProfile(runner, owners, 'profile', {})).id;
    otherProfileId = (await insertProfile(runner, owners, 'other', {})).id;
    // Nine published jobs: three feasible tied at 80, one feasible at 90, two near misses tied at 95 (after every
    // feasible one whatever the score), three more feasible at 60; and a draft job whose match is never shown.
    const spec: { feasible: boolean; rank: number }[] = [
      { feasible: true, rank: 80 },
      { feasible: true, rank: 80 },
      { feasible: true, rank: 80 },
      { feasible: true, rank: 90 },
      { feasible: false, rank: 95 },
      { feasible: false, rank: 95 },
      { feasible: true, rank: 60 },
      { feasible: true, rank: 60.5 },
      { feasible: true, rank: 60 },
    ];
    const rows: MatchRowValues[] = [];
    const shown: { id: string; feasible: boolean; rank: number }[] = [];
    for (const [i, s] of spec.entries()) {
      const job = await insertJob(runner, owners, `job ${i}`, {});
      rows.push(match(job.id, profileId, s.feasible, s.rank));
      shown.push({ id: job.id, ...s });
    }
    const draft = await insertJob(runner, owners, 'draft', { status: 'DRAFT' });
    rows.push(match(draft.id, profileId, true, 100));
    // The other profile shares two of the jobs.
    rows.push(match(shown[0].id, otherProfileId, true, 10), match(shown[4].id, otherProfileId, true, 20));
    await new ScoringRepository(runner).upsertMatches(rows);
    shown.sort(
      (a, b) => Number(b.feasible) - Number(a.feasible) || b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    expected = shown.map((s) => s.id);
    expectedOf = {
      all: expected,
      feasible: shown.filter((s) => s.feasible).map((s) => s.id),
      nearMisses: shown.filter((s) => !s.feasible).map((s) => s.id),
    };
    // Rank 20 before rank 10.
    otherExpected = [rows[11].job_id, rows[10].job_id];
  });
  afterAll(async () => {
    await runner?.release();
    await db?.drop();
  });

  function match(jobId: string, profile: string, feasible: boolean, rank: number): MatchRowValues {
    return {
      job_id: jobId,
      profile_id: profile,
      job_version: 1,
      profile_version: 1,
      feasible,
      score: Math.round(rank),
      rank_key: rank,
      score_tasks: 50,
      score_accommodations: 50,
      score_hours: 50,
      score_location: 50,
      blockers: feasible ? [] : ['REQUIRED_ACCOMMODATION_MISSING'],
      carve_out: [],
      reasons: [],
      scorer_version: 1,
    };
  }

  const args = (first: number, after: string | null, kind: Kind = 'all'): MatchesArgs => ({
    first,
    after,
    feasibleOnly: kind === 'feasible',
    nearMissesOnly: kind === 'nearMisses',
    minScore: null,
  });

  async function page(
    first: number,
    after: string | null,
    kind: Kind = 'all',
    profiles = [profileId],
  ): Promise<LazyTotalConnection<MatchModel>> {
    const pages = await service.forProfiles(profiles, args(first, after, kind));
    return pages.get(profiles[0])!;
  }

  async function all(first: number, kind: Kind = 'all'): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    while (pages < 20) {
      const p: LazyTotalConnection<MatchModel> = await page(first, after, kind);
      pages++;
      ids.push(...p.edges.map((e) => e.node.jobId));
      expect(await p.totalCount()).toBe(expectedOf[kind].length);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    return { ids, pages };
  }

  it.each([1, 2, 3, 4, 8, 9, 10, 50])('lists every match once, in rank order, in pages of %i', async (first) => {
    const { ids, pages } = await all(first);
    expect(ids).toEqual(expected);
    // No empty page at the end when the rows divide evenly into pages (3 and 9 do).
    expect(pages).toBe(Math.ceil(expected.length / first));
  });

  it('pages only feasible matches with feasibleOnly', async () => {
    expect((await all(2, 'feasible')).ids).toEqual(expectedOf.feasible);
  });

  it('pages only the near misses with nearMissesOnly, in rank order', async () => {
    expect(expectedOf.nearMisses.length).toBeGreaterThan(1);
    expect((await all(1, 'nearMisses')).ids).toEqual(expectedOf.nearMisses);
    expect((await all(50, 'nearMisses')).ids).toEqual(expectedOf.nearMisses);
  });

  it('answers a page of exactly the rows left without a next page', async () => {
    const head = await page(expected.length - 3, null);
    expect(head.pageInfo.hasNextPage).toBe(true);
    const rest = await page(3, head.pageInfo.endCursor);
    expect(rest.edges.map((e) => e.node.jobId)).toEqual(expected.slice(-3));
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.pageInfo.endCursor).toBe(rest.edges[2].cursor);
  });

  it('answers an empty page after the cursor of the last row', async () => {
    const whole = await page(expected.length, null);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const after = await page(5, whole.pageInfo.endCursor);
    expect(after.edges).toEqual([]);
    expect(after.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('continues inside a tie: a cursor on the second of three rows tied at one rank key', async () => {
    // Places 1..3 (after the 90) are the three tied at 80: the first page ends on the second of them.
    const head = await page(3, null);
    const rest = await page(2, head.pageInfo.endCursor);
    expect(rest.edges.map((e) => e.node.jobId)).toEqual(expected.slice(3, 5));
  });

  it('pages several profiles in one query, each its own rows and total', async () => {
    const pages = await service.forProfiles([profileId, otherProfileId], args(1, null));
    const mine = pages.get(profileId)!;
    const other = pages.get(otherProfileId)!;
    expect(mine.edges.map((e) => e.node.jobId)).toEqual(expected.slice(0, 1));
    expect(other.edges.map((e) => e.node.jobId)).toEqual(otherExpected.slice(0, 1));
    expect(await other.totalCount()).toBe(2);
    expect(await mine.totalCount()).toBe(expected.length);
    const next = await service.forProfiles([otherProfileId], args(1, other.pageInfo.endCursor));
    expect(next.get(otherProfileId)!.edges.map((e) => e.node.jobId)).toEqual(otherExpected.slice(1));
    expect(next.get(otherProfileId)!.pageInfo.hasNextPage).toBe(false);
  });
});
