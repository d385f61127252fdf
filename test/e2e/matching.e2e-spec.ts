import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminToken, createCoordinator, signUpEmployer, type Account } from '../factories/accounts';
import { createJob, jobInput, publishJob, type JobInput } from '../factories/jobs';
import { jobMatches, scored } from '../factories/matching';
import { activeCandidate, createClient, createProfile, profileInput, setProfileStatus } from '../factories/profiles';
import { Stack } from '../utils/stack';

/**
 * Publish → the worker scores → matches appear ranked, explained and carved; changes to either side are followed;
 * employers see consented ACTIVE candidates only, and never identity.
 */
describe('matching through the API and the worker', () => {
  let stack: Stack;
  let employer: Account;
  let coordinator: Account;

  // A lunch kitchen job: an essential light dishwashing task and a modifiable heavy shelf-stocking task.
  const job: Partial<JobInput> = {
    tasks: [
      {
        taskTypeCode: 'dishwashing',
        description: 'Lasien ja astioiden pesu koneella',
        modifiable: false,
        hoursShare: 80,
        demands: [
          { demandCode: 'd4154', level: 2 },
          { demandCode: 'd445', level: 2 },
        ],
      },
      {
        taskTypeCode: 'shelf_stocking',
        description: 'Juomalaatikoiden nosto varastoon',
        modifiable: true,
        hoursShare: 20,
        demands: [
          { demandCode: 'd4300', level: 3 },
          { demandCode: 'd410', level: 2 },
        ],
      },
    ],
    accommodationCodes: ['env.quiet', 'sched.extra_breaks', 'sup.instructor_onsite'],
  };
  const fits = {
    abilities: [
      { taskTypeCode: 'dishwashing', experience: 2 },
      { taskTypeCode: 'shelf_stocking', experience: 1 },
    ],
    restrictions: [],
    accommodationNeeds: [
      { accommodationCode: 'env.quiet', necessity: 'REQUIRED' as const },
      { accommodationCode: 'sched.extra_breaks', necessity: 'PREFERRED' as const },
    ],
  };

  let jobId: string;
  let shelfTaskId: string;
  const names: string[] = [];
  const profiles: Record<'perfect' | 'carve' | 'nearMiss' | 'unconsented' | 'hours' | 'paused', string> = {
    perfect: '',
    carve: '',
    nearMiss: '',
    unconsented: '',
    hours: '',
    paused: '',
  };

  beforeAll(async () => {
    stack = await Stack.start();
    const admin = await adminToken(stack);
    employer = await signUpEmployer(stack, 'Lounasravintola Kulma');
    coordinator = await createCoordinator(stack, admin);

    const candidate = async (overrides: object, consent = true): Promise<string> => {
      const created = await activeCandidate(stack, coordinator.token, overrides, { consent });
      return created.profileId;
    };
    profiles.perfect = await candidate(fits);
    profiles.carve = await candidate({ ...fits, restrictions: [{ demandCode: 'd4300', maxLevel: 1 }] });
    profiles.nearMiss = await candidate({
      ...fits,
      accommodationNeeds: [{ accommodationCode: 'info.sign_lang', necessity: 'REQUIRED' }],
    });
    profiles.unconsented = await candidate(fits, false);
    profiles.hours = await candidate({ ...fits, hoursPerWeekMin: 30, hoursPerWeekMax: 40, availability: fullWeek() });
    profiles.paused = await candidate(fits);
    await setProfileStatus(stack, coordinator.token, profiles.paused, 'PAUSED');
    const { rows } = await stack.db.query<{ id: string }>('SELECT id FROM client');
    for (const { id } of rows) {
      const data = await stack.ok<{ client: { displayName: string } }>(
        'query($id: ID!) { client(id: $id) { displayName } }',
        { id },
        { token: coordinator.token },
      );
      names.push(data.client.displayName);
    }

    const created = await createJob(stack, employer.token, job);
    shelfTaskId = created.tasks[1].id;
    jobId = (await publishJob(stack, employer.token, created.id)).id;
    await scored(stack, employer.token, 'job', jobId);
  });
  afterAll(() => stack.stop());

  it('ranks the feasible candidates with a breakdown, reasons and the carve-out', async () => {
    const { nodes, totalCount } = await jobMatches(stack, employer.token, jobId);
    expect(nodes.map((n) => n.candidate.id)).toEqual([profiles.perfect, profiles.carve]);
    expect(totalCount).toBe(2);
    const [perfect, carve] = nodes;
    expect(perfect.score).toBeGreaterThan(carve.score);
    expect(perfect.carveOut).toEqual([]);
    // The task ids of a published job are those of its current version.
    const { job: current } = await stack.ok<{ job: { version: number; tasks: { id: string; description: string }[] } }>(
      'query($id: ID!) { job(id: $id) { version tasks { id description } } }',
      { id: jobId },
      { token: employer.token },
    );
    expect(carve.carveOut).toEqual([current.tasks[1]]);
    expect(current.tasks[1].description).toBe('Juomalaatikoiden nosto varastoon');
    expect(shelfTaskId).not.toBe(current.tasks[1].id);
    for (const node of nodes) {
      expect(node.feasible).toBe(true);
      expect(node.blockers).toEqual([]);
      expect(node.jobVersion).toBe(current.version);
      for (const part of Object.values(node.breakdown)) expect(part).toBeGreaterThanOrEqual(0);
      expect(node.breakdown.accommodations).toBe(100);
      expect(node.reasons.length).toBeGreaterThan(0);
    }
    expect(carve.breakdown.tasks).toBeLessThan(perfect.breakdown.tasks);
  });

  it('explains in the caller’s language, or the one asked for', async () => {
    const query = `query($id: ID!) { job(id: $id) { matches { edges { node {
      candidate { id } fi: reasons reasonsSv: reasons(lang: SV) reasonsEn: reasons(lang: EN) } } } } }`;
    const data = await stack.ok<{
      job: {
        matches: {
          edges: { node: { candidate: { id: string }; fi: string[]; reasonsSv: string[]; reasonsEn: string[] } }[];
        };
      };
    }>(query, { id: jobId }, { token: employer.token });
    const carve = data.job.matches.edges.map((e) => e.node).find((n) => n.candidate.id === profiles.carve)!;
    expect(carve.reasonsEn).toContain(
      'Shelf stocking in shops: lifting is above this person’s limit. The task can be left out.',
    );
    expect(carve.fi.some((r) => r.includes('Tehtävän voi jättää pois.'))).toBe(true);
    expect(carve.reasonsSv.some((r) => r.includes('Uppgiften kan tas bort.'))).toBe(true);
    for (const reasons of [carve.fi, carve.reasonsSv, carve.reasonsEn]) {
      for (const reason of reasons) expect(reason).not.toMatch(/[{}]|undefined|NaN|\?\?/);
    }
  });

  it('shows near misses only when asked, with their one blocker', async () => {
    const { nodes } = await jobMatches(stack, employer.token, jobId, { feasibleOnly: false });
    expect(nodes.map((n) => n.candidate.id)).toEqual([profiles.perfect, profiles.carve, profiles.nearMiss]);
    const nearMiss = nodes[2];
    expect(nearMiss).toMatchObject({ feasible: false, score: 0, blockers: ['REQUIRED_ACCOMMODATION_MISSING'] });
  });

  it('shows an employer no unconsented, inactive or identifying data; a coordinator their own profiles', async () => {
    const response = await stack.gql(
      `query($id: ID!) { job(id: $id) { matches(feasibleOnly: false) { edges { node {
         candidate { id pseudonym summary abilities { experience } restrictions { maxLevel } languages } } } } } }`,
      { id: jobId },
      { token: employer.token },
    );
    const text = JSON.stringify(response);
    for (const name of names) expect(text).not.toContain(name);
    for (const hidden of [profiles.unconsented, profiles.hours, profiles.paused]) expect(text).not.toContain(hidden);

    const coordinatorView = await jobMatches(stack, coordinator.token, jobId);
    expect(coordinatorView.nodes.map((n) => n.candidate.id).sort()).toEqual(
      [profiles.perfect, profiles.carve, profiles.unconsented].sort(),
    );

    const candidate = `query($id: ID!) { candidate(id: $id) { id pseudonym } }`;
    expect(
      (await stack.ok<{ candidate: { id: string } }>(candidate, { id: profiles.carve }, { token: employer.token }))
        .candidate.id,
    ).toBe(profiles.carve);
    for (const hidden of [profiles.unconsented, profiles.hours, profiles.paused]) {
      const refused = await stack.gql(candidate, { id: hidden }, { token: employer.token });
      expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const other = await signUpEmployer(stack);
    const foreign = await stack.gql(candidate, { id: profiles.perfect }, { token: other.token });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const foreignMatches = await stack.gql(
      `query($id: ID!) { job(id: $id) { matches { totalCount } } }`,
      { id: jobId },
      { token: other.token },
    );
    expect(foreignMatches.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lists a profile’s matches for its coordinator', async () => {
    const data = await stack.ok<{
      profile: { matches: { edges: { node: { job: { id: string }; score: number } }[] } };
    }>(
      `query($id: ID!) { profile(id: $id) { matches { edges { node { job { id } score } } } } }`,
      { id: profiles.carve },
      { token: coordinator.token },
    );
    expect(data.profile.matches.edges.map((e) => e.node.job.id)).toEqual([jobId]);
  });

  it('follows a profile update: the new version, without the carve-out', async () => {
    const updated = await stack.ok<{ updateProfile: { version: number } }>(
      `mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { version } }`,
      { id: profiles.carve, input: profileInput(fits) },
      { token: coordinator.token },
    );
    const version = await scored(stack, coordinator.token, 'profile', profiles.carve);
    expect(version).toBe(updated.updateProfile.version);
    const { nodes } = await jobMatches(stack, employer.token, jobId);
    const pair = nodes.find((n) => n.candidate.id === profiles.carve)!;
    expect(pair.profileVersion).toBe(version);
    expect(pair.carveOut).toEqual([]);
  });

  it('takes a pair out of feasibleOnly when a REQUIRED accommodation is withdrawn', async () => {
    const withoutQuiet = jobInput({ ...job, accommodationCodes: ['sched.extra_breaks', 'sup.instructor_onsite'] });
    const updated = await stack.ok<{ updateJob: { version: number } }>(
      `mutation($id: ID!, $input: JobInput!) { updateJob(id: $id, input: $input) { version } }`,
      { id: jobId, input: withoutQuiet },
      { token: employer.token },
    );
    const version = await scored(stack, employer.token, 'job', jobId);
    expect(version).toBe(updated.updateJob.version);
    expect((await jobMatches(stack, employer.token, jobId)).totalCount).toBe(0);
    const all = await jobMatches(stack, employer.token, jobId, { feasibleOnly: false });
    // Both lose the quiet space they need; the sign-language near miss stays one.
    expect(all.nodes.map((n) => n.candidate.id).sort()).toEqual(
      [profiles.perfect, profiles.carve, profiles.nearMiss].sort(),
    );
    for (const node of all.nodes) {
      expect(node).toMatchObject({
        feasible: false,
        blockers: ['REQUIRED_ACCOMMODATION_MISSING'],
        jobVersion: version,
      });
    }
  });

  it('clears the matches of a closed job and of a paused profile', async () => {
    const other = await createJob(stack, employer.token, job);
    await publishJob(stack, employer.token, other.id);
    await scored(stack, employer.token, 'job', other.id);
    expect((await jobMatches(stack, employer.token, other.id)).totalCount).toBe(2);

    await setProfileStatus(stack, coordinator.token, profiles.perfect, 'PAUSED');
    await scored(stack, coordinator.token, 'profile', profiles.perfect);
    // Reads hide non-ACTIVE profiles anyway: check that the worker removed the stored pairs too.
    const paused = await stack.db.query('SELECT 1 FROM match WHERE profile_id = $1', [profiles.perfect]);
    expect(paused.rows).toHaveLength(0);
    expect((await jobMatches(stack, coordinator.token, other.id)).nodes.map((n) => n.candidate.id)).not.toContain(
      profiles.perfect,
    );

    await stack.ok(`mutation($id: ID!) { closeJob(id: $id) { status } }`, { id: other.id }, { token: employer.token });
    await scored(stack, employer.token, 'job', other.id);
    const { rows } = await stack.db.query('SELECT 1 FROM match WHERE job_id = $1', [other.id]);
    expect(rows).toHaveLength(0);
  });

  it('pages through matches with cursors', async () => {
    const clients = await Promise.all([0, 1, 2].map(() => createClient(stack, coordinator.token)));
    const bigJob = await createJob(stack, employer.token, { ...job, accommodationCodes: [] });
    for (const client of clients) {
      const profile = await createProfile(stack, coordinator.token, client.id, { ...fits, accommodationNeeds: [] });
      await setProfileStatus(stack, coordinator.token, profile.id, 'ACTIVE');
    }
    await publishJob(stack, employer.token, bigJob.id);
    await scored(stack, coordinator.token, 'job', bigJob.id);
    const all = await jobMatches(stack, coordinator.token, bigJob.id, { first: 100 });
    expect(all.totalCount).toBe(3);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await jobMatches(stack, coordinator.token, bigJob.id, { first: 1, after });
      seen.push(...page.nodes.map((n) => n.candidate.id));
      if (!page.hasNextPage) break;
      after = page.endCursor!;
    }
    expect(seen).toEqual(all.nodes.map((n) => n.candidate.id));
    const bad = await stack.gql(
      `query($id: ID!) { job(id: $id) { matches(after: "nonsense") { totalCount } } }`,
      { id: bigJob.id },
      { token: coordinator.token },
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers the matches of many jobs in one request the same as one by one', async () => {
    const data = await stack.ok<{
      jobs: {
        edges: {
          node: {
            id: string;
            matches: { totalCount: number; edges: { node: { candidate: { id: string }; score: number } }[] };
          };
        }[];
      };
    }>(
      `{ jobs(first: 50) { edges { node { id matches(feasibleOnly: false, first: 2) {
           totalCount edges { node { score candidate { id } } } } } } } }`,
      {},
      { token: coordinator.token },
    );
    expect(data.jobs.edges.length).toBeGreaterThan(1);
    for (const { node } of data.jobs.edges) {
      const single = await jobMatches(stack, coordinator.token, node.id, { feasibleOnly: false, first: 2 });
      expect(node.matches.totalCount).toBe(single.totalCount);
      expect(node.matches.edges.map((e) => e.node.candidate.id)).toEqual(single.nodes.map((n) => n.candidate.id));
    }
  });
});

function fullWeek() {
  return ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].map((day) => ({ day, start: '06:00', end: '22:00' }));
}
