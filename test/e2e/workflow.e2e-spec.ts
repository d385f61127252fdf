import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Account, adminToken, createCoordinator, signUpEmployer } from '../factories/accounts';
import { createJob, type CreatedJob, type JobInput, publishJob } from '../factories/jobs';
import { createClient, createProfile, type ProfileInput, recordConsent, setProfileStatus } from '../factories/profiles';
import { matchedJobInput, signInClient } from '../factories/world';
import { eventually, type GraphQLResponse, Stack } from '../utils/stack';
import { codeOf, fieldsOf } from '../utils/errors';

/**
 * The marketplace workflow end to end: offers of jobs to clients, proposals of candidates to employers in both
 * directions, a whole placement (trial, hire: the profile PLACED, the job FILLED, its offers withdrawn and its other
 * proposals closed, the matches gone once the worker has run), the refusals, the access log and the statistics.
 * The `it`s run in order and build on each other.
 */

const PROPOSAL = `
  id status initiatedBy message declineReason createdAt updatedAt
  job { id status }
  candidate { id pseudonym summary }
  match { feasible score }
  events { status actorRole note at }
`;
const OFFER = `
  id status message clientComment createdAt respondedAt
  job { id title status }
  carveOut { id description taskType { code label } }
`;

const OFFER_JOB = `mutation($jobId: ID!, $profileId: ID!, $message: String) {
  offerJob(jobId: $jobId, profileId: $profileId, message: $message) { ${OFFER} }
}`;
const MY_OFFERS = `{ myOffers { ${OFFER} } }`;
const RESPOND_TO_OFFER = `mutation($offerId: ID!, $interested: Boolean!, $comment: String) {
  respondToOffer(offerId: $offerId, interested: $interested, comment: $comment) { ${OFFER} }
}`;
const PROPOSE = `mutation($jobId: ID!, $profileId: ID!, $message: String) {
  proposeCandidate(jobId: $jobId, profileId: $profileId, message: $message) { ${PROPOSAL} }
}`;
const REQUEST_INTRODUCTION = `mutation($jobId: ID!, $candidateId: ID!, $message: String) {
  requestIntroduction(jobId: $jobId, candidateId: $candidateId, message: $message) { ${PROPOSAL} }
}`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!, $declineReason: DeclineReason, $note: String) {
  respondToProposal(id: $id, accept: $accept, declineReason: $declineReason, note: $note) { ${PROPOSAL} }
}`;
const OUTCOME = `mutation($id: ID!, $outcome: PlacementOutcome!, $note: String) {
  recordOutcome(id: $id, outcome: $outcome, note: $note) { ${PROPOSAL} }
}`;
const WITHDRAW = `mutation($id: ID!) { withdrawProposal(id: $id) { ${PROPOSAL} } }`;
const PROPOSALS = `query($jobId: ID, $status: ProposalStatus, $first: Int, $after: String) {
  proposals(jobId: $jobId, status: $status, first: $first, after: $after) {
    edges { cursor node { ${PROPOSAL} } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;
const STATS = `query($from: DateTime, $to: DateTime) {
  placementStats(from: $from, to: $to) { proposals accepted trials hires placementRate medianDaysToHire }
}`;
const JOB_MATCHES = `query($id: ID!) {
  job(id: $id) {
    id status version
    matching { upToDate }
    matches(first: 50, feasibleOnly: false) {
      totalCount
      edges { node { feasible blockers candidate { id } carveOut { id } } }
    }
  }
}`;
const PROFILE = `query($id: ID!) {
  profile(id: $id) { id status version matching { upToDate } matches(feasibleOnly: false) { totalCount } }
}`;

interface Proposal {
  id: string;
  status: string;
  initiatedBy: string;
  message: string | null;
  declineReason: string | null;
  createdAt: string;
  updatedAt: string;
  job: { id: string; status: string };
  candidate: { id: string; pseudonym: string; summary: string };
  match: { feasible: boolean; score: number } | null;
  events: { status: string; actorRole: string; note: string | null; at: string }[];
}

interface Offer {
  id: string;
  status: string;
  message: string | null;
  clientComment: string | null;
  createdAt: string;
  respondedAt: string | null;
  job: { id: string; title: string; status: string };
  carveOut: { id: string; description: string; taskType: { code: string; label: string } }[];
}

interface ProposalPage {
  proposals: {
    edges: { cursor: string; node: Proposal }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

interface JobMatches {
  job: {
    id: string;
    status: string;
    version: number;
    matching: { upToDate: boolean };
    matches: {
      totalCount: number;
      edges: {
        node: { feasible: boolean; blockers: string[]; candidate: { id: string }; carveOut: { id: string }[] };
      }[];
    };
  };
}

interface Stats {
  proposals: number;
  accepted: number;
  trials: number;
  hires: number;
  placementRate: number;
  medianDaysToHire: number | null;
}

interface Candidate {
  clientId: string;
  profileId: string;
  pseudonym: string;
}

const messageOf = (response: GraphQLResponse): string | undefined => response.errors?.[0]?.message;
const roles = (proposal: Proposal) => proposal.events.map((e) => [e.status, e.actorRole]);

/** world.ts's job the default profile can do after a carve-out, with one position unless told otherwise. */
const carvedJobInput = (overrides: Partial<JobInput> = {}): JobInput => matchedJobInput({ positions: 1, ...overrides });

describe('marketplace workflow', () => {
  let stack: Stack;
  let admin: string;
  let employer: Account;
  let otherEmployer: Account;
  let coordinator: Account;
  let otherCoordinator: Account;
  /** The job of the whole placement (one position), one for the refusals, and a draft. */
  let jobA: CreatedJob;
  let jobB: CreatedJob;
  let draft: CreatedJob;
  let clearingTaskId: string;

  let walker: Candidate;
  let intro: Candidate;
  let rival: Candidate;
  let nearMiss: Candidate;
  let hidden: Candidate;
  let paused: Candidate;
  let pausedHidden: Candidate;
  let spare: Candidate;

  let walkerClient: string;
  let offerId: string;
  let walkerProposal: Proposal;
  let introProposal: Proposal;
  let rivalProposal: Proposal;
  const spareProposals: string[] = [];

  async function candidate(
    token: string,
    {
      consent = true,
      status = 'ACTIVE',
      profile = {},
      language,
    }: { consent?: boolean; status?: 'ACTIVE' | 'PAUSED'; profile?: Partial<ProfileInput>; language?: 'SV' } = {},
  ): Promise<Candidate> {
    const client = await createClient(stack, token, language ? { preferredLanguage: language } : {});
    if (consent) await recordConsent(stack, token, client.id, true);
    const created = await createProfile(stack, token, client.id, profile);
    await setProfileStatus(stack, token, created.id, 'ACTIVE');
    if (status === 'PAUSED') await setProfileStatus(stack, token, created.id, 'PAUSED');
    return { clientId: client.id, profileId: created.id, pseudonym: created.pseudonym };
  }

  /** A CLIENT signs in the way clients do (world.ts): a one-time code from their coordinator. */
  const clientToken = async (clientId: string): Promise<string> =>
    (await signInClient(stack, coordinator.token, clientId)).token;

  async function employerMatches(jobId: string): Promise<JobMatches['job']> {
    return (await stack.ok<JobMatches>(JOB_MATCHES, { id: jobId }, { token: employer.token })).job;
  }

  async function proposalsOf(token: string, variables: Record<string, unknown> = {}): Promise<Proposal[]> {
    const page = await stack.ok<ProposalPage>(PROPOSALS, { first: 100, ...variables }, { token });
    return page.proposals.edges.map((edge) => edge.node);
  }

  async function stats(token: string, variables: Record<string, unknown> = {}): Promise<Stats> {
    return (await stack.ok<{ placementStats: Stats }>(STATS, variables, { token })).placementStats;
  }

  async function accessLog(profileId: string): Promise<string[]> {
    const { rows } = await stack.db.query<{ operation: string }>(
      'SELECT operation FROM profile_view WHERE organisation_id = $1 AND profile_id = $2 ORDER BY id',
      [employer.organisationId, profileId],
    );
    return rows.map((row) => row.operation);
  }

  beforeAll(async () => {
    stack = await Stack.start();
    admin = await adminToken(stack);
    [employer, otherEmployer, coordinator, otherCoordinator] = await Promise.all([
      signUpEmployer(stack, 'Lounasravintola Lusikka'),
      signUpEmployer(stack, 'Kahvila Kuppi'),
      createCoordinator(stack, admin),
      createCoordinator(stack, admin),
    ]);
    [walker, intro, nearMiss, hidden, paused, pausedHidden, spare, rival] = await Promise.all([
      candidate(coordinator.token, { language: 'SV' }),
      candidate(coordinator.token),
      // Needs a private space too, which the job does not offer: a near miss by one required accommodation.
      candidate(coordinator.token, {
        profile: {
          accommodationNeeds: [
            { accommodationCode: 'env.quiet', necessity: 'REQUIRED' },
            { accommodationCode: 'env.private_space', necessity: 'REQUIRED' },
          ],
        },
      }),
      candidate(coordinator.token, { consent: false }),
      candidate(coordinator.token, { status: 'PAUSED' }),
      candidate(coordinator.token, { consent: false, status: 'PAUSED' }),
      candidate(coordinator.token),
      candidate(otherCoordinator.token),
    ]);
    jobA = await createJob(stack, employer.token, carvedJobInput());
    jobB = await createJob(stack, employer.token, carvedJobInput({ title: 'Astianpesijä kahvilaan', positions: 2 }));
    draft = await createJob(stack, employer.token, carvedJobInput({ title: 'Luonnos' }));
    await publishJob(stack, employer.token, jobA.id);
    await publishJob(stack, employer.token, jobB.id);
  });
  afterAll(() => stack?.stop());

  it('scores the candidates against the published jobs (the worker runs)', async () => {
    const visible = [walker, intro, nearMiss, spare, rival].map((c) => c.profileId).sort();
    const job = await eventually(
      async () => {
        const read = await employerMatches(jobA.id);
        const ids = read.matches.edges.map((e) => e.node.candidate.id).sort();
        return read.matching.upToDate && visible.every((id) => ids.includes(id)) ? read : undefined;
      },
      60_000,
      'the matches of job A',
    );
    const byId = new Map(job.matches.edges.map((e) => [e.node.candidate.id, e.node]));
    // The employer sees consented ACTIVE profiles only.
    expect(byId.has(hidden.profileId)).toBe(false);
    expect(byId.has(paused.profileId)).toBe(false);
    expect(byId.get(walker.profileId)?.feasible).toBe(true);
    expect(byId.get(nearMiss.profileId)).toMatchObject({
      feasible: false,
      blockers: ['REQUIRED_ACCOMMODATION_MISSING'],
    });
    // The heavy lifting of clearing tables is carved out for the walker.
    const tasks = await stack.ok<{ job: { tasks: { id: string; taskType: { code: string } }[] } }>(
      'query($id: ID!) { job(id: $id) { tasks { id taskType { code } } } }',
      { id: jobA.id },
      { token: employer.token },
    );
    clearingTaskId = tasks.job.tasks.find((t) => t.taskType.code === 'clearing_tables')?.id ?? '';
    expect(byId.get(walker.profileId)?.carveOut).toEqual([{ id: clearingTaskId }]);
    await eventually(
      async () => ((await employerMatches(jobB.id)).matching.upToDate ? true : undefined),
      30_000,
      'job B to be scored',
    );
  });

  it('offers the job to a client, who reads it with its carve-out in their own language and answers', async () => {
    const offered = await stack.ok<{ offerJob: Offer }>(
      OFFER_JOB,
      { jobId: jobA.id, profileId: walker.profileId, message: 'Tämä voisi sopia sinulle.' },
      { token: coordinator.token },
    );
    offerId = offered.offerJob.id;
    expect(offered.offerJob).toMatchObject({
      status: 'OFFERED',
      message: 'Tämä voisi sopia sinulle.',
      clientComment: null,
      respondedAt: null,
      job: { id: jobA.id, status: 'PUBLISHED' },
    });
    expect(offered.offerJob.carveOut.map((t) => t.id)).toEqual([clearingTaskId]);

    // One open offer per pair; another provider's coordinator cannot offer to this provider's profile.
    const again = await stack.gql(
      OFFER_JOB,
      { jobId: jobA.id, profileId: walker.profileId },
      { token: coordinator.token },
    );
    expect(codeOf(again)).toBe('CONFLICT');
    const foreign = await stack.gql(
      OFFER_JOB,
      { jobId: jobA.id, profileId: walker.profileId },
      { token: otherCoordinator.token },
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const draftOffer = await stack.gql(
      OFFER_JOB,
      { jobId: draft.id, profileId: walker.profileId },
      { token: coordinator.token },
    );
    expect(codeOf(draftOffer)).toBe('NOT_FOUND');
    const long = await stack.gql(
      OFFER_JOB,
      { jobId: jobB.id, profileId: walker.profileId, message: 'x'.repeat(2001) },
      { token: coordinator.token },
    );
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(long)).toEqual(['message']);

    walkerClient = await clientToken(walker.clientId);
    const me = await stack.ok<{ me: { role: string; preferredLanguage: string } }>(
      '{ me { role preferredLanguage } }',
      {},
      {
        token: walkerClient,
      },
    );
    expect(me.me.role).toBe('CLIENT');
    const { myOffers } = await stack.ok<{ myOffers: Offer[] }>(MY_OFFERS, {}, { token: walkerClient });
    expect(myOffers.map((o) => o.id)).toEqual([offerId]);
    // Task labels come in the client's own language.
    const taxonomy = await stack.ok<{ taskTypes: { code: string; label: string }[] }>(
      'query($lang: Language) { taskTypes { code label(lang: $lang) } }',
      { lang: me.me.preferredLanguage },
    );
    const label = taxonomy.taskTypes.find((t) => t.code === 'clearing_tables')?.label;
    expect(myOffers[0].carveOut).toEqual([
      {
        id: clearingTaskId,
        description: 'Pöytien pyyhintä ja astiakorien kantaminen',
        taskType: { code: 'clearing_tables', label },
      },
    ]);
    expect(me.me.preferredLanguage).toBe('SV');
    expect(label).toBe('Avdukning och torkning av bord');

    // The client reads the job offered to them, and no other.
    const readable = await stack.gql<{ job: { id: string } }>(
      'query($id: ID!) { job(id: $id) { id title } }',
      { id: jobA.id },
      {
        token: walkerClient,
      },
    );
    expect(readable.data?.job.id).toBe(jobA.id);
    const unoffered = await stack.gql(
      'query($id: ID!) { job(id: $id) { id } }',
      { id: jobB.id },
      { token: walkerClient },
    );
    expect(codeOf(unoffered)).toBe('NOT_FOUND');

    // Another client neither sees nor answers it.
    const otherClient = await clientToken(intro.clientId);
    expect((await stack.ok<{ myOffers: Offer[] }>(MY_OFFERS, {}, { token: otherClient })).myOffers).toEqual([]);
    const notTheirs = await stack.gql(RESPOND_TO_OFFER, { offerId, interested: true }, { token: otherClient });
    expect(codeOf(notTheirs)).toBe('NOT_FOUND');
    expect(
      codeOf(await stack.gql(RESPOND_TO_OFFER, { offerId: 'nope', interested: true }, { token: walkerClient })),
    ).toBe('NOT_FOUND');

    // The client answers, and changes their mind.
    const no = await stack.ok<{ respondToOffer: Offer }>(
      RESPOND_TO_OFFER,
      { offerId, interested: false, comment: 'En ehdi aamuisin.' },
      { token: walkerClient },
    );
    expect(no.respondToOffer).toMatchObject({ status: 'NOT_INTERESTED', clientComment: 'En ehdi aamuisin.' });
    const yes = await stack.ok<{ respondToOffer: Offer }>(
      RESPOND_TO_OFFER,
      { offerId, interested: true, comment: 'Sittenkin kiinnostaa!' },
      { token: walkerClient },
    );
    expect(yes.respondToOffer).toMatchObject({ status: 'INTERESTED', clientComment: 'Sittenkin kiinnostaa!' });
    expect(yes.respondToOffer.respondedAt).not.toBeNull();
    const tooLong = await stack.gql(
      RESPOND_TO_OFFER,
      { offerId, interested: true, comment: 'x'.repeat(2001) },
      { token: walkerClient },
    );
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(tooLong)).toEqual(['comment']);
  });

  it('lets the coordinator propose the candidate and the employer accept', async () => {
    const proposed = await stack.ok<{ proposeCandidate: Proposal }>(
      PROPOSE,
      { jobId: jobA.id, profileId: walker.profileId, message: 'Asiakas on kiinnostunut.' },
      { token: coordinator.token },
    );
    walkerProposal = proposed.proposeCandidate;
    expect(walkerProposal).toMatchObject({
      status: 'AWAITING_EMPLOYER',
      initiatedBy: 'COORDINATOR',
      message: 'Asiakas on kiinnostunut.',
      declineReason: null,
      job: { id: jobA.id, status: 'PUBLISHED' },
      candidate: { id: walker.profileId, pseudonym: walker.pseudonym },
      match: { feasible: true },
    });
    expect(roles(walkerProposal)).toEqual([['AWAITING_EMPLOYER', 'COORDINATOR']]);

    const duplicate = await stack.gql(
      PROPOSE,
      { jobId: jobA.id, profileId: walker.profileId },
      { token: coordinator.token },
    );
    expect(codeOf(duplicate)).toBe('CONFLICT');
    expect(messageOf(duplicate)).toMatch(/already an open proposal/);

    // Only the side the proposal waits for answers it; others do not even see it.
    const wrongSide = await stack.gql(RESPOND, { id: walkerProposal.id, accept: true }, { token: coordinator.token });
    expect(codeOf(wrongSide)).toBe('FORBIDDEN');
    expect(messageOf(wrongSide)).toMatch(/waiting for the employer/);
    for (const token of [otherEmployer.token, otherCoordinator.token]) {
      expect(codeOf(await stack.gql(RESPOND, { id: walkerProposal.id, accept: true }, { token }))).toBe('NOT_FOUND');
    }
    expect(codeOf(await stack.gql(RESPOND, { id: 'not-a-uuid', accept: true }, { token: employer.token }))).toBe(
      'NOT_FOUND',
    );
    const noReason = await stack.gql(RESPOND, { id: walkerProposal.id, accept: false }, { token: employer.token });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(noReason)).toEqual(['declineReason']);
    const longNote = await stack.gql(
      RESPOND,
      { id: walkerProposal.id, accept: true, note: 'x'.repeat(2001) },
      { token: employer.token },
    );
    expect(fieldsOf(longNote)).toEqual(['note']);

    // The employer sees it in their list: the read of the candidate is logged.
    const listed = await proposalsOf(employer.token, { jobId: jobA.id });
    expect(listed.map((p) => p.id)).toEqual([walkerProposal.id]);
    expect(listed[0].candidate).toEqual({
      id: walker.profileId,
      pseudonym: walker.pseudonym,
      summary: walkerProposal.candidate.summary,
    });
    expect(await accessLog(walker.profileId)).toContain('proposals');
    expect(await accessLog(walker.profileId)).not.toContain('proposal');

    const accepted = await stack.ok<{ respondToProposal: Proposal }>(
      RESPOND,
      { id: walkerProposal.id, accept: true, note: 'Tervetuloa tutustumaan.' },
      { token: employer.token },
    );
    expect(accepted.respondToProposal.status).toBe('ACCEPTED');
    expect(accepted.respondToProposal.events.map((e) => [e.status, e.actorRole, e.note])).toEqual([
      ['AWAITING_EMPLOYER', 'COORDINATOR', null],
      ['ACCEPTED', 'EMPLOYER', 'Tervetuloa tutustumaan.'],
    ]);
    expect(await accessLog(walker.profileId)).toContain('proposal');
    const again = await stack.gql(RESPOND, { id: walkerProposal.id, accept: true }, { token: employer.token });
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('lets the employer ask for an introduction to a feasible match, the coordinator accept, and the placement end', async () => {
    const requested = await stack.ok<{ requestIntroduction: Proposal }>(
      REQUEST_INTRODUCTION,
      { jobId: jobA.id, candidateId: intro.profileId, message: 'Haluaisimme tavata.' },
      { token: employer.token },
    );
    introProposal = requested.requestIntroduction;
    expect(introProposal).toMatchObject({
      status: 'AWAITING_COORDINATOR',
      initiatedBy: 'EMPLOYER',
      message: 'Haluaisimme tavata.',
      candidate: { id: intro.profileId, pseudonym: intro.pseudonym },
    });
    expect(await accessLog(intro.profileId)).toContain('proposal');

    const wrongSide = await stack.gql(RESPOND, { id: introProposal.id, accept: true }, { token: employer.token });
    expect(codeOf(wrongSide)).toBe('FORBIDDEN');
    expect(messageOf(wrongSide)).toMatch(/waiting for the coordinator/);

    const accepted = await stack.ok<{ respondToProposal: Proposal }>(
      RESPOND,
      { id: introProposal.id, accept: true },
      { token: coordinator.token },
    );
    expect(accepted.respondToProposal.status).toBe('ACCEPTED');
    const ended = await stack.ok<{ recordOutcome: Proposal }>(
      OUTCOME,
      { id: introProposal.id, outcome: 'ENDED', note: 'Työajat eivät sopineet.' },
      { token: employer.token },
    );
    introProposal = ended.recordOutcome;
    expect(introProposal.status).toBe('ENDED');
    expect(introProposal.events.map((e) => [e.status, e.actorRole, e.note])).toEqual([
      ['AWAITING_COORDINATOR', 'EMPLOYER', null],
      ['ACCEPTED', 'COORDINATOR', null],
      ['ENDED', 'EMPLOYER', 'Työajat eivät sopineet.'],
    ]);
    const afterEnd = await stack.gql(OUTCOME, { id: introProposal.id, outcome: 'HIRED' }, { token: employer.token });
    expect(codeOf(afterEnd)).toBe('CONFLICT');
  });

  it('refuses introductions to near misses, to candidates the employer cannot see, and for jobs not theirs or not published', async () => {
    const request = (jobId: string, candidateId: string, token = employer.token) =>
      stack.gql(REQUEST_INTRODUCTION, { jobId, candidateId }, { token });

    const near = await request(jobA.id, nearMiss.profileId);
    expect(codeOf(near)).toBe('CONFLICT');
    expect(messageOf(near)).toMatch(/near miss/);
    // Not consented: a match the employer never sees.
    expect(codeOf(await request(jobA.id, hidden.profileId))).toBe('NOT_FOUND');
    expect(codeOf(await request(jobA.id, randomUUID()))).toBe('NOT_FOUND');
    expect(codeOf(await request(jobA.id, 'not-a-uuid'))).toBe('NOT_FOUND');
    const unpublished = await request(draft.id, spare.profileId);
    expect(codeOf(unpublished)).toBe('CONFLICT');
    expect(messageOf(unpublished)).toBe('The job is DRAFT, not PUBLISHED.');
    // Another organisation's published job is visible, so FORBIDDEN; its draft is not, so NOT_FOUND.
    expect(codeOf(await request(jobA.id, spare.profileId, otherEmployer.token))).toBe('FORBIDDEN');
    expect(codeOf(await request(draft.id, spare.profileId, otherEmployer.token))).toBe('NOT_FOUND');
    const long = await stack.gql(
      REQUEST_INTRODUCTION,
      { jobId: jobA.id, candidateId: spare.profileId, message: 'x'.repeat(2001) },
      { token: employer.token },
    );
    expect(fieldsOf(long)).toEqual(['message']);
  });

  it('lets another service provider propose their candidate for the same job', async () => {
    const proposed = await stack.ok<{ proposeCandidate: Proposal }>(
      PROPOSE,
      { jobId: jobA.id, profileId: rival.profileId },
      { token: otherCoordinator.token },
    );
    rivalProposal = proposed.proposeCandidate;
    expect(rivalProposal.status).toBe('AWAITING_EMPLOYER');
    // Each coordinator sees their own service provider's proposals only.
    expect((await proposalsOf(otherCoordinator.token)).map((p) => p.id)).toEqual([rivalProposal.id]);
    expect((await proposalsOf(coordinator.token, { jobId: jobA.id })).map((p) => p.id).sort()).toEqual(
      [walkerProposal.id, introProposal.id].sort(),
    );
  });

  it('records a trial and a hire: the profile is PLACED, the job FILLED, its offers withdrawn, its other proposals closed', async () => {
    const fromAwaiting = await stack.gql(
      OUTCOME,
      { id: rivalProposal.id, outcome: 'TRIAL' },
      { token: employer.token },
    );
    expect(codeOf(fromAwaiting)).toBe('CONFLICT');
    expect(messageOf(fromAwaiting)).toMatch(/AWAITING_EMPLOYER/);

    const trial = await stack.ok<{ recordOutcome: Proposal }>(
      OUTCOME,
      { id: walkerProposal.id, outcome: 'TRIAL', note: 'Kokeilu alkaa maanantaina.' },
      { token: coordinator.token },
    );
    expect(trial.recordOutcome.status).toBe('TRIAL');
    expect(
      codeOf(await stack.gql(OUTCOME, { id: walkerProposal.id, outcome: 'TRIAL' }, { token: employer.token })),
    ).toBe('CONFLICT');
    expect(codeOf(await stack.gql(WITHDRAW, { id: walkerProposal.id }, { token: employer.token }))).toBe('CONFLICT');
    const { profile: before } = await stack.ok<{ profile: { version: number } }>(
      PROFILE,
      { id: walker.profileId },
      { token: coordinator.token },
    );
    const jobBefore = await employerMatches(jobA.id);

    const hired = await stack.ok<{ recordOutcome: Proposal }>(
      OUTCOME,
      { id: walkerProposal.id, outcome: 'HIRED', note: 'Työsopimus allekirjoitettu.' },
      { token: employer.token },
    );
    walkerProposal = hired.recordOutcome;
    expect(walkerProposal).toMatchObject({ status: 'HIRED', job: { id: jobA.id, status: 'FILLED' } });
    expect(walkerProposal.events.map((e) => [e.status, e.actorRole, e.note])).toEqual([
      ['AWAITING_EMPLOYER', 'COORDINATOR', null],
      ['ACCEPTED', 'EMPLOYER', 'Tervetuloa tutustumaan.'],
      ['TRIAL', 'COORDINATOR', 'Kokeilu alkaa maanantaina.'],
      ['HIRED', 'EMPLOYER', 'Työsopimus allekirjoitettu.'],
    ]);
    const times = walkerProposal.events.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    const { profile } = await stack.ok<{ profile: { status: string; version: number } }>(
      PROFILE,
      { id: walker.profileId },
      { token: coordinator.token },
    );
    expect(profile).toMatchObject({ status: 'PLACED', version: before.version + 1 });
    const job = await stack.ok<{ job: { status: string; version: number; tasks: { id: string }[] } }>(
      'query($id: ID!) { job(id: $id) { status version tasks { id } } }',
      { id: jobA.id },
      { token: employer.token },
    );
    expect(job.job).toMatchObject({ status: 'FILLED', version: jobBefore.version + 1 });
    expect(job.job.tasks).toHaveLength(2);

    // The client's offer is withdrawn with the job, and can no longer be answered; the job stays readable to them.
    const { myOffers } = await stack.ok<{ myOffers: Offer[] }>(MY_OFFERS, {}, { token: walkerClient });
    expect(myOffers).toMatchObject([{ id: offerId, status: 'WITHDRAWN', job: { status: 'FILLED' } }]);
    const late = await stack.gql(RESPOND_TO_OFFER, { offerId, interested: true }, { token: walkerClient });
    expect(codeOf(late)).toBe('CONFLICT');
    const { rows: offerRows } = await stack.db.query<{ closed_at: Date | null }>(
      'SELECT closed_at FROM offer WHERE id = $1',
      [offerId],
    );
    expect(offerRows[0].closed_at).not.toBeNull();

    // The other provider's open proposal is closed: declined by the employer side, the position being filled.
    const [rivalAfter] = await proposalsOf(otherCoordinator.token, { jobId: jobA.id });
    expect(rivalAfter).toMatchObject({ id: rivalProposal.id, status: 'DECLINED', declineReason: 'POSITION_FILLED' });
    expect(roles(rivalAfter)).toEqual([
      ['AWAITING_EMPLOYER', 'COORDINATOR'],
      ['DECLINED', 'EMPLOYER'],
    ]);
    // The ended one stays ENDED.
    const mine = await proposalsOf(coordinator.token, { jobId: jobA.id, status: 'ENDED' });
    expect(mine.map((p) => p.id)).toEqual([introProposal.id]);

    // Once the worker has scored the new versions, the job's and the profile's matches are gone.
    await eventually(
      async () => {
        const read = await employerMatches(jobA.id);
        return read.matching.upToDate && read.matches.totalCount === 0 ? true : undefined;
      },
      30_000,
      'the filled job’s matches to go',
    );
    await eventually(
      async () => {
        const read = await stack.ok<{ profile: { matching: { upToDate: boolean }; matches: { totalCount: number } } }>(
          PROFILE,
          { id: walker.profileId },
          { token: coordinator.token },
        );
        return read.profile.matching.upToDate && read.profile.matches.totalCount === 0 ? true : undefined;
      },
      30_000,
      'the placed profile’s matches to go',
    );
    const [afterWorker] = await proposalsOf(employer.token, { jobId: jobA.id, status: 'HIRED' });
    expect(afterWorker).toMatchObject({ id: walkerProposal.id, match: null, candidate: { id: walker.profileId } });
  });

  it('refuses proposals without consent, of a PAUSED profile, for a job the coordinator cannot see, and twice', async () => {
    const propose = (profileId: string, jobId = jobB.id, token = coordinator.token) =>
      stack.gql<{ proposeCandidate: Proposal }>(PROPOSE, { jobId, profileId }, { token });
    const consent = 'The client has not agreed to share the profile with employers.';

    const noConsent = await propose(hidden.profileId);
    expect(codeOf(noConsent)).toBe('CONFLICT');
    expect(messageOf(noConsent)).toBe(consent);
    const pausedProfile = await propose(paused.profileId);
    expect(codeOf(pausedProfile)).toBe('CONFLICT');
    expect(messageOf(pausedProfile)).toBe('The profile is PAUSED, not ACTIVE.');
    const both = await propose(pausedHidden.profileId);
    expect(codeOf(both)).toBe('CONFLICT');
    expect(messageOf(both)).toBe(`${consent} The profile is PAUSED, not ACTIVE.`);
    // A DRAFT (or FILLED) job is not visible to coordinators at all: NOT_FOUND, as for any job they cannot see.
    expect(codeOf(await propose(spare.profileId, draft.id))).toBe('NOT_FOUND');
    expect(codeOf(await propose(spare.profileId, jobA.id))).toBe('NOT_FOUND');
    expect(codeOf(await propose(spare.profileId, 'not-a-uuid'))).toBe('NOT_FOUND');
    expect(codeOf(await propose('not-a-uuid'))).toBe('NOT_FOUND');
    expect(codeOf(await propose(spare.profileId, jobB.id, otherCoordinator.token))).toBe('NOT_FOUND');
    expect(codeOf(await propose(spare.profileId, jobB.id, employer.token))).toBe('FORBIDDEN');

    // Withdrawn, then answered: CONFLICT; an outcome while awaiting: CONFLICT.
    const first = (await propose(spare.profileId)).data?.proposeCandidate as Proposal;
    spareProposals.push(first.id);
    expect(codeOf(await propose(spare.profileId))).toBe('CONFLICT');
    expect(codeOf(await stack.gql(OUTCOME, { id: first.id, outcome: 'HIRED' }, { token: employer.token }))).toBe(
      'CONFLICT',
    );
    const withdrawn = await stack.ok<{ withdrawProposal: Proposal }>(
      WITHDRAW,
      { id: first.id },
      { token: coordinator.token },
    );
    expect(withdrawn.withdrawProposal.status).toBe('WITHDRAWN');
    expect(roles(withdrawn.withdrawProposal)).toEqual([
      ['AWAITING_EMPLOYER', 'COORDINATOR'],
      ['WITHDRAWN', 'COORDINATOR'],
    ]);
    const answered = await stack.gql(RESPOND, { id: first.id, accept: true }, { token: employer.token });
    expect(codeOf(answered)).toBe('CONFLICT');
    expect(codeOf(await stack.gql(WITHDRAW, { id: first.id }, { token: employer.token }))).toBe('CONFLICT');

    // A new proposal of the pair once the old one is closed; the client withdraws consent meanwhile.
    const second = (await propose(spare.profileId)).data?.proposeCandidate as Proposal;
    spareProposals.push(second.id);
    await recordConsent(stack, coordinator.token, spare.clientId, false);
    // Without consent the employer no longer sees the proposal at all; its coordinator still does.
    const withoutConsent = await stack.gql(RESPOND, { id: second.id, accept: true }, { token: employer.token });
    expect(codeOf(withoutConsent)).toBe('NOT_FOUND');
    expect((await proposalsOf(employer.token)).map((p) => p.id)).not.toContain(second.id);
    expect((await proposalsOf(coordinator.token)).map((p) => p.id)).toContain(second.id);
    // Consent given again: it shows again, and the employer may answer.
    await recordConsent(stack, coordinator.token, spare.clientId, true);
    expect((await proposalsOf(employer.token)).map((p) => p.id)).toContain(second.id);
    const declined = await stack.ok<{ respondToProposal: Proposal }>(
      RESPOND,
      { id: second.id, accept: false, declineReason: 'TASKS_NOT_SUITABLE', note: 'Ei sovi nyt.' },
      { token: employer.token },
    );
    expect(declined.respondToProposal).toMatchObject({ status: 'DECLINED', declineReason: 'TASKS_NOT_SUITABLE' });
    expect(declined.respondToProposal.events.at(-1)).toMatchObject({
      status: 'DECLINED',
      actorRole: 'EMPLOYER',
      note: 'Ei sovi nyt.',
    });
  });

  it('shows proposals to their parties only, newest first, a page at a time, never an erased client’s', async () => {
    for (const token of [admin, walkerClient]) {
      expect(codeOf(await stack.gql(PROPOSALS, {}, { token }))).toBe('FORBIDDEN');
    }
    expect((await proposalsOf(otherEmployer.token)).length).toBe(0);

    const all = await proposalsOf(coordinator.token);
    expect(all.map((p) => p.id)).toEqual([...spareProposals].reverse().concat([introProposal.id, walkerProposal.id]));
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const read: ProposalPage = await stack.ok<ProposalPage>(
        PROPOSALS,
        { first: 1, after },
        { token: coordinator.token },
      );
      expect(read.proposals.totalCount).toBe(all.length);
      seen.push(...read.proposals.edges.map((e) => e.node.id));
      if (!read.proposals.pageInfo.hasNextPage) break;
      after = read.proposals.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((p) => p.id));
    expect(codeOf(await stack.gql(PROPOSALS, { jobId: 'not-a-uuid' }, { token: employer.token }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.gql(PROPOSALS, { after: 'bogus' }, { token: employer.token }))).toBe('BAD_USER_INPUT');

    // As erasure leaves it: the proposal without its profile, kept for the statistics and never shown.
    await stack.db.query('UPDATE proposal SET profile_id = NULL, message = NULL WHERE id = $1', [spareProposals[0]]);
    const afterErasure = await proposalsOf(coordinator.token);
    expect(afterErasure.map((p) => p.id)).not.toContain(spareProposals[0]);
    expect(afterErasure).toHaveLength(all.length - 1);
    expect(codeOf(await stack.gql(WITHDRAW, { id: spareProposals[0] }, { token: coordinator.token }))).toBe(
      'NOT_FOUND',
    );
  });

  it('reports placement statistics to coordinators (their own) and admins (all), not to employers', async () => {
    const { rows } = await stack.db.query<{ days: number }>(
      `SELECT (extract(epoch FROM hired_at - created_at) / 86400)::float8 AS days FROM proposal WHERE id = $1`,
      [walkerProposal.id],
    );
    const days = rows[0].days;
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThan(1);

    // Walker hired (after a trial), intro ended after acceptance, spare withdrawn once and declined once (erased).
    const own = await stats(coordinator.token);
    expect(own).toEqual({
      proposals: 4,
      accepted: 2,
      trials: 1,
      hires: 1,
      placementRate: 0.25,
      medianDaysToHire: days,
    });
    // Admins count the other provider's (declined) proposal too.
    const everyone = await stats(admin);
    expect(everyone).toEqual({
      proposals: 5,
      accepted: 2,
      trials: 1,
      hires: 1,
      placementRate: 0.2,
      medianDaysToHire: days,
    });
    expect(await stats(otherCoordinator.token)).toEqual({
      proposals: 1,
      accepted: 0,
      trials: 0,
      hires: 0,
      placementRate: 0,
      medianDaysToHire: null,
    });

    // Periods: [from, to) over the creation time.
    const created = Date.parse(walkerProposal.createdAt);
    expect((await stats(admin, { to: new Date(created).toISOString() })).proposals).toBe(0);
    expect((await stats(admin, { from: new Date(created).toISOString() })).proposals).toBe(5);
    expect((await stats(admin, { from: new Date(Date.now() + 60_000).toISOString() })).proposals).toBe(0);
    const backwards = await stack.gql(
      STATS,
      { from: new Date().toISOString(), to: new Date(created).toISOString() },
      { token: admin },
    );
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(backwards)).toEqual(['from']);

    for (const token of [employer.token, walkerClient])
      expect(codeOf(await stack.gql(STATS, {}, { token }))).toBe('FORBIDDEN');
  });

  it('has logged every employer read of a candidate through proposals', async () => {
    const walkerLog = await accessLog(walker.profileId);
    expect(walkerLog).toEqual(expect.arrayContaining(['proposals', 'proposal']));
    // The other organisation never saw any of these candidates.
    const { rows: other } = await stack.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM profile_view WHERE organisation_id = $1',
      [otherEmployer.organisationId],
    );
    expect(other[0].n).toBe(0);
  });

  it('lets exactly one of two simultaneous openings or answers win', async () => {
    const job = await createJob(stack, employer.token, carvedJobInput({ title: 'Kiireinen keittiö' }));
    await publishJob(stack, employer.token, job.id);
    const pair = { jobId: job.id, profileId: intro.profileId };

    const offers = await Promise.all([1, 2].map(() => stack.gql(OFFER_JOB, pair, { token: coordinator.token })));
    expect(offers.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    const proposals = await Promise.all(
      [1, 2].map(() => stack.gql<{ proposeCandidate: Proposal }>(PROPOSE, pair, { token: coordinator.token })),
    );
    expect(proposals.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    const { id } = proposals.find((p) => p.data)?.data?.proposeCandidate as Proposal;

    const answers = await Promise.all([
      stack.gql(RESPOND, { id, accept: true }, { token: employer.token }),
      stack.gql(WITHDRAW, { id }, { token: coordinator.token }),
    ]);
    const [accepted, withdrawn] = answers.map(codeOf);
    // Either order is possible; an accepted proposal may still be withdrawn, a withdrawn one not accepted.
    expect(withdrawn).toBeUndefined();
    const [final] = await proposalsOf(coordinator.token, { jobId: job.id });
    expect(final.status).toBe('WITHDRAWN');
    expect(roles(final)).toEqual(
      accepted === undefined
        ? [
            ['AWAITING_EMPLOYER', 'COORDINATOR'],
            ['ACCEPTED', 'EMPLOYER'],
            ['WITHDRAWN', 'COORDINATOR'],
          ]
        : [
            ['AWAITING_EMPLOYER', 'COORDINATOR'],
            ['WITHDRAWN', 'COORDINATOR'],
          ],
    );
    if (accepted !== undefined) expect(accepted).toBe('CONFLICT');
  });

  it('withdraws the open offers of a job the employer closes', async () => {
    const offered = await stack.ok<{ offerJob: Offer }>(
      OFFER_JOB,
      { jobId: jobB.id, profileId: intro.profileId },
      { token: coordinator.token },
    );
    const introClient = await clientToken(intro.clientId);
    await stack.ok(
      'mutation($id: ID!) { closeJob(id: $id) { id status } }',
      { id: jobB.id },
      { token: employer.token },
    );
    const { myOffers } = await stack.ok<{ myOffers: Offer[] }>(MY_OFFERS, {}, { token: introClient });
    // Newest first: this one, then the offer of the race's job, which is still PUBLISHED and open.
    expect(myOffers.map((o) => [o.id === offered.offerJob.id, o.status, o.job.status])).toEqual([
      [true, 'WITHDRAWN', 'CLOSED'],
      [false, 'OFFERED', 'PUBLISHED'],
    ]);
    const late = await stack.gql(
      RESPOND_TO_OFFER,
      { offerId: offered.offerJob.id, interested: true },
      { token: introClient },
    );
    expect(codeOf(late)).toBe('CONFLICT');
    expect(messageOf(late)).toMatch(/withdrawn/);
    // A closed job cannot be offered again: coordinators no longer see it.
    expect(
      codeOf(await stack.gql(OFFER_JOB, { jobId: jobB.id, profileId: intro.profileId }, { token: coordinator.token })),
    ).toBe('NOT_FOUND');
  });
});
