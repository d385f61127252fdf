import { sessionIdOf } from '../utils/forged';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { businessId, login, PASSWORD, signUpEmployer } from '../factories/accounts';
import { createJob, jobInput, publishJob } from '../factories/jobs';
import { activeCandidate, createClient, createProfile, profileInput } from '../factories/profiles';
import {
  CALLERS,
  type Caller,
  type ClientWithProfile,
  proposeCandidate,
  signInClient,
  type SignedInCaller,
  type World,
  buildWorld,
} from '../factories/world';
import { linkToken } from '../utils/smtp-peer';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type GraphQLResponse, Stack } from '../utils/stack';
import { SCORER_VERSION } from '../../src/matching/scorer-version';

/**
 * The authorisation matrix: every Query and Mutation of the contract, called by each of the eight callers of
 * factories/world.ts, with the outcome DESIGN.md's "Roles and what each may see" gives. A caller who may not see
 * an object gets NOT_FOUND, one who may see it but not change it FORBIDDEN, a role that may never call the
 * operation FORBIDDEN, and nobody signed in UNAUTHENTICATED (public operations aside).
 *
 * Every cell also checks that its response (data or errors) holds no id of the world that the caller may not see,
 * that a refused call changed nothing, and that data is the caller's own. Mutations act on a target made for the
 * cell, so that no cell depends on another; queries run first, on the shared world.
 */

const D = 'data';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const U = 'UNAUTHENTICATED';
type Outcome = typeof D | typeof F | typeof N | typeof U;
/** One outcome per caller, in the order of CALLERS. */
type Row = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

const CALLER_NAMES: Record<Caller, string> = {
  anonymous: 'anonymous',
  admin: 'ADMIN',
  ownEmployer: 'employer of the owning organisation',
  otherEmployer: 'employer of another organisation',
  ownCoordinator: 'coordinator of the owning service provider',
  otherCoordinator: 'coordinator of another service provider',
  client: 'the client',
  otherClient: 'another client',
};

interface Prepared {
  variables?: Record<string, unknown>;
  /** What the cell could change, read back: a refused cell must leave it as it was. */
  state?: () => Promise<unknown>;
  /** The object the cell acts on, for its data check. */
  target?: string;
  /** A session of the caller's own for this cell (one that signing out may end), instead of the world's. */
  token?: string;
}

interface Entry {
  /** The contract's Query or Mutation field. */
  operation: string;
  /** What sets this entry apart from the operation's main one, if it is not that. */
  variant?: string;
  document: string;
  outcomes: Row;
  /** Variables (and the state to watch) for one cell; fresh targets for mutations are made here. */
  prepare?: (caller: Caller) => Promise<Prepared>;
  /** For a cell whose outcome is data: that the data is right, and the caller's own. */
  check?: (data: unknown, caller: Caller, prepared: Prepared) => Promise<void> | void;
}

interface EntrySpec<T> extends Omit<Entry, 'check'> {
  check?: (data: T, caller: Caller, prepared: Prepared) => Promise<void> | void;
}

function entry<T>(spec: EntrySpec<T>): Entry {
  const { check, ...rest } = spec;
  return { ...rest, check: check && ((data, caller, prepared) => check(data as T, caller, prepared)) };
}

let stack: Stack;
let w: World;

const unique = (): string => randomBytes(4).toString('hex');
type Connection<T> = { totalCount: number; edges: { node: T }[] };
const nodes = <T>(connection: Connection<T>): T[] => connection.edges.map((edge) => edge.node);
const ids = (items: { id: string }[]): string[] => items.map((item) => item.id);

function signedIn(caller: Caller): SignedInCaller {
  if (caller === 'anonymous') throw new Error('this check is for signed-in callers');
  return caller;
}
const organisationOf = (caller: Caller): string | null => w.callers[signedIn(caller)].organisationId;
const clientOf = (caller: Caller): string | null => w.callers[signedIn(caller)].clientId;
const userOf = (caller: Caller): string => w.callers[signedIn(caller)].userId;
const isClient = (caller: Caller): boolean => caller === 'client' || caller === 'otherClient';
/** A CLIENT caller's own client and profile: what a client may read, and must still not be able to change. */
const ownOf = (caller: Caller): ClientWithProfile => (caller === 'client' ? w.client : w.otherClient);

async function query<T extends Record<string, unknown> = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return (await stack.db.query<T>(sql, params)).rows;
}
const snapshot =
  (sql: string, ...params: unknown[]) =>
  (): Promise<unknown[]> =>
    query(sql, params);

/** The ids among `candidates` that `sql` (given them as $1 and `params` after) selects. */
async function selected(sql: string, candidates: string[], ...params: unknown[]): Promise<string[]> {
  const rows = await query<{ id: string }>(sql, [candidates, ...params]);
  return rows.map((row) => row.id).sort();
}

/** Every id belongs to the caller's organisation by `column` of `table`. */
async function expectOwned(table: string, column: string, items: string[], organisationId: string | null) {
  const owned = await selected(
    `SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) AND ${column} = $2`,
    items,
    organisationId,
  );
  expect(owned).toEqual([...items].sort());
}

// ------------------------------------------------------------------------------------------------ fresh targets

const fresh = {
  async client(): Promise<string> {
    return (await createClient(stack, w.coordinatorS.token)).id;
  },
  /** A DRAFT profile of a new client of S. */
  async profile(): Promise<ClientWithProfile> {
    const clientId = await fresh.client();
    const profile = await createProfile(stack, w.coordinatorS.token, clientId);
    return { clientId, profileId: profile.id };
  },
  /** A proposal by S of a new consented ACTIVE profile for A's published job; ACCEPTED by A when asked. */
  async proposal(accepted = false): Promise<string> {
    const candidate = await activeCandidate(stack, w.coordinatorS.token);
    const id = await proposeCandidate(stack, w.coordinatorS.token, w.jobs.published, candidate.profileId);
    if (accepted) await stack.ok(RESPOND_TO_PROPOSAL, { id, accept: true }, { token: w.employerA.token });
    return id;
  },
  async draftJob(): Promise<string> {
    return (await createJob(stack, w.employerA.token, jobInput({ title: `Luonnos ${unique()}` }))).id;
  },
  async publishedJob(): Promise<string> {
    const id = await fresh.draftJob();
    await publishJob(stack, w.employerA.token, id);
    return id;
  },
};

/** Another session of the caller's account, for a cell that ends sessions; none for anonymous callers. */
async function ownSession(caller: Caller): Promise<string | undefined> {
  switch (caller) {
    case 'anonymous':
      return undefined;
    case 'admin':
      return login(stack, ADMIN_EMAIL, ADMIN_PASSWORD);
    case 'ownEmployer':
      return login(stack, w.employerA.email);
    case 'otherEmployer':
      return login(stack, w.employerB.email);
    case 'ownCoordinator':
      return login(stack, w.coordinatorS.email);
    case 'otherCoordinator':
      return login(stack, w.coordinatorT.email);
    case 'client':
    case 'otherClient':
      return (await signInClient(stack, w.coordinatorS.token, ownOf(caller).clientId)).token;
  }
}
/** A new session for a world caller whose sessions were ended, wherever the world keeps its token. */
async function renewWorldSession(caller: SignedInCaller): Promise<void> {
  const token = (await ownSession(caller)) ?? '';
  w.callers[caller].token = token;
  const account = {
    admin: null,
    ownEmployer: w.employerA,
    otherEmployer: w.employerB,
    ownCoordinator: w.coordinatorS,
    otherCoordinator: w.coordinatorT,
    client: null,
    otherClient: null,
  }[caller];
  if (account) account.token = token;
}
const liveSessions = (token: string | undefined) =>
  snapshot(
    `SELECT count(*)::int AS n FROM session
      WHERE user_id = (SELECT user_id FROM session WHERE id = $1) AND ended_at IS NULL`,
    token ? sessionIdOf(token) : null,
  );

const jobState = (id: string) => snapshot('SELECT version, status, title FROM job WHERE id = $1', id);
const profileState = (id: string) =>
  snapshot('SELECT version, status, summary, client_id FROM capacity_profile WHERE id = $1', id);
const proposalState = (id: string) =>
  snapshot(
    `SELECT status, updated_at, (SELECT count(*)::int FROM proposal_event e WHERE e.proposal_id = p.id) AS events
       FROM proposal p WHERE p.id = $1`,
    id,
  );

// ------------------------------------------------------------------------------------------------ documents

const PROPOSAL = 'id status job { id } candidate { id pseudonym }';
const RESPOND_TO_PROPOSAL = `mutation($id: ID!, $accept: Boolean!) {
  respondToProposal(id: $id, accept: $accept) { ${PROPOSAL} }
}`;
const JOB = 'id status version title organisation { id }';
const CLIENT = 'id displayName consent { shareWithEmployers } profiles { id }';
const PROFILE = 'id pseudonym status version client { id displayName }';
const MATCHES =
  'matches(first: 100, feasibleOnly: false) { totalCount edges { node { id job { id } candidate { id } } } }';

interface JobData {
  id: string;
  status: string;
  version: number;
  title: string;
  organisation: { id: string };
}
interface ClientData {
  id: string;
  displayName: string;
  consent: { shareWithEmployers: boolean };
  profiles: { id: string }[];
}
interface ProfileData {
  id: string;
  pseudonym: string;
  status: string;
  version: number;
  client: { id: string; displayName: string };
}
interface MatchData {
  id: string;
  job: { id: string };
  candidate: { id: string };
}
interface ProposalData {
  id: string;
  status: string;
  job: { id: string };
  candidate: { id: string; pseudonym: string };
}
interface AuthData {
  token: string;
  user: { id: string; role: string; email: string | null };
}

// ------------------------------------------------------------------------------------------------ the matrix

//                       anonymous admin ownEmployer otherEmployer ownCoordinator otherCoordinator client otherClient
const PUBLIC: Row = [D, D, D, D, D, D, D, D];
const SIGNED_IN: Row = [U, D, D, D, D, D, D, D];
const ADMIN_ONLY: Row = [U, D, F, F, F, F, F, F];
const CLIENTS_OWN: Row = [U, F, F, F, F, F, D, D];
/** Coordinators of the client's service provider act; the other one cannot see the client or profile. */
const OWN_COORDINATOR: Row = [U, F, F, F, D, N, F, F];

const TABLE: Entry[] = [
  // ---------------------------------------------------------------------------------------------- queries
  entry<{ me: { id: string; role: string } }>({
    operation: 'me',
    document: '{ me { id email role organisation { id } } }',
    outcomes: SIGNED_IN,
    check: (data, caller) => expect(data.me.id).toBe(userOf(caller)),
  }),
  entry<{ accommodations: unknown[] }>({
    operation: 'accommodations',
    document: '{ accommodations { code category label } }',
    outcomes: PUBLIC,
    check: (data) => expect(data.accommodations.length).toBeGreaterThan(0),
  }),
  entry<{ demands: unknown[] }>({
    operation: 'demands',
    document: '{ demands { code label } }',
    outcomes: PUBLIC,
    check: (data) => expect(data.demands.length).toBeGreaterThan(0),
  }),
  entry<{ taskTypes: unknown[] }>({
    operation: 'taskTypes',
    document: '{ taskTypes { code label typicalDemands { level demand { code } } } }',
    outcomes: PUBLIC,
    check: (data) => expect(data.taskTypes.length).toBeGreaterThan(0),
  }),
  entry<{ jobs: Connection<JobData> }>({
    operation: 'jobs',
    document: `{ jobs(first: 100) { totalCount edges { node { ${JOB} } } } }`,
    // Clients see the jobs offered to them, through myOffers; the list is for staff.
    outcomes: [U, D, D, D, D, D, F, F],
    check: (data, caller) => {
      const jobs = nodes(data.jobs);
      if (caller === 'admin') expect(ids(jobs)).toEqual(expect.arrayContaining([w.jobs.draft, w.jobs.otherDraft]));
      if (caller === 'ownEmployer' || caller === 'otherEmployer') {
        expect(new Set(jobs.map((job) => job.organisation.id))).toEqual(new Set([organisationOf(caller)]));
      }
      if (caller === 'ownEmployer') {
        expect(ids(jobs)).toEqual(expect.arrayContaining([w.jobs.published, w.jobs.draft, w.jobs.forIntroduction]));
      }
      if (caller === 'ownCoordinator' || caller === 'otherCoordinator') {
        expect(new Set(jobs.map((job) => job.status))).toEqual(new Set(['PUBLISHED']));
        expect(ids(jobs)).toEqual(expect.arrayContaining([w.jobs.published, w.jobs.forIntroduction]));
      }
    },
  }),
  entry<{ job: JobData }>({
    operation: 'job',
    variant: "A's PUBLISHED job, offered to the client",
    document: `query($id: ID!) { job(id: $id) { ${JOB} tasks { id } accommodations { code } } }`,
    outcomes: [U, D, D, D, D, D, D, N],
    prepare: async () => ({ variables: { id: w.jobs.published } }),
    check: (data) => expect(data.job.id).toBe(w.jobs.published),
  }),
  entry<{ job: JobData }>({
    operation: 'job',
    variant: "A's DRAFT job",
    document: `query($id: ID!) { job(id: $id) { ${JOB} } }`,
    outcomes: [U, D, D, N, N, N, N, N],
    prepare: async () => ({ variables: { id: w.jobs.draft } }),
    check: (data) => expect(data.job.id).toBe(w.jobs.draft),
  }),
  entry<{ job: { id: string; matches: Connection<MatchData> } }>({
    operation: 'job',
    variant: 'the matches of the PUBLISHED job',
    document: `query($id: ID!) { job(id: $id) { id ${MATCHES} } }`,
    // Matches are for the job's own employer and for coordinators (their own profiles): the admin, another
    // employer and the client may see the job, not its matches.
    outcomes: [U, F, D, F, D, D, F, N],
    prepare: async () => ({ variables: { id: w.jobs.published } }),
    check: async (data, caller) => {
      const candidates = nodes(data.job.matches).map((match) => match.candidate.id);
      if (caller === 'ownEmployer') {
        expect(candidates).toEqual(expect.arrayContaining([w.client.profileId, w.otherProvider.profileId]));
        // Consented, ACTIVE profiles only.
        const shown = await selected(
          `SELECT p.id FROM capacity_profile p JOIN client c ON c.id = p.client_id
            WHERE p.id = ANY($1::uuid[]) AND p.status = 'ACTIVE' AND c.share_with_employers`,
          candidates,
        );
        expect(shown).toEqual([...candidates].sort());
      } else {
        await expectOwned('capacity_profile', 'service_provider_id', candidates, organisationOf(caller));
        const own = caller === 'ownCoordinator' ? w.client : w.otherProvider;
        expect(candidates).toContain(own.profileId);
      }
    },
  }),
  entry<{ clients: Connection<ClientData> }>({
    operation: 'clients',
    document: `{ clients(first: 100) { totalCount edges { node { ${CLIENT} } } } }`,
    outcomes: [U, F, F, F, D, D, F, F],
    check: async (data, caller) => {
      const clients = ids(nodes(data.clients));
      await expectOwned('client', 'service_provider_id', clients, organisationOf(caller));
      expect(clients).toContain(caller === 'ownCoordinator' ? w.client.clientId : w.otherProvider.clientId);
    },
  }),
  entry<{ clients: Connection<ClientData> }>({
    operation: 'clients',
    variant: 'searched by part of a name',
    // Every test client is an "Ilmari Kuvitteellinen": a search finds the caller's provider's own only.
    document: `{ clients(first: 100, search: "ilm kuvit") { totalCount edges { node { ${CLIENT} } } } }`,
    outcomes: [U, F, F, F, D, D, F, F],
    check: async (data, caller) => {
      const clients = ids(nodes(data.clients));
      await expectOwned('client', 'service_provider_id', clients, organisationOf(caller));
      expect(clients).toContain(caller === 'ownCoordinator' ? w.client.clientId : w.otherProvider.clientId);
    },
  }),
  entry<{ client: { id: string; consentHistory: { byRole: string }[] } }>({
    operation: 'client',
    variant: "the client's consent history",
    document: `query($id: ID!) { client(id: $id) { id consentHistory { shareWithEmployers at byRole } } }`,
    outcomes: [U, F, F, F, D, N, D, N],
    prepare: async () => ({ variables: { id: w.client.clientId } }),
    check: (data) => {
      expect(data.client.id).toBe(w.client.clientId);
      expect(data.client.consentHistory.length).toBeGreaterThan(0);
    },
  }),
  entry<{ client: ClientData }>({
    operation: 'client',
    document: `query($id: ID!) { client(id: $id) { ${CLIENT} contactEmail } }`,
    outcomes: [U, F, F, F, D, N, D, N],
    prepare: async () => ({ variables: { id: w.client.clientId } }),
    check: (data) => {
      expect(data.client.id).toBe(w.client.clientId);
      expect(ids(data.client.profiles)).toEqual([w.client.profileId]);
    },
  }),
  entry<{ profiles: Connection<ProfileData> }>({
    operation: 'profiles',
    document: `{ profiles(first: 100) { totalCount edges { node { ${PROFILE} } } } }`,
    outcomes: [U, F, F, F, D, D, F, F],
    check: async (data, caller) => {
      const profiles = ids(nodes(data.profiles));
      await expectOwned('capacity_profile', 'service_provider_id', profiles, organisationOf(caller));
      expect(profiles).toContain(caller === 'ownCoordinator' ? w.client.profileId : w.otherProvider.profileId);
    },
  }),
  entry<{ profile: ProfileData }>({
    operation: 'profile',
    document: `query($id: ID!) { profile(id: $id) { ${PROFILE} } }`,
    outcomes: [U, F, F, F, D, N, D, N],
    prepare: async () => ({ variables: { id: w.client.profileId } }),
    check: (data) => expect(data.profile).toMatchObject({ id: w.client.profileId, client: { id: w.client.clientId } }),
  }),
  entry<{ profile: { id: string; matches: Connection<MatchData> } }>({
    operation: 'profile',
    variant: "the matches of the client's profile",
    document: `query($id: ID!) { profile(id: $id) { id ${MATCHES} } }`,
    // The client may read the profile, not its matches.
    outcomes: [U, F, F, F, D, N, F, N],
    prepare: async () => ({ variables: { id: w.client.profileId } }),
    check: (data) => {
      const matches = nodes(data.profile.matches);
      expect(new Set(matches.map((match) => match.candidate.id))).toEqual(new Set([w.client.profileId]));
      expect(matches.map((match) => match.job.id)).toEqual(
        expect.arrayContaining([w.jobs.published, w.jobs.forIntroduction]),
      );
    },
  }),
  entry<{ profile: { id: string; offers: { id: string }[] } }>({
    operation: 'profile',
    variant: "the offers of the client's profile",
    document: 'query($id: ID!) { profile(id: $id) { id offers { id status clientComment job { id } } } }',
    outcomes: [U, F, F, F, D, N, D, N],
    prepare: async () => ({ variables: { id: w.client.profileId } }),
    check: (data) => expect(ids(data.profile.offers)).toEqual([w.offer]),
  }),
  entry<{ proposals: Connection<{ id: string }> }>({
    operation: 'proposals',
    variant: "the proposals of the client's profile",
    document: `query($p: ID) { proposals(first: 100, profileId: $p) { totalCount edges { node { id } } } }`,
    // A profile filter is the coordinators' own: an employer is told there is no such profile.
    outcomes: [U, F, N, N, D, D, F, F],
    prepare: async () => ({ variables: { p: w.client.profileId } }),
    check: (data, caller) =>
      expect(ids(nodes(data.proposals))).toEqual(caller === 'ownCoordinator' ? [w.proposals.ofClient] : []),
  }),
  entry<{ candidate: { id: string } }>({
    operation: 'candidate',
    variant: "the client's profile, a match of A's job",
    document: 'query($id: ID!) { candidate(id: $id) { id pseudonym summary } }',
    outcomes: [U, F, D, N, F, F, F, F],
    prepare: async () => ({ variables: { id: w.client.profileId }, target: w.client.profileId }),
    check: (data, _caller, prepared) => expect(data.candidate.id).toBe(prepared.target),
  }),
  entry<{ candidate: { id: string } }>({
    operation: 'candidate',
    variant: "a consented ACTIVE profile proposed for A's job that matches none of its jobs",
    document: 'query($id: ID!) { candidate(id: $id) { id pseudonym summary } }',
    // DESIGN.md: employers see the CandidateProfile of consented, ACTIVE profiles that match *or were proposed to*
    // the organisation's jobs.
    outcomes: [U, F, D, N, F, F, F, F],
    prepare: async () => ({ variables: { id: w.unmatched.profileId }, target: w.unmatched.profileId }),
    check: (data, _caller, prepared) => expect(data.candidate.id).toBe(prepared.target),
  }),
  entry<{ candidate: { id: string } }>({
    operation: 'candidate',
    variant: "a profile proposed for A's job whose client then withdrew consent",
    document: 'query($id: ID!) { candidate(id: $id) { id pseudonym summary } }',
    outcomes: [U, F, N, N, F, F, F, F],
    prepare: async () => ({ variables: { id: w.consentWithdrawn.profileId } }),
  }),
  entry<{ proposals: Connection<ProposalData> }>({
    operation: 'proposals',
    document: `{ proposals(first: 100) { totalCount edges { node { ${PROPOSAL} match { id score } } } } }`,
    // An employer sees the candidates of consented profiles only, through proposals too: the proposal of the
    // profile whose client withdrew consent must not show it (the foreign-id check of every cell says so).
    outcomes: [U, F, D, D, D, D, F, F],
    check: async (data, caller) => {
      const proposals = ids(nodes(data.proposals));
      const employer = caller === 'ownEmployer' || caller === 'otherEmployer';
      const column = employer ? 'employer_organisation_id' : 'service_provider_id';
      await expectOwned('proposal', column, proposals, organisationOf(caller));
      const expected: Partial<Record<Caller, string[]>> = {
        ownEmployer: [w.proposals.ofClient, w.proposals.ofUnmatched, w.proposals.ofOtherProvider],
        otherEmployer: [],
        ownCoordinator: [w.proposals.ofClient, w.proposals.ofConsentWithdrawn, w.proposals.ofUnmatched],
        otherCoordinator: [w.proposals.ofOtherProvider],
      };
      expect(proposals).toEqual(expect.arrayContaining(expected[caller] ?? []));
    },
  }),
  entry<{ myOffers: { id: string; job: { id: string } }[] }>({
    operation: 'myOffers',
    document: '{ myOffers { id status job { id title } carveOut { id } } }',
    outcomes: CLIENTS_OWN,
    check: async (data, caller) => {
      const offers = ids(data.myOffers);
      expect(
        await selected('SELECT id FROM offer WHERE id = ANY($1::uuid[]) AND client_id = $2', offers, clientOf(caller)),
      ).toEqual([...offers].sort());
      expect(offers).toEqual(caller === 'client' ? [w.offer] : []);
    },
  }),
  entry<{ myConsent: { shareWithEmployers: boolean } }>({
    operation: 'myConsent',
    document: '{ myConsent { shareWithEmployers changedAt } }',
    outcomes: CLIENTS_OWN,
    check: (data, caller) => expect(data.myConsent.shareWithEmployers).toBe(caller === 'client'),
  }),
  entry<{ myConsentHistory: { shareWithEmployers: boolean; byRole: string }[] }>({
    operation: 'myConsentHistory',
    document: '{ myConsentHistory { shareWithEmployers at byRole } }',
    outcomes: CLIENTS_OWN,
    check: async (data, caller) => {
      const [{ n }] = await query<{ n: number }>('SELECT count(*)::int AS n FROM consent_event WHERE client_id = $1', [
        clientOf(caller),
      ]);
      expect(data.myConsentHistory).toHaveLength(n);
      if (caller === 'client') expect(data.myConsentHistory[0]?.shareWithEmployers).toBe(true);
    },
  }),
  entry<{ myProfileViews: { organisationName: string }[] }>({
    operation: 'myProfileViews',
    document: '{ myProfileViews { organisationName at } }',
    outcomes: CLIENTS_OWN,
    check: (data, caller) => {
      const names = data.myProfileViews.map((view) => view.organisationName);
      // A read the client's candidate (the world waited for its matches); nobody read the other client's.
      if (caller === 'client') expect(new Set(names)).toEqual(new Set([w.organisationNames.a]));
      else expect(names).toEqual([]);
    },
  }),
  entry<{ placementStats: { proposals: number } }>({
    operation: 'placementStats',
    document: '{ placementStats { proposals accepted trials hires placementRate medianDaysToHire } }',
    outcomes: [U, D, F, F, D, D, F, F],
    check: async (data, caller) => {
      const [{ n }] =
        caller === 'admin'
          ? await query<{ n: number }>('SELECT count(*)::int AS n FROM proposal')
          : await query<{ n: number }>('SELECT count(*)::int AS n FROM proposal WHERE service_provider_id = $1', [
              organisationOf(caller),
            ]);
      expect(data.placementStats.proposals).toBe(n);
    },
  }),

  entry<{ placementStatsByCoordinator: { coordinatorId: string | null; stats: { proposals: number } }[] }>({
    operation: 'placementStatsByCoordinator',
    document: '{ placementStatsByCoordinator { coordinatorId coordinatorEmail stats { proposals hires } } }',
    outcomes: [U, F, F, F, D, D, F, F],
    check: async (data, caller) => {
      const [{ n }] = await query<{ n: number }>(
        'SELECT count(*)::int AS n FROM proposal WHERE service_provider_id = $1',
        [organisationOf(caller)],
      );
      const rows = data.placementStatsByCoordinator;
      expect(rows.reduce((sum, row) => sum + row.stats.proposals, 0)).toBe(n);
      const coordinators = rows.flatMap((row) => (row.coordinatorId ? [row.coordinatorId] : []));
      await expectOwned('app_user', 'organisation_id', coordinators, organisationOf(caller));
    },
  }),
  entry<{
    needsAttention: Record<
      'employerRequests' | 'clientAnswers' | 'waitingForEmployer' | 'quietProfiles',
      { profile: { id: string } }[]
    >;
  }>({
    operation: 'needsAttention',
    document: `{ needsAttention {
      lastVisitAt
      employerRequests { proposal { id } profile { id } }
      clientAnswers { offer { id } profile { id } }
      waitingForEmployer { proposal { id } profile { id } }
      quietProfiles { profile { id } }
    } }`,
    outcomes: [U, F, F, F, D, D, F, F],
    check: async (data, caller) => {
      const lists = data.needsAttention;
      const profiles = [
        ...lists.employerRequests,
        ...lists.clientAnswers,
        ...lists.waitingForEmployer,
        ...lists.quietProfiles,
      ].map((item) => item.profile.id);
      await expectOwned('capacity_profile', 'service_provider_id', [...new Set(profiles)], organisationOf(caller));
    },
  }),
  // ---------------------------------------------------------------------------------------------- mutations
  entry<{ signUpEmployer: AuthData }>({
    operation: 'signUpEmployer',
    document: `mutation($input: SignUpEmployerInput!) {
      signUpEmployer(input: $input) { token user { id role email } }
    }`,
    outcomes: PUBLIC,
    prepare: async () => {
      const email = `signup-${unique()}@example.fi`;
      return {
        variables: {
          input: {
            organisationName: `Yritys ${unique()}`,
            businessId: businessId(),
            municipalityCode: '091',
            email,
            password: PASSWORD,
          },
        },
        target: email,
      };
    },
    check: (data, _caller, prepared) =>
      expect(data.signUpEmployer.user).toMatchObject({ role: 'EMPLOYER', email: prepared.target }),
  }),
  entry<{ login: AuthData }>({
    operation: 'login',
    document: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id role email } } }',
    outcomes: PUBLIC,
    prepare: async () => ({ variables: { e: w.loginAccount.email, p: PASSWORD } }),
    check: (data) => expect(data.login.user.id).toBe(w.loginAccount.userId),
  }),
  entry<{ registerEmployer: boolean }>({
    operation: 'registerEmployer',
    document: 'mutation($input: SignUpEmployerInput!) { registerEmployer(input: $input) }',
    outcomes: PUBLIC,
    prepare: async () => {
      const email = `register-${unique()}@example.fi`;
      return {
        variables: {
          input: {
            organisationName: `Yritys ${unique()}`,
            businessId: businessId(),
            municipalityCode: '091',
            email,
            password: PASSWORD,
          },
        },
        state: snapshot("SELECT count(*)::int AS n FROM email_token WHERE purpose = 'SIGN_UP' AND email = $1", email),
        target: email,
      };
    },
    check: async (data, _caller, prepared) => {
      expect(data.registerEmployer).toBe(true);
      const mail = await stack.mail.waitForMail(prepared.target as string);
      expect(mail.text).toContain('/verify-email?token=');
    },
  }),
  entry<{ verifyEmail: AuthData }>({
    operation: 'verifyEmail',
    document: 'mutation($t: String!) { verifyEmail(token: $t) { token user { id role email } } }',
    outcomes: PUBLIC,
    prepare: async () => {
      const email = `verify-${unique()}@example.fi`;
      await stack.ok('mutation($input: SignUpEmployerInput!) { registerEmployer(input: $input) }', {
        input: {
          organisationName: `Yritys ${unique()}`,
          businessId: businessId(),
          municipalityCode: '091',
          email,
          password: PASSWORD,
        },
      });
      const token = linkToken(await stack.mail.waitForMail(email), '/verify-email');
      return {
        variables: { t: token },
        state: snapshot('SELECT count(*)::int AS n FROM app_user WHERE lower(email) = $1', email),
        target: email,
      };
    },
    check: (data, _caller, prepared) =>
      expect(data.verifyEmail.user).toMatchObject({ role: 'EMPLOYER', email: prepared.target }),
  }),
  entry<{ requestPasswordReset: boolean }>({
    operation: 'requestPasswordReset',
    document: 'mutation($e: String!) { requestPasswordReset(email: $e) }',
    outcomes: PUBLIC,
    prepare: async () => {
      const employer = await signUpEmployer(stack);
      return {
        variables: { e: employer.email },
        state: snapshot('SELECT count(*)::int AS n FROM email_token WHERE user_id = $1', employer.userId),
        target: employer.email,
      };
    },
    check: async (data, _caller, prepared) => {
      expect(data.requestPasswordReset).toBe(true);
      expect((await stack.mail.waitForMail(prepared.target as string)).text).toContain('/reset-password?token=');
    },
  }),
  entry<{ resetPassword: AuthData }>({
    operation: 'resetPassword',
    document:
      'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { token user { id role email } } }',
    outcomes: PUBLIC,
    prepare: async () => {
      const employer = await signUpEmployer(stack);
      await stack.ok('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: employer.email });
      const token = linkToken(await stack.mail.waitForMail(employer.email), '/reset-password');
      return {
        variables: { t: token, p: `a new passphrase ${unique()}` },
        state: snapshot('SELECT password_hash FROM app_user WHERE id = $1', employer.userId),
        target: employer.userId,
      };
    },
    check: (data, _caller, prepared) => expect(data.resetPassword.user.id).toBe(prepared.target),
  }),
  entry<{ acceptInvitation: AuthData }>({
    operation: 'acceptInvitation',
    document:
      'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token user { id role email } } }',
    outcomes: PUBLIC,
    prepare: async () => {
      const email = `invited-${unique()}@example.fi`;
      const { createUser } = await stack.ok<{ createUser: { id: string } }>(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { email, role: 'COORDINATOR', organisationId: w.coordinatorS.organisationId } },
        { token: w.callers.admin.token },
      );
      const token = linkToken(await stack.mail.waitForMail(email), '/accept-invitation');
      return {
        variables: { t: token, p: `my own passphrase ${unique()}` },
        state: snapshot('SELECT password_hash FROM app_user WHERE id = $1', createUser.id),
        target: createUser.id,
      };
    },
    check: (data, _caller, prepared) =>
      expect(data.acceptInvitation.user).toMatchObject({ id: prepared.target, role: 'COORDINATOR' }),
  }),
  entry<{ loginWithAccessCode: AuthData }>({
    operation: 'loginWithAccessCode',
    document: 'mutation($code: String!) { loginWithAccessCode(code: $code) { token user { id role email } } }',
    outcomes: PUBLIC,
    prepare: async () => {
      const clientId = await fresh.client();
      const { issueClientAccessCode: code } = await stack.ok<{ issueClientAccessCode: string }>(
        'mutation($clientId: ID!) { issueClientAccessCode(clientId: $clientId) }',
        { clientId },
        { token: w.coordinatorS.token },
      );
      return { variables: { code }, target: clientId };
    },
    check: async (data, _caller, prepared) => {
      expect(data.loginWithAccessCode.user).toMatchObject({ role: 'CLIENT', email: null });
      const [user] = await query<{ client_id: string }>('SELECT client_id FROM app_user WHERE id = $1', [
        data.loginWithAccessCode.user.id,
      ]);
      expect(user.client_id).toBe(prepared.target);
    },
  }),
  entry<{ auditLog: Connection<{ action: string; organisation: { id: string } | null }> }>({
    operation: 'auditLog',
    document:
      '{ auditLog(first: 100) { totalCount edges { node { at actorRole action organisation { id } detail } } } }',
    // ADMINs read every event, each coordinator those of their own service provider (both have some: the admin
    // created their accounts); nobody else reads the log.
    outcomes: [U, D, F, F, D, D, F, F],
    check: (data, caller) => {
      const events = nodes(data.auditLog);
      expect(events.length).toBeGreaterThan(0);
      if (caller === 'admin') {
        expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['ORGANISATION_CREATED', 'USER_CREATED']));
      } else {
        expect(new Set(events.map((e) => e.organisation?.id))).toEqual(new Set([organisationOf(caller)]));
      }
    },
  }),
  entry<{ benefitRules: { code: string; amountEur: number | null }[] }>({
    operation: 'benefitRules',
    document:
      '{ benefitRules { code kind label explanation amountEur percent maxMonths validFrom validTo sourceUrl } }',
    outcomes: SIGNED_IN,
    check: (data) => {
      expect(data.benefitRules.find((r) => r.code === 'pension.guarantee_floor')?.amountEur).toBe(976.59);
    },
  }),
  entry<{ saveBenefitRule: { code: string; amountEur: number } }>({
    operation: 'saveBenefitRule',
    document: `mutation($input: BenefitRuleInput!) { saveBenefitRule(input: $input) { code amountEur validFrom } }`,
    outcomes: ADMIN_ONLY,
    prepare: async () => {
      const code = `test.rule_${unique()}`;
      return {
        variables: {
          input: {
            code,
            kind: 'EMPLOYER_SUPPORT',
            label: { fi: 'Tuki', sv: 'Stöd', en: 'Support' },
            explanation: { fi: 'Selitys.', sv: 'Förklaring.', en: 'Explanation.' },
            amountEur: 100,
            validFrom: '2026-01-01',
            sourceUrl: 'https://example.fi/tuki',
          },
        },
        state: snapshot('SELECT code, amount_eur FROM benefit_rule WHERE code = $1', code),
        target: code,
      };
    },
    check: (data, _caller, prepared) =>
      expect(data.saveBenefitRule).toEqual({
        code: prepared.target,
        amountEur: 100,
        validFrom: '2026-01-01',
      }),
  }),
  entry<{ scoringStatus: { scorerVersion: number; jobsBehind: number } }>({
    operation: 'scoringStatus',
    document: '{ scoringStatus { scorerVersion jobsBehind profilesBehind rowsOfOlderScorer queued } }',
    outcomes: ADMIN_ONLY,
    check: (data) => {
      expect(data.scoringStatus.scorerVersion).toBe(SCORER_VERSION);
      expect(data.scoringStatus.jobsBehind).toBeGreaterThanOrEqual(0);
    },
  }),
  entry<{ createOrganisation: { id: string; name: string } }>({
    operation: 'createOrganisation',
    document: `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name kind } }`,
    outcomes: ADMIN_ONLY,
    prepare: async () => {
      const name = `Palveluntuottaja ${unique()}`;
      return {
        variables: { input: { name, kind: 'SERVICE_PROVIDER', municipalityCode: '091' } },
        state: snapshot('SELECT count(*)::int AS n FROM organisation WHERE name = $1', name),
        target: name,
      };
    },
    check: (data, _caller, prepared) => expect(data.createOrganisation.name).toBe(prepared.target),
  }),
  entry<{ verifyOrganisation: { id: string; verifiedAt: string | null } }>({
    operation: 'verifyOrganisation',
    document: 'mutation($id: ID!) { verifyOrganisation(id: $id) { id verifiedAt } }',
    outcomes: ADMIN_ONLY,
    prepare: async () => {
      const { organisationId } = await signUpEmployer(stack, `Odottava ${unique()}`, '091', { verified: false });
      return {
        variables: { id: organisationId },
        state: snapshot('SELECT verified_at FROM organisation WHERE id = $1', organisationId),
        target: organisationId,
      };
    },
    check: (data, _caller, prepared) => {
      expect(data.verifyOrganisation.id).toBe(prepared.target);
      expect(data.verifyOrganisation.verifiedAt).not.toBeNull();
    },
  }),
  entry<{ createUser: { id: string; email: string; role: string } }>({
    operation: 'createUser',
    document: `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role organisation { id } } }`,
    outcomes: ADMIN_ONLY,
    prepare: async () => {
      const email = `coordinator-${unique()}@example.fi`;
      return {
        variables: {
          input: { email, password: PASSWORD, role: 'COORDINATOR', organisationId: w.coordinatorS.organisationId },
        },
        state: snapshot('SELECT count(*)::int AS n FROM app_user WHERE lower(email) = $1', email),
        target: email,
      };
    },
    check: (data, _caller, prepared) =>
      expect(data.createUser).toMatchObject({ email: prepared.target, role: 'COORDINATOR' }),
  }),
  entry<{ updateUser: { id: string; organisation: { id: string } } }>({
    operation: 'updateUser',
    document: `mutation($id: ID!, $input: UpdateUserInput!) {
      updateUser(id: $id, input: $input) { id role organisation { id } }
    }`,
    outcomes: ADMIN_ONLY,
    prepare: async () => {
      // A coordinator of S moves to T: a change of organisation, which ends the account's sessions.
      const email = `moving-${unique()}@example.fi`;
      const { createUser } = await stack.ok<{ createUser: { id: string } }>(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        {
          input: { email, password: PASSWORD, role: 'COORDINATOR', organisationId: w.coordinatorS.organisationId },
        },
        { token: w.callers.admin.token },
      );
      await login(stack, email);
      return {
        variables: { id: createUser.id, input: { organisationId: w.coordinatorT.organisationId } },
        state: snapshot(
          `SELECT u.organisation_id, (SELECT count(*)::int FROM session s WHERE s.user_id = u.id AND s.ended_at IS NULL) AS live
             FROM app_user u WHERE u.id = $1`,
          createUser.id,
        ),
        target: createUser.id,
      };
    },
    check: async (data, _caller, prepared) => {
      expect(data.updateUser).toMatchObject({
        id: prepared.target,
        organisation: { id: w.coordinatorT.organisationId },
      });
      const [{ n }] = await query<{ n: number }>(
        'SELECT count(*)::int AS n FROM session WHERE user_id = $1 AND ended_at IS NULL',
        [prepared.target],
      );
      expect(n).toBe(0);
    },
  }),
  entry<{ updateMyPreferences: { id: string; preferredLanguage: string } }>({
    operation: 'updateMyPreferences',
    document: 'mutation($l: Language!) { updateMyPreferences(preferredLanguage: $l) { id preferredLanguage } }',
    outcomes: SIGNED_IN,
    prepare: async (caller) => {
      // A language the caller does not have now, so that the change shows; set back by the next cell's own choice.
      const [row] =
        caller === 'anonymous'
          ? [{ l: 'FI' }]
          : await query<{ l: string }>('SELECT preferred_language AS l FROM app_user WHERE id = $1', [userOf(caller)]);
      const l = row.l === 'SV' ? 'EN' : 'SV';
      return {
        variables: { l },
        state:
          caller === 'anonymous'
            ? snapshot("SELECT count(*)::int AS n FROM app_user WHERE preferred_language = 'SV'")
            : snapshot('SELECT preferred_language FROM app_user WHERE id = $1', userOf(caller)),
        target: l,
      };
    },
    check: (data, caller, prepared) =>
      expect(data.updateMyPreferences).toEqual({ id: userOf(caller), preferredLanguage: prepared.target }),
  }),
  entry<{ recordAttentionVisit: { visitedAt: string } }>({
    operation: 'recordAttentionVisit',
    document: 'mutation { recordAttentionVisit { visitedAt previousVisitAt } }',
    outcomes: [U, F, F, F, D, D, F, F],
    prepare: async (caller) => ({
      state:
        caller === 'anonymous'
          ? snapshot('SELECT count(*)::int AS n FROM coordinator_visit')
          : snapshot('SELECT visited_at FROM coordinator_visit WHERE user_id = $1', userOf(caller)),
    }),
    check: async (_data, caller) => {
      const [row] = await query<{ visited_at: Date }>('SELECT visited_at FROM coordinator_visit WHERE user_id = $1', [
        userOf(caller),
      ]);
      expect(Date.now() - row.visited_at.getTime()).toBeLessThan(60_000);
    },
  }),
  entry<{ updateNotificationSettings: { reminders: boolean } }>({
    operation: 'updateNotificationSettings',
    document: `mutation($input: NotificationSettingsInput!) {
      updateNotificationSettings(input: $input) { proposals introductions offerAnswers reminders }
    }`,
    outcomes: [U, F, D, D, D, D, F, F],
    prepare: async (caller) => {
      // The opposite of the caller's setting now, so that the change shows.
      const [row] =
        caller === 'anonymous'
          ? [{ r: true }]
          : await query<{ r: boolean }>('SELECT notify_reminders AS r FROM app_user WHERE id = $1', [userOf(caller)]);
      return {
        variables: { input: { reminders: !row.r } },
        state:
          caller === 'anonymous'
            ? snapshot('SELECT count(*)::int AS n FROM app_user WHERE NOT notify_reminders')
            : snapshot('SELECT notify_reminders FROM app_user WHERE id = $1', userOf(caller)),
        target: String(!row.r),
      };
    },
    check: async (data, caller, prepared) => {
      expect(data.updateNotificationSettings.reminders).toBe(prepared.target === 'true');
      const me = await stack.ok<{ me: { notificationSettings: { reminders: boolean } } }>(
        '{ me { notificationSettings { reminders } } }',
        {},
        { token: w.callers[signedIn(caller)].token },
      );
      expect(me.me.notificationSettings.reminders).toBe(prepared.target === 'true');
    },
  }),
  entry<{ logout: boolean }>({
    operation: 'logout',
    document: 'mutation { logout }',
    outcomes: SIGNED_IN,
    prepare: async (caller) => {
      const token = await ownSession(caller);
      return { token, state: token ? liveSessions(token) : undefined };
    },
    check: async (data, _caller, prepared) => {
      expect(data.logout).toBe(true);
      expect((await stack.gql('{ me { id } }', {}, { token: prepared.token })).errors?.[0]?.extensions?.code).toBe(U);
    },
  }),
  entry<{ createJob: JobData }>({
    operation: 'createJob',
    document: `mutation($input: JobInput!) { createJob(input: $input) { ${JOB} } }`,
    outcomes: [U, F, D, D, F, F, F, F],
    prepare: async () => {
      const title = `Uusi työ ${unique()}`;
      return {
        variables: { input: jobInput({ title }) },
        state: snapshot('SELECT count(*)::int AS n FROM job WHERE title = $1', title),
        target: title,
      };
    },
    check: (data, caller, prepared) =>
      expect(data.createJob).toMatchObject({
        title: prepared.target,
        status: 'DRAFT',
        organisation: { id: organisationOf(caller) },
      }),
  }),
  entry<{ updateJob: JobData }>({
    operation: 'updateJob',
    variant: "a PUBLISHED job of A's",
    document: `mutation($id: ID!, $input: JobInput!, $expectedVersion: Int) {
      updateJob(id: $id, input: $input, expectedVersion: $expectedVersion) { ${JOB} }
    }`,
    outcomes: [U, F, D, F, F, F, F, F],
    prepare: async () => {
      const id = await fresh.publishedJob();
      return {
        variables: { id, input: jobInput({ title: `Muutettu ${unique()}` }), expectedVersion: 2 },
        state: jobState(id),
        target: id,
      };
    },
    check: (data, _caller, prepared) =>
      expect(data.updateJob).toMatchObject({ id: prepared.target, version: 3, status: 'PUBLISHED' }),
  }),
  entry<{ publishJob: JobData }>({
    operation: 'publishJob',
    variant: "a DRAFT job of A's",
    document: `mutation($id: ID!) { publishJob(id: $id) { ${JOB} } }`,
    outcomes: [U, F, D, N, F, F, F, F],
    prepare: async () => {
      const id = await fresh.draftJob();
      return { variables: { id }, state: jobState(id), target: id };
    },
    check: (data, _caller, prepared) =>
      expect(data.publishJob).toMatchObject({ id: prepared.target, status: 'PUBLISHED' }),
  }),
  entry<{ closeJob: JobData }>({
    operation: 'closeJob',
    variant: "a PUBLISHED job of A's",
    document: `mutation($id: ID!) { closeJob(id: $id) { ${JOB} } }`,
    outcomes: [U, F, D, F, F, F, F, F],
    prepare: async () => {
      const id = await fresh.publishedJob();
      return { variables: { id }, state: jobState(id), target: id };
    },
    check: (data, _caller, prepared) => expect(data.closeJob).toMatchObject({ id: prepared.target, status: 'CLOSED' }),
  }),
  entry<{ createClient: { id: string } }>({
    operation: 'createClient',
    document: `mutation($input: CreateClientInput!) { createClient(input: $input) { ${CLIENT} } }`,
    outcomes: [U, F, F, F, D, D, F, F],
    prepare: async () => ({
      variables: { input: { displayName: 'Aino Esimerkillinen', preferredLanguage: 'FI' } },
      state: snapshot('SELECT count(*)::int AS n FROM client'),
    }),
    check: async (data, caller) => {
      await expectOwned('client', 'service_provider_id', [data.createClient.id], organisationOf(caller));
    },
  }),
  entry<{ issueClientAccessCode: string }>({
    operation: 'issueClientAccessCode',
    document: 'mutation($clientId: ID!) { issueClientAccessCode(clientId: $clientId) }',
    outcomes: OWN_COORDINATOR,
    // A client asks for a code of their own record: readable to them, still not theirs to change.
    prepare: async (caller) => {
      const clientId = isClient(caller) ? ownOf(caller).clientId : await fresh.client();
      return {
        variables: { clientId },
        state: snapshot('SELECT code_hash, issued_at, used_at FROM client_access_code WHERE client_id = $1', clientId),
        target: clientId,
      };
    },
    check: async (data, _caller, prepared) => {
      expect(data.issueClientAccessCode).toMatch(/\S{8,}/);
      expect(await query('SELECT 1 FROM client_access_code WHERE client_id = $1', [prepared.target])).toHaveLength(1);
    },
  }),
  entry<{ recordConsent: ClientData }>({
    operation: 'recordConsent',
    document: `mutation($clientId: ID!, $value: Boolean!) {
      recordConsent(clientId: $clientId, shareWithEmployers: $value) { ${CLIENT} }
    }`,
    outcomes: OWN_COORDINATOR,
    // A client records their consent with setMyConsent; tried here on their own record, with its current value.
    prepare: async (caller) => {
      const clientId = isClient(caller) ? ownOf(caller).clientId : await fresh.client();
      return {
        variables: { clientId, value: caller !== 'otherClient' },
        state: snapshot(
          `SELECT share_with_employers, consent_changed_at,
                  (SELECT count(*)::int FROM consent_event e WHERE e.client_id = c.id) AS events
             FROM client c WHERE c.id = $1`,
          clientId,
        ),
        target: clientId,
      };
    },
    check: (data, _caller, prepared) =>
      expect(data.recordConsent).toMatchObject({ id: prepared.target, consent: { shareWithEmployers: true } }),
  }),
  entry<{ setMyConsent: { shareWithEmployers: boolean } }>({
    operation: 'setMyConsent',
    document:
      'mutation($value: Boolean!) { setMyConsent(shareWithEmployers: $value) { shareWithEmployers changedAt } }',
    outcomes: CLIENTS_OWN,
    // Each client confirms what they have (the world needs the client's consent to stay given).
    prepare: async (caller) => ({
      variables: { value: caller !== 'otherClient' },
      state: snapshot(
        `SELECT (SELECT count(*)::int FROM consent_event) AS events,
                (SELECT count(*)::int FROM client WHERE share_with_employers) AS sharing`,
      ),
    }),
    check: async (data, caller) => {
      expect(data.setMyConsent.shareWithEmployers).toBe(caller === 'client');
      const [row] = await query<{ share_with_employers: boolean }>(
        'SELECT share_with_employers FROM client WHERE id = $1',
        [clientOf(caller)],
      );
      expect(row.share_with_employers).toBe(caller === 'client');
    },
  }),
  entry<{ eraseClient: boolean }>({
    operation: 'eraseClient',
    document: 'mutation($clientId: ID!) { eraseClient(clientId: $clientId) }',
    outcomes: OWN_COORDINATOR,
    prepare: async () => {
      const { clientId } = await fresh.profile();
      return {
        variables: { clientId },
        state: snapshot(
          `SELECT c.id, (SELECT count(*)::int FROM capacity_profile p WHERE p.client_id = c.id) AS profiles
             FROM client c WHERE c.id = $1`,
          clientId,
        ),
        target: clientId,
      };
    },
    check: async (data, _caller, prepared) => {
      expect(data.eraseClient).toBe(true);
      expect(await query('SELECT 1 FROM client WHERE id = $1', [prepared.target])).toEqual([]);
    },
  }),
  entry<{ createProfile: ProfileData }>({
    operation: 'createProfile',
    document: `mutation($clientId: ID!, $input: ProfileInput!) { createProfile(clientId: $clientId, input: $input) { ${PROFILE} } }`,
    outcomes: OWN_COORDINATOR,
    prepare: async (caller) => {
      const clientId = isClient(caller) ? ownOf(caller).clientId : await fresh.client();
      return {
        variables: { clientId, input: profileInput() },
        state: snapshot('SELECT count(*)::int AS n FROM capacity_profile WHERE client_id = $1', clientId),
        target: clientId,
      };
    },
    check: (data, _caller, prepared) =>
      expect(data.createProfile).toMatchObject({ status: 'DRAFT', client: { id: prepared.target } }),
  }),
  entry<{ updateProfile: ProfileData }>({
    operation: 'updateProfile',
    document: `mutation($id: ID!, $input: ProfileInput!, $expectedVersion: Int) {
      updateProfile(id: $id, input: $input, expectedVersion: $expectedVersion) { ${PROFILE} }
    }`,
    outcomes: OWN_COORDINATOR,
    // A client may read their own profile, not change it: tried on their own.
    prepare: async (caller) => {
      const id = isClient(caller) ? ownOf(caller).profileId : (await fresh.profile()).profileId;
      const input = profileInput({ summary: 'Rauhallinen ja täsmällinen, tekee mieluiten aamupäivätöitä.' });
      return { variables: { id, input }, state: profileState(id), target: id };
    },
    check: (data, _caller, prepared) =>
      expect(data.updateProfile).toMatchObject({ id: prepared.target, version: 2, status: 'DRAFT' }),
  }),
  entry<{ setProfileStatus: ProfileData }>({
    operation: 'setProfileStatus',
    document: `mutation($id: ID!, $status: ProfileStatus!) { setProfileStatus(id: $id, status: $status) { ${PROFILE} } }`,
    outcomes: OWN_COORDINATOR,
    // On a client's own profile the move asked for is one to ACTIVE, which cannot harm the world if let through.
    prepare: async (caller) => {
      const id = isClient(caller) ? ownOf(caller).profileId : (await fresh.profile()).profileId;
      return { variables: { id, status: 'ACTIVE' }, state: profileState(id), target: id };
    },
    check: (data, _caller, prepared) =>
      expect(data.setProfileStatus).toMatchObject({ id: prepared.target, status: 'ACTIVE', version: 2 }),
  }),
  entry<{ offerJob: { id: string; status: string; job: { id: string } } }>({
    operation: 'offerJob',
    variant: "A's PUBLISHED job to a profile of S's",
    document: `mutation($jobId: ID!, $profileId: ID!) {
      offerJob(jobId: $jobId, profileId: $profileId, message: "Tämä voisi sopia.") { id status job { id } }
    }`,
    outcomes: OWN_COORDINATOR,
    prepare: async () => {
      const { profileId } = await fresh.profile();
      return {
        variables: { jobId: w.jobs.published, profileId },
        state: snapshot('SELECT count(*)::int AS n FROM offer WHERE profile_id = $1', profileId),
        target: profileId,
      };
    },
    check: async (data, _caller, prepared) => {
      expect(data.offerJob).toMatchObject({ status: 'OFFERED', job: { id: w.jobs.published } });
      const [offer] = await query<{ profile_id: string }>('SELECT profile_id FROM offer WHERE id = $1', [
        data.offerJob.id,
      ]);
      expect(offer.profile_id).toBe(prepared.target);
    },
  }),
  entry<{ respondToOffer: { id: string; status: string } }>({
    operation: 'respondToOffer',
    variant: 'the offer made to the client',
    document: `mutation($offerId: ID!, $interested: Boolean!, $comment: String) {
      respondToOffer(offerId: $offerId, interested: $interested, comment: $comment) { id status clientComment job { id } }
    }`,
    // The client may answer again (change their mind), so one offer serves every cell.
    outcomes: [U, F, F, F, F, F, D, N],
    prepare: async () => ({
      variables: { offerId: w.offer, interested: true, comment: 'Kiinnostaa.' },
      state: snapshot('SELECT status, client_comment, responded_at FROM offer WHERE id = $1', w.offer),
    }),
    check: (data) => expect(data.respondToOffer).toMatchObject({ id: w.offer, status: 'INTERESTED' }),
  }),
  entry<{ proposeCandidate: ProposalData }>({
    operation: 'proposeCandidate',
    variant: "a consented ACTIVE profile of S's for A's PUBLISHED job",
    document: `mutation($jobId: ID!, $profileId: ID!) {
      proposeCandidate(jobId: $jobId, profileId: $profileId) { ${PROPOSAL} }
    }`,
    outcomes: OWN_COORDINATOR,
    prepare: async () => {
      const { profileId } = await activeCandidate(stack, w.coordinatorS.token);
      return {
        variables: { jobId: w.jobs.published, profileId },
        state: snapshot('SELECT count(*)::int AS n FROM proposal WHERE profile_id = $1', profileId),
        target: profileId,
      };
    },
    check: (data, _caller, prepared) =>
      expect(data.proposeCandidate).toMatchObject({
        status: 'AWAITING_EMPLOYER',
        job: { id: w.jobs.published },
        candidate: { id: prepared.target },
      }),
  }),
  entry<{ requestIntroduction: ProposalData }>({
    operation: 'requestIntroduction',
    variant: "the client's profile, a feasible match of A's job",
    document: `mutation($jobId: ID!, $candidateId: ID!) {
      requestIntroduction(jobId: $jobId, candidateId: $candidateId) { ${PROPOSAL} }
    }`,
    // The job is PUBLISHED: another employer sees it, and may not act for it.
    outcomes: [U, F, D, F, F, F, F, F],
    prepare: async () => ({
      variables: { jobId: w.jobs.forIntroduction, candidateId: w.client.profileId },
      state: snapshot(
        'SELECT count(*)::int AS n FROM proposal WHERE job_id = $1 AND profile_id = $2',
        w.jobs.forIntroduction,
        w.client.profileId,
      ),
    }),
    check: (data) =>
      expect(data.requestIntroduction).toMatchObject({
        status: 'AWAITING_COORDINATOR',
        job: { id: w.jobs.forIntroduction },
        candidate: { id: w.client.profileId },
      }),
  }),
  entry<{ respondToProposal: ProposalData }>({
    operation: 'respondToProposal',
    variant: 'a proposal by S, waiting for the employer',
    document: RESPOND_TO_PROPOSAL,
    // The coordinator who proposed is a party, but the proposal waits for the employer.
    outcomes: [U, F, D, N, F, N, F, F],
    prepare: async () => {
      const id = await fresh.proposal();
      return { variables: { id, accept: true }, state: proposalState(id), target: id };
    },
    check: (data, _caller, prepared) =>
      expect(data.respondToProposal).toMatchObject({ id: prepared.target, status: 'ACCEPTED' }),
  }),
  entry<{ recordOutcome: ProposalData }>({
    operation: 'recordOutcome',
    variant: 'an ACCEPTED proposal',
    document: `mutation($id: ID!, $outcome: PlacementOutcome!) { recordOutcome(id: $id, outcome: $outcome) { ${PROPOSAL} } }`,
    outcomes: [U, F, D, N, D, N, F, F],
    prepare: async () => {
      const id = await fresh.proposal(true);
      return { variables: { id, outcome: 'TRIAL' }, state: proposalState(id), target: id };
    },
    check: (data, _caller, prepared) =>
      expect(data.recordOutcome).toMatchObject({ id: prepared.target, status: 'TRIAL' }),
  }),
  entry<{ withdrawProposal: ProposalData }>({
    operation: 'withdrawProposal',
    variant: 'a proposal by S, waiting for the employer',
    document: `mutation($id: ID!) { withdrawProposal(id: $id) { ${PROPOSAL} } }`,
    outcomes: [U, F, D, N, D, N, F, F],
    prepare: async () => {
      const id = await fresh.proposal();
      return { variables: { id }, state: proposalState(id), target: id };
    },
    check: (data, _caller, prepared) =>
      expect(data.withdrawProposal).toMatchObject({ id: prepared.target, status: 'WITHDRAWN' }),
  }),
  // Last: it ends the world's own sessions of the caller, which the cell then replaces.
  entry<{ logoutEverywhere: boolean }>({
    operation: 'logoutEverywhere',
    document: 'mutation { logoutEverywhere }',
    outcomes: SIGNED_IN,
    prepare: async (caller) => {
      const token = await ownSession(caller);
      return { token, state: token ? liveSessions(token) : undefined };
    },
    check: async (data, caller, prepared) => {
      expect(data.logoutEverywhere).toBe(true);
      expect(await liveSessions(prepared.token)()).toEqual([{ n: 0 }]);
      const stale = w.callers[signedIn(caller)].token;
      expect((await stack.gql('{ me { id } }', {}, { token: stale })).errors?.[0]?.extensions?.code).toBe(U);
      await renewWorldSession(signedIn(caller));
    },
  }),
];

// ------------------------------------------------------------------------------------------------ who may see what

/** The world's ids by what they are. */
function worldIds(): Record<string, string> {
  return {
    "A's published job": w.jobs.published,
    "A's draft job": w.jobs.draft,
    "A's job kept for requestIntroduction": w.jobs.forIntroduction,
    "B's draft job": w.jobs.otherDraft,
    "the client's client record": w.client.clientId,
    "the client's profile": w.client.profileId,
    "the other client's client record": w.otherClient.clientId,
    "the other client's profile": w.otherClient.profileId,
    'the client record who withdrew consent': w.consentWithdrawn.clientId,
    'the profile whose client withdrew consent': w.consentWithdrawn.profileId,
    'the unmatched client record': w.unmatched.clientId,
    'the unmatched profile': w.unmatched.profileId,
    "T's client record": w.otherProvider.clientId,
    "T's profile": w.otherProvider.profileId,
    'the offer to the client': w.offer,
    "the proposal of the client's profile": w.proposals.ofClient,
    'the proposal of the profile whose client withdrew consent': w.proposals.ofConsentWithdrawn,
    'the proposal of the unmatched profile': w.proposals.ofUnmatched,
    "T's proposal": w.proposals.ofOtherProvider,
    ...Object.fromEntries(
      CALLERS.filter((c) => c !== 'anonymous').map((c) => [`the user id of ${CALLER_NAMES[c]}`, userOf(c)]),
    ),
  };
}

/** What of the world each caller may see (DESIGN.md); their own user id aside. Everything else is foreign. */
const VISIBLE: Record<Caller, string[]> = {
  anonymous: [],
  admin: ["A's published job", "A's draft job", "A's job kept for requestIntroduction", "B's draft job"],
  ownEmployer: [
    "A's published job",
    "A's draft job",
    "A's job kept for requestIntroduction",
    // Candidates: consented ACTIVE profiles that match or were proposed to A's jobs.
    "the client's profile",
    'the unmatched profile',
    "T's profile",
    "the proposal of the client's profile",
    'the proposal of the profile whose client withdrew consent',
    'the proposal of the unmatched profile',
    "T's proposal",
  ],
  otherEmployer: ["A's published job", "A's job kept for requestIntroduction", "B's draft job"],
  ownCoordinator: [
    "A's published job",
    "A's job kept for requestIntroduction",
    "the client's client record",
    "the client's profile",
    "the other client's client record",
    "the other client's profile",
    'the client record who withdrew consent',
    'the profile whose client withdrew consent',
    'the unmatched client record',
    'the unmatched profile',
    'the offer to the client',
    "the proposal of the client's profile",
    'the proposal of the profile whose client withdrew consent',
    'the proposal of the unmatched profile',
  ],
  otherCoordinator: [
    "A's published job",
    "A's job kept for requestIntroduction",
    "T's client record",
    "T's profile",
    "T's proposal",
  ],
  client: ["A's published job", "the client's client record", "the client's profile", 'the offer to the client'],
  otherClient: ["the other client's client record", "the other client's profile"],
};

/** The ids of the world that `caller` may not see, by what they are. */
function foreignIds(caller: Caller): [string, string][] {
  const own = caller === 'anonymous' ? null : `the user id of ${CALLER_NAMES[caller]}`;
  return Object.entries(worldIds()).filter(([label]) => label !== own && !VISIBLE[caller].includes(label));
}

/** The response as text, with every opaque (base64url) string decoded beside it: match ids encode their pair. */
function searchableText(response: GraphQLResponse): string {
  const parts = [JSON.stringify(response)];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/^[A-Za-z0-9_-]{16,}={0,2}$/.test(value)) parts.push(Buffer.from(value, 'base64url').toString('utf8'));
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  visit(response);
  return parts.join('\n');
}

const outcomeOf = (response: GraphQLResponse): string =>
  response.errors?.length ? (response.errors[0].extensions?.code ?? 'no code') : D;

const nameOf = (item: Entry): string => (item.variant ? `${item.operation} [${item.variant}]` : item.operation);

// ------------------------------------------------------------------------------------------------ the tests

describe('authorization matrix', () => {
  beforeAll(async () => {
    stack = await Stack.start();
    w = await buildWorld(stack);
  });
  afterAll(() => stack?.stop());

  it('has a row for every Query and Mutation of the schema, each once but for named variants', () => {
    const schema = buildSchema(readFileSync(join(process.cwd(), 'schema.gql'), 'utf8'));
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}),
    );
    expect([...new Set(TABLE.map((item) => item.operation))].sort()).toEqual([...operations].sort());
    expect(new Set(TABLE.map(nameOf)).size).toBe(TABLE.length);
  });

  it('knows every id of the world, each once, and what each caller may see of it', () => {
    const world = worldIds();
    const labels = Object.keys(world);
    expect(new Set(Object.values(world)).size).toBe(labels.length);
    for (const id of Object.values(world)) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    for (const caller of CALLERS) expect(labels).toEqual(expect.arrayContaining(VISIBLE[caller]));
  });

  for (const item of TABLE) {
    CALLERS.forEach((caller, column) => {
      const expected = item.outcomes[column];
      it(`${nameOf(item)} × ${CALLER_NAMES[caller]} → ${expected}`, async () => {
        const prepared = item.prepare ? await item.prepare(caller) : {};
        const token = prepared.token ?? (caller === 'anonymous' ? undefined : w.callers[caller].token);
        const before = await prepared.state?.();
        const response = await stack.gql(item.document, prepared.variables ?? {}, { token });

        // The message rides along so that a wrong outcome says why.
        const message = response.errors?.[0]?.message ?? null;
        expect({ outcome: outcomeOf(response), message }).toEqual({ outcome: expected, message });
        const text = searchableText(response);
        expect(
          foreignIds(caller)
            .filter(([, id]) => text.includes(id))
            .map(([label]) => label),
        ).toEqual([]);

        const after = await prepared.state?.();
        if (expected === D) {
          expect(response.data?.[item.operation]).toBeTruthy();
          await item.check?.(response.data, caller, prepared);
          // The state watched is what the operation changes, so that a refused cell's check means something.
          if (prepared.state) expect(after).not.toEqual(before);
        } else {
          expect(after).toEqual(before);
        }
      });
    });
  }
});
