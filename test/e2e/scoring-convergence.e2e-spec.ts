import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminToken, createCoordinator, signUpEmployer, type Account } from '../factories/accounts';
import { createJob, type JobInput, publishJob, WEEKDAYS } from '../factories/jobs';
import { activeCandidate, profileInput, type ProfileInput, recordConsent } from '../factories/profiles';
import { random as generator } from '../../src/demo/demo-data';
import { matchedJobInput } from '../factories/world';
import { eventually, Stack } from '../utils/stack';

/**
 * Three worker processes under a storm of random concurrent changes end with the match table that one worker
 * computes from scratch on the final data (docs/scaling.md, "Why every pair is computed"). The sizes keep every
 * job's feasible pairs within MATCH_TOP_K and every side's near misses within NEAR_MISS_K, where the stored set
 * is exactly the feasible pairs and near misses (checked below, so that the comparison means what it says).
 */
const JOBS = 30;
const PROFILES = 150;
const CHANGES = 300;
const IN_FLIGHT = 8;
/** Setting up 150 profiles through the API takes a minute or two on a loaded machine. */
const SETUP_MS = 300_000;
const WORKERS = 3;

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const some = <T>(random: Random, items: readonly T[], p: number): T[] => items.filter(() => random() < p);

const PLACES = ['091', '049', '092', '853'];
const ACCOMMODATIONS = ['env.quiet', 'sched.extra_breaks', 'sched.flex_start', 'info.visual', 'sup.instructor_onsite'];

function randomProfile(random: Random): ProfileInput {
  const min = pick(random, [4, 8, 12]);
  const start = pick(random, [7, 8, 9, 10]);
  return profileInput({
    abilities: [
      { taskTypeCode: 'dishwashing', experience: pick(random, [0, 1, 2]) },
      ...(random() < 0.5 ? [{ taskTypeCode: 'clearing_tables', experience: pick(random, [0, 1, 2]) }] : []),
    ],
    restrictions: [{ demandCode: pick(random, ['d4300', 'd4154', 'd445']), maxLevel: pick(random, [1, 2, 3]) }],
    accommodationNeeds: some(random, ACCOMMODATIONS, 0.3).map((code) => ({
      accommodationCode: code,
      necessity: random() < 0.5 ? 'REQUIRED' : 'PREFERRED',
    })),
    hoursPerWeekMin: min,
    hoursPerWeekMax: min + pick(random, [4, 8, 16]),
    availability: WEEKDAYS.slice(0, 3 + Math.floor(random() * 3)).map((day) => ({
      day,
      start: `${String(start).padStart(2, '0')}:00`,
      end: `${start + pick(random, [4, 5, 6])}:00`,
    })),
    municipalityCode: pick(random, PLACES),
    maxCommuteKm: pick(random, [10, 30, null]),
  });
}

function randomJob(random: Random): JobInput {
  const min = pick(random, [8, 10, 12]);
  const base = matchedJobInput();
  return matchedJobInput({
    municipalityCode: pick(random, PLACES),
    remotePossible: random() < 0.15,
    hoursPerWeekMin: min,
    hoursPerWeekMax: min + pick(random, [5, 10, 20]),
    // At least four days of three hours or more, so the schedule always covers the minimum of 12 hours.
    schedule: [...WEEKDAYS.slice(0, 4), ...some(random, WEEKDAYS.slice(4), 0.5)].map((day) => ({
      day,
      start: '09:00',
      end: pick(random, ['12:00', '14:00']),
    })),
    accommodationCodes: some(random, ACCOMMODATIONS, 0.6),
    tasks: base.tasks.map((task) => ({ ...task, modifiable: random() < 0.5 })),
  });
}

/** The match table less computation times, in key order. */
async function matchTable(stack: Stack): Promise<Record<string, unknown>[]> {
  const { rows } = await stack.db.query<Record<string, unknown>>('SELECT * FROM match ORDER BY job_id, profile_id');
  return rows.map(({ computed_at: _, ...rest }) => rest);
}

/** Every job and profile scored at its current version, and the queue empty. */
async function settled(stack: Stack): Promise<void> {
  await eventually(
    async () => {
      const { rows } = await stack.db.query<{ behind: number }>(
        `SELECT (SELECT count(*) FROM job WHERE scored_version IS DISTINCT FROM version)::int
              + (SELECT count(*) FROM capacity_profile WHERE scored_version IS DISTINCT FROM version)::int AS behind`,
      );
      return rows[0].behind === 0 ? true : undefined;
    },
    180_000,
    'every job and profile to be scored',
  );
}

const UPDATE_JOB = 'mutation($id: ID!, $input: JobInput!) { updateJob(id: $id, input: $input) { version } }';
const CLOSE_JOB = 'mutation($id: ID!) { closeJob(id: $id) { version } }';
const UPDATE_PROFILE =
  'mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { version } }';
const SET_STATUS =
  'mutation($id: ID!, $status: ProfileStatus!) { setProfileStatus(id: $id, status: $status) { version } }';

describe('convergence of concurrent scoring', () => {
  let stack: Stack;
  let employer: Account;
  let coordinator: Account;
  const jobs: { id: string; status: 'DRAFT' | 'PUBLISHED' | 'CLOSED' }[] = [];
  const profiles: { id: string; clientId: string; paused: boolean; consent: boolean }[] = [];

  beforeAll(async () => {
    stack = await Stack.start({ worker: false });
    for (let i = 0; i < WORKERS; i++) await stack.startWorker();
    employer = await signUpEmployer(stack);
    coordinator = await createCoordinator(stack, await adminToken(stack));
    const setup = generator(7);
    const inputs = Array.from({ length: PROFILES }, () => randomProfile(setup));
    for (let i = 0; i < PROFILES; i += IN_FLIGHT) {
      const made = await Promise.all(
        inputs.slice(i, i + IN_FLIGHT).map((input) => activeCandidate(stack, coordinator.token, input)),
      );
      profiles.push(...made.map((m) => ({ id: m.profileId, clientId: m.clientId, paused: false, consent: true })));
    }
    for (let i = 0; i < JOBS; i++) {
      const job = await createJob(stack, employer.token, randomJob(setup));
      jobs.push({ id: job.id, status: 'DRAFT' });
    }
  }, SETUP_MS);
  afterAll(() => stack.stop());

  /** One random change through the API; refusals (say, editing a job just closed) are part of a storm. */
  async function change(random: Random): Promise<void> {
    const token = employer.token;
    const roll = random();
    if (roll < 0.12) {
      const job = pick(
        random,
        jobs.filter((j) => j.status === 'DRAFT'),
      );
      if (!job) return;
      job.status = 'PUBLISHED';
      await publishJob(stack, token, job.id);
    } else if (roll < 0.3) {
      const job = pick(random, jobs);
      await stack.gql(UPDATE_JOB, { id: job.id, input: randomJob(random) }, { token });
    } else if (roll < 0.34) {
      const job = pick(
        random,
        jobs.filter((j) => j.status === 'PUBLISHED'),
      );
      if (!job) return;
      job.status = 'CLOSED';
      await stack.gql(CLOSE_JOB, { id: job.id }, { token });
    } else if (roll < 0.38) {
      const created = await createJob(stack, token, randomJob(random));
      jobs.push({ id: created.id, status: 'PUBLISHED' });
      await publishJob(stack, token, created.id);
    } else if (roll < 0.75) {
      const profile = pick(random, profiles);
      await stack.gql(UPDATE_PROFILE, { id: profile.id, input: randomProfile(random) }, { token: coordinator.token });
    } else if (roll < 0.87) {
      const profile = pick(random, profiles);
      profile.consent = !profile.consent;
      await recordConsent(stack, coordinator.token, profile.clientId, profile.consent);
    } else {
      const profile = pick(random, profiles);
      profile.paused = !profile.paused;
      await stack.gql(
        SET_STATUS,
        { id: profile.id, status: profile.paused ? 'PAUSED' : 'ACTIVE' },
        {
          token: coordinator.token,
        },
      );
    }
  }

  async function storm(seed: number): Promise<void> {
    const random = generator(seed);
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < CHANGES) {
          next += 1;
          await change(random);
        }
      }),
    );
  }

  const seeds = [20261201, Math.floor(Math.random() * 2 ** 31)];
  it.each(seeds)(
    'ends where one worker from scratch ends (seed %i)',
    async (seed) => {
      console.log(`convergence storm seed ${seed}`);
      while (stack.workers.length < WORKERS) await stack.startWorker();
      await storm(seed);
      await settled(stack);
      const concurrent = await matchTable(stack);

      // The same data, scored from scratch by one worker.
      await Promise.all(stack.workers.splice(0).map((worker) => worker.stop()));
      await stack.db.query('DELETE FROM match');
      await stack.db.query('UPDATE job SET scored_version = NULL');
      await stack.db.query('UPDATE capacity_profile SET scored_version = NULL');
      await stack.startWorker();
      await settled(stack);
      const fromScratch = await matchTable(stack);

      const { rows } = await stack.db.query<{ most: number }>(
        `SELECT coalesce(max(n), 0)::int AS most FROM (
         SELECT count(*) AS n FROM match WHERE NOT feasible GROUP BY job_id
         UNION ALL SELECT count(*) FROM match WHERE NOT feasible GROUP BY profile_id) counts`,
      );
      expect(rows[0].most).toBeLessThan(100);
      expect(fromScratch.length).toBeGreaterThan(100);
      expect(concurrent).toEqual(fromScratch);
    },
    SETUP_MS,
  );
});
