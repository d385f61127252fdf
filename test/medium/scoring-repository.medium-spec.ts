import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { QueryRunner } from 'typeorm';
import { type MatchRow, type MatchRowValues, matchColumns } from '../../src/matching/match.row';
import {
  type Candidates,
  type PrefilterOfJob,
  type PrefilterOfProfile,
  ScoringRepository,
} from '../../src/matching/scoring/scoring.repository';
import { MediumDatabase } from './database';
import {
  createOwners,
  type Inserted,
  insertJob,
  insertProfile,
  type Owners,
  type ProfileRow,
  type JobRow,
} from './rows';

/**
 * The scoring worker's SQL on real Postgres: the pre-filter of both sides (hour ranges, the near-miss mask, remote
 * work, the commute with its margin, status) and the match writer's version rule.
 */

async function placeOf(runner: QueryRunner, code: string): Promise<{ lat: number; lon: number }> {
  const [row] = (await runner.query('SELECT lat, lon FROM municipality WHERE code = $1', [code])) as {
    lat: number;
    lon: number;
  }[];
  return { lat: Number(row.lat), lon: Number(row.lon) };
}

/** Great-circle km, computed here independently of the SQL under test. */
function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The labels of the candidates, sorted, after checking each carries its own row's version and features. */
function labelsOf(candidates: Candidates, rows: Map<string, Inserted & { version: number }>): string[] {
  const bySeq = new Map([...rows].map(([label, row]) => [row.seq, { label, row }]));
  const labels: string[] = [];
  candidates.seqs.forEach((seq, i) => {
    const found = bySeq.get(seq);
    expect(found).toBeDefined();
    expect(candidates.versions[i]).toBe(found!.row.version);
    expect(Buffer.from(candidates.features[i]).equals(found!.row.features)).toBe(true);
    labels.push(found!.label);
  });
  return labels.sort();
}

/** Hour ranges against the other side's 10–20 h: both sides' pre-filters keep the same ones. */
const HOUR_RANGES = {
  inside: { hoursMin: 12, hoursMax: 18 },
  around: { hoursMin: 5, hoursMax: 30 },
  touchesBelow: { hoursMin: 5, hoursMax: 10 },
  touchesAbove: { hoursMin: 20, hoursMax: 30 },
  justBelow: { hoursMin: 5, hoursMax: 9.5 },
  justAbove: { hoursMin: 20.5, hoursMax: 30 },
};
const HOUR_RANGES_KEPT = ['around', 'inside', 'touchesAbove', 'touchesBelow'];

const HELSINKI = '091';
const ESPOO = '049';
/** Far from Helsinki and Espoo: well beyond every commute below. */
const TAMPERE = '837';

describe('ScoringRepository pre-filter', () => {
  let db: MediumDatabase;
  let runner: QueryRunner;
  let repository: ScoringRepository;
  let owners: Owners;

  beforeAll(async () => {
    db = await MediumDatabase.create();
  });
  afterAll(() => db?.drop());

  // Every test writes its rows in a transaction it rolls back: each sees only its own rows.
  beforeEach(async () => {
    runner = db.dataSource.createQueryRunner();
    await runner.startTransaction();
    repository = new ScoringRepository(runner);
    owners = await createOwners(runner);
  });
  afterEach(async () => {
    await runner.rollbackTransaction();
    await runner.release();
  });

  /** Inserts the rows of `spec` (by label), with their versions, for `labelsOf`. */
  async function insertAll<Row extends { version?: number }>(
    spec: Record<string, Row>,
    insert: (runner: QueryRunner, owners: Owners, label: string, row: Row) => Promise<Inserted>,
  ): Promise<Map<string, Inserted & { version: number }>> {
    const rows = new Map<string, Inserted & { version: number }>();
    for (const [label, row] of Object.entries(spec)) {
      rows.set(label, { ...(await insert(runner, owners, label, row)), version: row.version ?? 1 });
    }
    return rows;
  }

  describe('profileCandidates (the profiles of a job)', () => {
    const job = (over: Partial<PrefilterOfJob> = {}): PrefilterOfJob => ({
      offered_mask: 0,
      hours_min: 10,
      hours_max: 20,
      remote_possible: false,
      municipality_code: HELSINKI,
      ...over,
    });

    const profiles = (spec: Record<string, ProfileRow>) => insertAll(spec, insertProfile);

    it('keeps hour ranges that overlap or touch, and drops those that do not', async () => {
      const rows = await profiles(HOUR_RANGES);
      const found = await repository.profileCandidates(job(), await placeOf(runner, HELSINKI));
      expect(labelsOf(found, rows)).toEqual(HOUR_RANGES_KEPT);
    });

    it('keeps profiles missing at most one required accommodation (the near miss), not two', async () => {
      const rows = await profiles({
        none: { requiredMask: 0b0000 },
        allOffered: { requiredMask: 0b0011 },
        oneMissing: { requiredMask: 0b0111 },
        onlyOneMissing: { requiredMask: 0b1000 },
        twoMissing: { requiredMask: 0b1111 },
        twoOthersMissing: { requiredMask: 0b1100 },
      });
      const found = await repository.profileCandidates(job({ offered_mask: 0b0011 }), await placeOf(runner, HELSINKI));
      expect(labelsOf(found, rows)).toEqual(['allOffered', 'none', 'oneMissing', 'onlyOneMissing']);
    });

    it('keeps remote-only and far profiles when the job can be done remotely, and not otherwise', async () => {
      const rows = await profiles({
        remoteOnly: { remoteOnly: true },
        far: { municipality: TAMPERE, maxCommuteKm: 10 },
        near: { municipality: HELSINKI, maxCommuteKm: 10 },
        anyDistance: { municipality: TAMPERE, maxCommuteKm: null },
      });
      const place = await placeOf(runner, HELSINKI);
      const remote = await repository.profileCandidates(job({ remote_possible: true }), place);
      expect(labelsOf(remote, rows)).toEqual(['anyDistance', 'far', 'near', 'remoteOnly']);
      const onSite = await repository.profileCandidates(job({ remote_possible: false }), place);
      expect(labelsOf(onSite, rows)).toEqual(['anyDistance', 'near']);
    });

    it('keeps a profile whose commute falls short of the distance by less than the 1 km margin, not more', async () => {
      const place = await placeOf(runner, HELSINKI);
      const km = haversineKm(place, await placeOf(runner, ESPOO));
      expect(km).toBeGreaterThan(5);
      const rows = await profiles({
        beyond: { municipality: ESPOO, maxCommuteKm: km + 2 },
        exact: { municipality: ESPOO, maxCommuteKm: km },
        insideSlack: { municipality: ESPOO, maxCommuteKm: km - 0.5 },
        beyondSlack: { municipality: ESPOO, maxCommuteKm: km - 1.5 },
        zero: { municipality: ESPOO, maxCommuteKm: 0 },
      });
      const found = await repository.profileCandidates(job(), place);
      expect(labelsOf(found, rows)).toEqual(['beyond', 'exact', 'insideSlack']);
    });

    it('keeps only ACTIVE profiles, and carries each one’s version', async () => {
      const rows = await profiles({
        active: { status: 'ACTIVE', version: 4 },
        draft: { status: 'DRAFT' },
        paused: { status: 'PAUSED' },
        placed: { status: 'PLACED' },
        archived: { status: 'ARCHIVED' },
      });
      const found = await repository.profileCandidates(job(), await placeOf(runner, HELSINKI));
      expect(labelsOf(found, rows)).toEqual(['active']);
    });

    it('reads an incomplete draft (no hours, municipality or matching columns) and never offers it', async () => {
      const rows = await profiles({ active: { status: 'ACTIVE' } });
      const [client] = (await runner.query(`INSERT INTO client (service_provider_id) VALUES ($1) RETURNING id`, [
        owners.serviceProviderId,
      ])) as { id: string }[];
      const [draft] = (await runner.query(
        `INSERT INTO capacity_profile (client_id, service_provider_id, pseudonym, status, summary, abilities,
                                       restrictions, accommodation_needs, availability)
         VALUES ($1, $2, 'C-DRAFT', 'DRAFT', '', '[]', '[]', '[]', '[]') RETURNING id`,
        [client.id, owners.serviceProviderId],
      )) as { id: string }[];
      expect(await repository.profile(draft.id)).toMatchObject({
        active: false,
        features: null,
        required_mask: null,
        hours_min: null,
        hours_max: null,
        municipality_code: null,
      });
      const found = await repository.profileCandidates(job(), await placeOf(runner, HELSINKI));
      expect(labelsOf(found, rows)).toEqual(['active']);
      // Archived as it was, it is still read, and still no candidate.
      await runner.query(`UPDATE capacity_profile SET status = 'ARCHIVED' WHERE id = $1`, [draft.id]);
      expect(await repository.profile(draft.id)).toMatchObject({ active: false, features: null });
      // Activated as it is, the database refuses it.
      await runner.query('SAVEPOINT activate');
      await expect(
        runner.query(`UPDATE capacity_profile SET status = 'ACTIVE' WHERE id = $1`, [draft.id]),
      ).rejects.toMatchObject({ constraint: 'capacity_profile_complete_check' });
      await runner.query('ROLLBACK TO SAVEPOINT activate');
    });

    it('answers no candidates as empty arrays', async () => {
      await profiles({ draft: { status: 'DRAFT' } });
      const found = await repository.profileCandidates(job(), await placeOf(runner, HELSINKI));
      expect(found).toMatchObject({ features: [], bytes: 0 });
      expect(found.seqs).toHaveLength(0);
    });
  });

  describe('jobCandidates (the jobs of a profile)', () => {
    const profile = (over: Partial<PrefilterOfProfile> = {}): PrefilterOfProfile => ({
      required_mask: 0,
      hours_min: 10,
      hours_max: 20,
      remote_only: false,
      municipality_code: HELSINKI,
      max_commute_km: null,
      ...over,
    });

    const jobs = (spec: Record<string, JobRow>) => insertAll(spec, insertJob);

    it('keeps hour ranges that overlap or touch, and drops those that do not', async () => {
      const rows = await jobs(HOUR_RANGES);
      const found = await repository.jobCandidates(profile(), await placeOf(runner, HELSINKI));
      expect(labelsOf(found, rows)).toEqual(HOUR_RANGES_KEPT);
    });

    it('keeps jobs that leave at most one required accommodation unoffered, not two', async () => {
      const rows = await jobs({
        allOffered: { offeredMask: 0b0111 },
        more: { offeredMask: 0b1111_0111 },
        oneMissing: { offeredMask: 0b0011 },
        otherOneMissing: { offeredMask: 0b0110 },
        twoMissing: { offeredMask: 0b0001 },
        noneOffered: { offeredMask: 0 },
      });
      const found = await repository.jobCandidates(profile({ required_mask: 0b0111 }), await placeOf(runner, HELSINKI));
      expect(labelsOf(found, rows)).toEqual(['allOffered', 'more', 'oneMissing', 'otherOneMissing']);
    });

    it('gives a remote-only profile only remote jobs, and any profile remote jobs however far', async () => {
      const rows = await jobs({
        remoteFar: { remotePossible: true, municipality: TAMPERE },
        onSiteNear: { remotePossible: false, municipality: HELSINKI },
        onSiteFar: { remotePossible: false, municipality: TAMPERE },
      });
      const place = await placeOf(runner, HELSINKI);
      const remoteOnly = await repository.jobCandidates(profile({ remote_only: true }), place);
      expect(labelsOf(remoteOnly, rows)).toEqual(['remoteFar']);
      const commuting = await repository.jobCandidates(profile({ max_commute_km: 10 }), place);
      expect(labelsOf(commuting, rows)).toEqual(['onSiteNear', 'remoteFar']);
      const anyDistance = await repository.jobCandidates(profile({ max_commute_km: null }), place);
      expect(labelsOf(anyDistance, rows)).toEqual(['onSiteFar', 'onSiteNear', 'remoteFar']);
    });

    it('keeps a job just beyond the commute by less than the 1 km margin, not more', async () => {
      const place = await placeOf(runner, HELSINKI);
      const km = haversineKm(place, await placeOf(runner, ESPOO));
      const rows = await jobs({ espoo: { municipality: ESPOO } });
      const labels = async (max: number) =>
        labelsOf(await repository.jobCandidates(profile({ max_commute_km: max }), place), rows);
      expect(await labels(km + 2)).toEqual(['espoo']);
      expect(await labels(km)).toEqual(['espoo']);
      expect(await labels(km - 0.5)).toEqual(['espoo']);
      expect(await labels(km - 1.5)).toEqual([]);
      expect(await labels(0)).toEqual([]);
    });

    it('keeps only PUBLISHED jobs, and carries each one’s version', async () => {
      const rows = await jobs({
        published: { status: 'PUBLISHED', version: 3 },
        draft: { status: 'DRAFT' },
        filled: { status: 'FILLED' },
        closed: { status: 'CLOSED' },
      });
      const found = await repository.jobCandidates(profile(), await placeOf(runner, HELSINKI));
      expect(labelsOf(found, rows)).toEqual(['published']);
    });
  });
});

describe('ScoringRepository match writes', () => {
  let db: MediumDatabase;
  let runner: QueryRunner;
  let repository: ScoringRepository;
  let owners: Owners;

  beforeAll(async () => {
    db = await MediumDatabase.create();
    // No transaction: each write commits on its own, so now() (computed_at) moves between writes.
    runner = db.dataSource.createQueryRunner();
    repository = new ScoringRepository(runner);
    owners = await createOwners(runner);
  });
  afterAll(async () => {
    await runner?.release();
    await db?.drop();
  });

  const pair = async () => ({
    job: await insertJob(runner, owners, 'job', { status: 'DRAFT' }),
    profile: await insertProfile(runner, owners, 'profile', { status: 'DRAFT' }),
  });

  function row(jobId: string, profileId: string, over: Partial<MatchRowValues> = {}): MatchRowValues {
    return {
      job_id: jobId,
      profile_id: profileId,
      job_version: 2,
      profile_version: 2,
      feasible: true,
      score: 50,
      rank_key: 50.5,
      score_tasks: 40,
      score_accommodations: 30,
      score_hours: 20,
      score_location: 10,
      blockers: [],
      carve_out: [],
      reasons: [],
      scorer_version: 2,
      ...over,
    };
  }

  async function stored(jobId: string, profileId: string) {
    const rows = (await runner.query(
      `SELECT score, job_version, profile_version, scorer_version, computed_at
         FROM match WHERE job_id = $1 AND profile_id = $2`,
      [jobId, profileId],
    )) as { score: number; job_version: number; profile_version: number; scorer_version: number; computed_at: Date }[];
    return rows[0];
  }

  /** Makes sure the next statement's now() is later than the last one's. */
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('writes a new pair with every column as given', async () => {
    const { job, profile } = await pair();
    const written = row(job.id, profile.id, {
      feasible: false,
      blockers: ['REQUIRED_ACCOMMODATION_MISSING', 'TOO_FAR'],
      carve_out: [randomUUID(), randomUUID()],
    });
    await repository.upsertMatches([written]);
    const [read] = (await runner.query(`SELECT ${matchColumns('m')} FROM match m WHERE job_id = $1`, [
      job.id,
    ])) as MatchRow[];
    const { computed_at: computedAt, ...values } = read;
    expect(values).toEqual(written);
    expect(computedAt).toBeInstanceOf(Date);
  });

  it('never lets an older job, profile or scorer version replace a newer row', async () => {
    const { job, profile } = await pair();
    await repository.upsertMatches([row(job.id, profile.id)]);
    const first = await stored(job.id, profile.id);
    await tick();
    for (const older of [
      { job_version: 1 },
      { profile_version: 1 },
      { scorer_version: 1 },
      // Newer on one side is not enough when the other is older.
      { job_version: 3, profile_version: 1 },
      { profile_version: 3, scorer_version: 1 },
      { job_version: 1, scorer_version: 3 },
    ]) {
      await repository.upsertMatches([row(job.id, profile.id, { ...older, score: 99 })]);
      expect(await stored(job.id, profile.id)).toEqual(first);
    }
  });

  it('changes nothing, not even computed_at, on a retried identical write', async () => {
    const { job, profile } = await pair();
    await repository.upsertMatches([row(job.id, profile.id)]);
    const first = await stored(job.id, profile.id);
    await tick();
    await repository.upsertMatches([row(job.id, profile.id)]);
    // Same versions but a different result (a duplicated run) does not replace either.
    await repository.upsertMatches([row(job.id, profile.id, { score: 99 })]);
    expect(await stored(job.id, profile.id)).toEqual(first);
  });

  it.each([
    ['job', { job_version: 3 }],
    ['profile', { profile_version: 3 }],
    ['scorer', { scorer_version: 3 }],
  ])('replaces the row, and its computed_at, when the %s version is newer', async (_what, newer) => {
    const { job, profile } = await pair();
    await repository.upsertMatches([row(job.id, profile.id)]);
    const first = await stored(job.id, profile.id);
    await tick();
    await repository.upsertMatches([row(job.id, profile.id, { ...newer, score: 99 })]);
    const second = await stored(job.id, profile.id);
    expect(second).toMatchObject({ ...newer, score: 99 });
    expect(second.computed_at.getTime()).toBeGreaterThan(first.computed_at.getTime());
  });

  it('deleteStale removes the side’s rows of an older data version or an older scorer, and no others', async () => {
    const job = await insertJob(runner, owners, 'job', { status: 'DRAFT' });
    const otherJob = await insertJob(runner, owners, 'otherJob', { status: 'DRAFT' });
    const profiles = [];
    for (let i = 0; i < 4; i++) profiles.push(await insertProfile(runner, owners, `p${i}`, { status: 'DRAFT' }));
    await repository.upsertMatches([
      row(job.id, profiles[0].id, { job_version: 2, scorer_version: 2 }),
      row(job.id, profiles[1].id, { job_version: 1, scorer_version: 2 }),
      row(job.id, profiles[2].id, { job_version: 2, scorer_version: 1 }),
      // Newer than the run's (a later run's rows): kept.
      row(job.id, profiles[3].id, { job_version: 3, scorer_version: 3 }),
      // Another job's stale row is not this job's to remove.
      row(otherJob.id, profiles[1].id, { job_version: 1, scorer_version: 1 }),
    ]);
    await repository.deleteStale('job', job.id, 2, 2);
    const left = (await runner.query(
      `SELECT job_id, profile_id FROM match WHERE job_id = ANY($1::uuid[]) ORDER BY job_id, profile_id`,
      [[job.id, otherJob.id]],
    )) as { job_id: string; profile_id: string }[];
    const key = (j: string, p: string) => `${j}/${p}`;
    expect(left.map((r) => key(r.job_id, r.profile_id)).sort()).toEqual(
      [key(job.id, profiles[0].id), key(job.id, profiles[3].id), key(otherJob.id, profiles[1].id)].sort(),
    );
  });

  it('deleteStale on the profile side removes by profile_version', async () => {
    const profile = await insertProfile(runner, owners, 'profile', { status: 'DRAFT' });
    const jobs = [];
    for (let i = 0; i < 3; i++) jobs.push(await insertJob(runner, owners, `j${i}`, { status: 'DRAFT' }));
    await repository.upsertMatches([
      row(jobs[0].id, profile.id, { profile_version: 5, job_version: 1 }),
      row(jobs[1].id, profile.id, { profile_version: 4 }),
      row(jobs[2].id, profile.id, { profile_version: 5, scorer_version: 1 }),
    ]);
    await repository.deleteStale('profile', profile.id, 5, 2);
    const left = (await runner.query(`SELECT job_id FROM match WHERE profile_id = $1`, [profile.id])) as {
      job_id: string;
    }[];
    expect(left.map((r) => r.job_id)).toEqual([jobs[0].id]);
  });
});
