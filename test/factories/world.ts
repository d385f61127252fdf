import { randomBytes } from 'node:crypto';
import { type Account, adminToken, createCoordinator, signUpEmployer } from './accounts';
import { createJob, jobInput, type JobInput, publishJob } from './jobs';
import { jobMatches, scored } from './matching';
import { activeCandidate, type ActiveCandidate, createClient, createProfile, recordConsent } from './profiles';
import { eventually, type Stack } from '../utils/stack';

/**
 * Everyone who may call the API, as the authorisation matrix names them: nobody, the admin, an employer of the
 * organisation that owns the jobs (A) and one of another (B), a coordinator of the service provider that owns the
 * clients (S) and one of another (T), a client of S, and another client of S.
 */
export const CALLERS = [
  'anonymous',
  'admin',
  'ownEmployer',
  'otherEmployer',
  'ownCoordinator',
  'otherCoordinator',
  'client',
  'otherClient',
] as const;
export type Caller = (typeof CALLERS)[number];
export type SignedInCaller = Exclude<Caller, 'anonymous'>;

export interface SignedIn {
  token: string;
  userId: string;
  /** The employer organisation or service provider the caller acts for; null for the admin and clients. */
  organisationId: string | null;
  /** The client a CLIENT user is; null for everyone else. */
  clientId: string | null;
}

/** A client of a service provider, with one capacity profile. */
export interface ClientWithProfile {
  clientId: string;
  profileId: string;
}

/**
 * Two employer organisations and two service providers with something of each kind in them, for checking who sees
 * and changes what. Employer A owns every job but `otherDraftJob`; service provider S owns every client but
 * `otherProviderClient`, which is T's.
 */
export interface World {
  callers: Record<SignedInCaller, SignedIn>;
  employerA: Account;
  employerB: Account;
  coordinatorS: Account;
  coordinatorT: Account;
  organisationNames: { a: string; b: string };
  /** An employer of a third organisation, in no one's way: the one the `login` cells sign in as. */
  loginAccount: Account;
  jobs: {
    /** A's PUBLISHED job that `client`'s profile matches (feasibly, with a carve-out), offered and proposed. */
    published: string;
    /** A's DRAFT job. */
    draft: string;
    /** A's PUBLISHED job that `client`'s profile matches too, kept free of proposals for requestIntroduction. */
    forIntroduction: string;
    /** B's DRAFT job. */
    otherDraft: string;
  };
  /** S's client with consent and an ACTIVE profile matching the published job; signs in as `client`. */
  client: ActiveCandidate;
  /** S's client without consent, with a DRAFT profile; signs in as `otherClient`. */
  otherClient: ClientWithProfile;
  /** S's client whose ACTIVE profile was proposed for the published job, and who then withdrew consent. */
  consentWithdrawn: ActiveCandidate;
  /** S's client whose ACTIVE profile was proposed for the published job but matches none (too many hours). */
  unmatched: ActiveCandidate;
  /** T's client with consent and an ACTIVE profile matching the published job, which T proposed. */
  otherProvider: ActiveCandidate;
  /** The published job offered to `client`. */
  offer: string;
  proposals: {
    /** S proposed `client`'s profile for the published job: AWAITING_EMPLOYER. */
    ofClient: string;
    ofConsentWithdrawn: string;
    ofUnmatched: string;
    /** T proposed `otherProvider`'s profile for the published job. */
    ofOtherProvider: string;
  };
}

const unique = (): string => randomBytes(4).toString('hex');

/**
 * A job the default profile (profiles.ts) can do after a carve-out: dishwashing without lifting (essential), and
 * clearing tables with heavy lifting (modifiable, carved out); it offers the quiet space the profile requires.
 */
export function matchedJobInput(overrides: Partial<JobInput> = {}): JobInput {
  return jobInput({
    tasks: [
      {
        taskTypeCode: 'dishwashing',
        description: 'Astioiden pesu astianpesukoneella',
        modifiable: false,
        hoursShare: 70,
        demands: [
          { demandCode: 'd4154', level: 2 },
          { demandCode: 'd445', level: 2 },
        ],
      },
      {
        taskTypeCode: 'clearing_tables',
        description: 'Pöytien pyyhintä ja astiakorien kantaminen',
        modifiable: true,
        hoursShare: 30,
        demands: [{ demandCode: 'd4300', level: 3 }],
      },
    ],
    accommodationCodes: ['sched.flex_start', 'sup.instructor_onsite', 'info.visual', 'env.quiet'],
    positions: 3,
    ...overrides,
  });
}

/** A CLIENT signs in the way clients do: a one-time code from their coordinator. */
export async function signInClient(
  stack: Stack,
  coordinatorToken: string,
  clientId: string,
): Promise<{ token: string; userId: string }> {
  const { issueClientAccessCode: code } = await stack.ok<{ issueClientAccessCode: string }>(
    'mutation($clientId: ID!) { issueClientAccessCode(clientId: $clientId) }',
    { clientId },
    { token: coordinatorToken },
  );
  const { loginWithAccessCode } = await stack.ok<{ loginWithAccessCode: { token: string; user: { id: string } } }>(
    'mutation($code: String!) { loginWithAccessCode(code: $code) { token user { id } } }',
    { code },
  );
  return { token: loginWithAccessCode.token, userId: loginWithAccessCode.user.id };
}

/** A coordinator proposes a profile for a job; returns the proposal's id. */
export async function proposeCandidate(
  stack: Stack,
  coordinatorToken: string,
  jobId: string,
  profileId: string,
): Promise<string> {
  const data = await stack.ok<{ proposeCandidate: { id: string } }>(
    'mutation($jobId: ID!, $profileId: ID!) { proposeCandidate(jobId: $jobId, profileId: $profileId) { id } }',
    { jobId, profileId },
    { token: coordinatorToken },
  );
  return data.proposeCandidate.id;
}

/** A coordinator offers a job to the client of a profile; returns the offer's id. */
export async function offerJob(
  stack: Stack,
  coordinatorToken: string,
  jobId: string,
  profileId: string,
): Promise<string> {
  const data = await stack.ok<{ offerJob: { id: string } }>(
    'mutation($jobId: ID!, $profileId: ID!) { offerJob(jobId: $jobId, profileId: $profileId) { id } }',
    { jobId, profileId },
    { token: coordinatorToken },
  );
  return data.offerJob.id;
}

/** Waits until the worker has scored the job and its employer sees each of `profileIds` as a feasible match. */
async function matchedBy(stack: Stack, employer: Account, jobId: string, profileIds: string[]): Promise<void> {
  await scored(stack, employer.token, 'job', jobId);
  await eventually(
    async () => {
      const { nodes } = await jobMatches(stack, employer.token, jobId);
      const feasible = new Set(nodes.filter((n) => n.feasible).map((n) => n.candidate.id));
      return profileIds.every((id) => feasible.has(id)) ? true : undefined;
    },
    30_000,
    `the matches of job ${jobId}`,
  );
}

export async function buildWorld(stack: Stack): Promise<World> {
  const admin = await adminToken(stack);
  const { me } = await stack.ok<{ me: { id: string } }>('{ me { id } }', {}, { token: admin });
  const organisationNames = { a: `Ravintola A ${unique()}`, b: `Kahvila B ${unique()}` };
  const [employerA, employerB, loginAccount, coordinatorS, coordinatorT] = await Promise.all([
    signUpEmployer(stack, organisationNames.a),
    signUpEmployer(stack, organisationNames.b),
    signUpEmployer(stack, `Leipomo L ${unique()}`),
    createCoordinator(stack, admin),
    createCoordinator(stack, admin),
  ]);

  // The profiles are ACTIVE before the jobs are published, so that scoring the jobs finds them.
  const [client, consentWithdrawn, unmatched, otherProvider, otherClientRecord] = await Promise.all([
    activeCandidate(stack, coordinatorS.token),
    activeCandidate(stack, coordinatorS.token),
    // The jobs want 10–20 hours a week: no pair with them passes the worker's pre-filter.
    activeCandidate(stack, coordinatorS.token, { hoursPerWeekMin: 25, hoursPerWeekMax: 30 }),
    activeCandidate(stack, coordinatorT.token),
    createClient(stack, coordinatorS.token),
  ]);
  const otherClientProfile = await createProfile(stack, coordinatorS.token, otherClientRecord.id);
  const otherClient = { clientId: otherClientRecord.id, profileId: otherClientProfile.id };

  const [published, draft, forIntroduction, otherDraft] = await Promise.all([
    createJob(stack, employerA.token, matchedJobInput({ title: 'Astianpesijä lounasravintolaan' })),
    createJob(stack, employerA.token, matchedJobInput({ title: 'Luonnos: tiskaaja' })),
    createJob(stack, employerA.token, matchedJobInput({ title: 'Astianpesijä iltavuoroon' })),
    createJob(stack, employerB.token, matchedJobInput({ title: 'Luonnos: kahvilan tiskaaja' })),
  ]);
  await Promise.all([
    publishJob(stack, employerA.token, published.id),
    publishJob(stack, employerA.token, forIntroduction.id),
  ]);
  await Promise.all([
    matchedBy(stack, employerA, published.id, [client.profileId, otherProvider.profileId]),
    matchedBy(stack, employerA, forIntroduction.id, [client.profileId]),
  ]);

  const [clientSignIn, otherClientSignIn] = await Promise.all([
    signInClient(stack, coordinatorS.token, client.clientId),
    signInClient(stack, coordinatorS.token, otherClient.clientId),
  ]);
  const offer = await offerJob(stack, coordinatorS.token, published.id, client.profileId);
  const proposals = {
    ofClient: await proposeCandidate(stack, coordinatorS.token, published.id, client.profileId),
    ofConsentWithdrawn: await proposeCandidate(stack, coordinatorS.token, published.id, consentWithdrawn.profileId),
    ofUnmatched: await proposeCandidate(stack, coordinatorS.token, published.id, unmatched.profileId),
    ofOtherProvider: await proposeCandidate(stack, coordinatorT.token, published.id, otherProvider.profileId),
  };
  await recordConsent(stack, coordinatorS.token, consentWithdrawn.clientId, false);

  const staff = (account: Account): SignedIn => ({
    token: account.token,
    userId: account.userId,
    organisationId: account.organisationId,
    clientId: null,
  });
  return {
    callers: {
      admin: { token: admin, userId: me.id, organisationId: null, clientId: null },
      ownEmployer: staff(employerA),
      otherEmployer: staff(employerB),
      ownCoordinator: staff(coordinatorS),
      otherCoordinator: staff(coordinatorT),
      client: { ...clientSignIn, organisationId: null, clientId: client.clientId },
      otherClient: { ...otherClientSignIn, organisationId: null, clientId: otherClient.clientId },
    },
    employerA,
    employerB,
    coordinatorS,
    coordinatorT,
    organisationNames,
    loginAccount,
    jobs: { published: published.id, draft: draft.id, forIntroduction: forIntroduction.id, otherDraft: otherDraft.id },
    client,
    otherClient,
    consentWithdrawn,
    unmatched,
    otherProvider,
    offer,
    proposals,
  };
}
