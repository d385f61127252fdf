import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminToken, createCoordinator, signUpEmployer, type Account } from '../factories/accounts';
import { createJob, publishJob, type JobInput } from '../factories/jobs';
import { jobMatches, scored } from '../factories/matching';
import { activeCandidate, type ProfileInput } from '../factories/profiles';
import { Stack } from '../utils/stack';

/**
 * The SQL pre-filter drops people beyond their commute unless the job can be done remotely; it must never drop a
 * pair the kernel would accept. Centroid distances from Helsinki (091): Vantaa (092) 11.4 km, Tampere (837) 168 km.
 */
describe('distance in the pre-filter and the kernel', () => {
  let stack: Stack;
  let employer: Account;
  let coordinator: Account;
  const people: Record<'near' | 'justOut' | 'far' | 'noLimit' | 'remoteOnly', string> = {
    near: '',
    justOut: '',
    far: '',
    noLimit: '',
    remoteOnly: '',
  };
  const job: Partial<JobInput> = {
    municipalityCode: '091',
    accommodationCodes: ['env.quiet', 'sched.extra_breaks'],
    tasks: [{ taskTypeCode: 'data_entry', description: 'Tietojen syöttö', modifiable: false, demands: [] }],
  };
  const person = (overrides: Partial<ProfileInput>): Partial<ProfileInput> => ({
    abilities: [{ taskTypeCode: 'data_entry', experience: 1 }],
    restrictions: [],
    ...overrides,
  });

  beforeAll(async () => {
    stack = await Stack.start();
    employer = await signUpEmployer(stack);
    coordinator = await createCoordinator(stack, await adminToken(stack));
    const add = async (overrides: Partial<ProfileInput>) =>
      (await activeCandidate(stack, coordinator.token, person(overrides))).profileId;
    people.near = await add({ municipalityCode: '092', maxCommuteKm: 12 });
    people.justOut = await add({ municipalityCode: '092', maxCommuteKm: 11 });
    people.far = await add({ municipalityCode: '837', maxCommuteKm: 100 });
    people.noLimit = await add({ municipalityCode: '837', maxCommuteKm: null });
    people.remoteOnly = await add({ municipalityCode: '049', maxCommuteKm: null, remoteOnly: true });
  });
  afterAll(() => stack.stop());

  async function scoredJob(
    overrides: Partial<JobInput>,
  ): Promise<{ id: string; candidates: number; feasible: string[] }> {
    const created = await createJob(stack, employer.token, { ...job, ...overrides });
    await publishJob(stack, employer.token, created.id);
    await scored(stack, employer.token, 'job', created.id);
    const data = await stack.ok<{ job: { matching: { candidatesScored: number } } }>(
      'query($id: ID!) { job(id: $id) { matching { candidatesScored } } }',
      { id: created.id },
      { token: employer.token },
    );
    const { nodes } = await jobMatches(stack, coordinator.token, created.id, { first: 100 });
    return {
      id: created.id,
      candidates: data.job.matching.candidatesScored,
      feasible: nodes.map((n) => n.candidate.id),
    };
  }

  it('keeps people within their commute, and those without a limit, for a job on site', async () => {
    const onSite = await scoredJob({ remotePossible: false });
    expect(onSite.feasible.sort()).toEqual([people.near, people.noLimit].sort());
    // The margin of the SQL filter lets the one just beyond the limit through; the kernel then refuses it.
    expect(onSite.candidates).toBe(3);
  });

  it('keeps everyone, remote-only people included, for a job that can be done remotely', async () => {
    const remote = await scoredJob({ remotePossible: true });
    expect(remote.feasible.sort()).toEqual(Object.values(people).sort());
    expect(remote.candidates).toBe(5);
  });

  it('scores a profile against jobs with the same distances', async () => {
    const { profileId } = await activeCandidate(
      stack,
      coordinator.token,
      person({ municipalityCode: '092', maxCommuteKm: 12 }),
    );
    await scored(stack, coordinator.token, 'profile', profileId);
    const data = await stack.ok<{ profile: { matches: { edges: { node: { job: { remotePossible: boolean } } }[] } } }>(
      'query($id: ID!) { profile(id: $id) { matches(first: 100) { edges { node { job { remotePossible } } } } } }',
      { id: profileId },
      { token: coordinator.token },
    );
    // Both jobs of the tests above are in Helsinki, 11.4 km away: within 12 km.
    expect(data.profile.matches.edges.map((e) => e.node.job.remotePossible).sort()).toEqual([false, true]);
  });
});
