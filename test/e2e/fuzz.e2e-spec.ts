import { tokenPart } from '../utils/forged';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CONFLICT_REASONS, FIELD_REASONS } from '../../src/common/errors/domain-error';
import { type Account, adminToken, createCoordinator, PASSWORD, signUpEmployer } from '../factories/accounts';
import {
  applyForm,
  type Caller,
  CALLERS,
  type FuzzCase,
  MUNICIPALITIES,
  mutationArbitraries,
  MUTATION_NAMES,
  type MutationName,
  parseRef,
  type RawRequest,
  rawRequests,
  RawJson,
  REF_PREFIX,
  type RefName,
  type Taxonomy,
  toJson,
  UNAUTHENTICATED_CALLERS,
} from '../factories/fuzz-arbitraries';
import { createJob, jobInput, type JobInput, publishJob } from '../factories/jobs';
import { scored } from '../factories/matching';
import { createClient, createProfile, recordConsent, setProfileStatus } from '../factories/profiles';
import { eventually, Stack } from '../utils/stack';
import { matchedJobInput } from '../factories/world';

/*
 * Fuzzing of every mutation's input (fast-check), against the real API and worker: generated variables sent over
 * HTTP by signed-in callers of each role, to fixtures that let the input reach validation and business logic.
 * For every request: no 5xx, every error with a contract code (never INTERNAL_SERVER_ERROR), BAD_USER_INPUT naming
 * its fields, success only with data and only for a caller allowed to call the mutation. Then: the data is
 * consistent (no half-written objects), the API is ready and a normal job still gets scored.
 *
 * The seed changes with every run; a failure prints it and the path with the shrunk counterexample (ids in it are
 * refs such as "@ref:publishedJob"; the error also shows the variables as sent). To replay a failure of one mutation:
 *   FUZZ_SEED=<seed> FUZZ_PATH=<path> NODE_OPTIONS=--experimental-vm-modules npx jest test/e2e/fuzz -t '<mutation>:'
 * (the fixtures are made afresh, so a failure that depends on what earlier mutations left may not come back).
 * FUZZ_SCALE=<factor> multiplies the number of inputs, for a longer hunt on a developer's machine.
 */

/** Generated inputs per mutation in one run (argon2 makes the sign-up, user and login ones slow: fewer of them). */
const RUNS: Record<MutationName, number> = {
  signUpEmployer: 120,
  login: 120,
  loginWithAccessCode: 150,
  createOrganisation: 150,
  createUser: 120,
  createJob: 500,
  updateJob: 400,
  publishJob: 120,
  closeJob: 120,
  createClient: 200,
  issueClientAccessCode: 120,
  recordConsent: 120,
  setMyConsent: 100,
  eraseClient: 100,
  createProfile: 500,
  updateProfile: 400,
  setProfileStatus: 150,
  offerJob: 200,
  respondToOffer: 200,
  proposeCandidate: 200,
  requestIntroduction: 150,
  respondToProposal: 200,
  recordOutcome: 150,
  withdrawProposal: 120,
};
const RAW_RUNS = 250;
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const scaled = (runs: number): number => Math.max(1, Math.round(runs * SCALE));
/** Time for one mutation's runs, shrinking included (a shrink re-sends each smaller input). */
const PROPERTY_TIMEOUT = 170_000;
const MIN_INPUTS = 2000;

const CONTRACT_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
];

/** Who may call each mutation (the resolvers' @Public and @Roles); null: anyone. */
const ALLOWED: Record<MutationName, readonly Caller[] | null> = {
  signUpEmployer: null,
  login: null,
  loginWithAccessCode: null,
  createOrganisation: ['admin'],
  createUser: ['admin'],
  createJob: ['employer', 'otherEmployer'],
  updateJob: ['employer', 'otherEmployer'],
  publishJob: ['employer', 'otherEmployer'],
  closeJob: ['employer', 'otherEmployer'],
  createClient: ['coordinator', 'otherCoordinator'],
  issueClientAccessCode: ['coordinator', 'otherCoordinator'],
  recordConsent: ['coordinator', 'otherCoordinator'],
  setMyConsent: ['client'],
  eraseClient: ['coordinator', 'otherCoordinator'],
  createProfile: ['coordinator', 'otherCoordinator'],
  updateProfile: ['coordinator', 'otherCoordinator'],
  setProfileStatus: ['coordinator', 'otherCoordinator'],
  offerJob: ['coordinator', 'otherCoordinator'],
  respondToOffer: ['client'],
  proposeCandidate: ['coordinator', 'otherCoordinator'],
  requestIntroduction: ['employer', 'otherEmployer'],
  respondToProposal: ['employer', 'otherEmployer', 'coordinator', 'otherCoordinator'],
  recordOutcome: ['employer', 'otherEmployer', 'coordinator', 'otherCoordinator'],
  withdrawProposal: ['employer', 'otherEmployer', 'coordinator', 'otherCoordinator'],
};

const AUTH = 'token user { id email role preferredLanguage organisation { id name kind businessId municipalityCode } }';
const JOB = `id status version title description municipalityCode remotePossible hoursPerWeekMin hoursPerWeekMax
  hourlyWage positions publishedAt schedule { day start end } accommodations { code category }
  tasks { id description modifiable hoursShare taskType { code } demands { level demand { code } } }
  matching { upToDate scoredVersion candidatesScored }`;
const PROFILE = `id pseudonym status version summary hoursPerWeekMin hoursPerWeekMax municipalityCode maxCommuteKm
  remoteOnly languages abilities { experience taskType { code } } restrictions { maxLevel demand { code } }
  accommodationNeeds { necessity accommodation { code } } availability { day start end } client { id }
  matching { upToDate }`;
const CLIENT = 'id displayName contactEmail preferredLanguage consent { shareWithEmployers changedAt } profiles { id }';
const OFFER = 'id status message clientComment createdAt respondedAt job { id status } carveOut { id }';
const PROPOSAL = `id status initiatedBy message declineReason createdAt updatedAt job { id status }
  candidate { id pseudonym } events { status actorRole note at }`;

/** One document per mutation, every argument a variable. */
const DOCUMENTS: Record<MutationName, string> = {
  signUpEmployer: `mutation($input: SignUpEmployerInput!) { signUpEmployer(input: $input) { ${AUTH} } }`,
  login: `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { ${AUTH} } }`,
  loginWithAccessCode: `mutation($code: String!) { loginWithAccessCode(code: $code) { ${AUTH} } }`,
  createOrganisation: `mutation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) { id name kind businessId municipalityCode } }`,
  createUser: `mutation($input: CreateUserInput!) {
    createUser(input: $input) { id email role preferredLanguage organisation { id kind } } }`,
  createJob: `mutation($input: JobInput!) { createJob(input: $input) { ${JOB} } }`,
  updateJob: `mutation($id: ID!, $input: JobInput!, $expectedVersion: Int) {
    updateJob(id: $id, input: $input, expectedVersion: $expectedVersion) { ${JOB} } }`,
  publishJob: `mutation($id: ID!) { publishJob(id: $id) { ${JOB} } }`,
  closeJob: `mutation($id: ID!, $filled: Boolean) { closeJob(id: $id, filled: $filled) { ${JOB} } }`,
  createClient: `mutation($input: CreateClientInput!) { createClient(input: $input) { ${CLIENT} } }`,
  issueClientAccessCode: 'mutation($clientId: ID!) { issueClientAccessCode(clientId: $clientId) }',
  recordConsent: `mutation($clientId: ID!, $shareWithEmployers: Boolean!) {
    recordConsent(clientId: $clientId, shareWithEmployers: $shareWithEmployers) { ${CLIENT} } }`,
  setMyConsent: `mutation($shareWithEmployers: Boolean!) {
    setMyConsent(shareWithEmployers: $shareWithEmployers) { shareWithEmployers changedAt } }`,
  eraseClient: 'mutation($clientId: ID!) { eraseClient(clientId: $clientId) }',
  createProfile: `mutation($clientId: ID!, $input: ProfileInput!) {
    createProfile(clientId: $clientId, input: $input) { ${PROFILE} } }`,
  updateProfile: `mutation($id: ID!, $input: ProfileInput!, $expectedVersion: Int) {
    updateProfile(id: $id, input: $input, expectedVersion: $expectedVersion) { ${PROFILE} } }`,
  setProfileStatus: `mutation($id: ID!, $status: ProfileStatus!) { setProfileStatus(id: $id, status: $status) { ${PROFILE} } }`,
  offerJob: `mutation($jobId: ID!, $profileId: ID!, $message: String) {
    offerJob(jobId: $jobId, profileId: $profileId, message: $message) { ${OFFER} } }`,
  respondToOffer: `mutation($offerId: ID!, $interested: Boolean!, $comment: String) {
    respondToOffer(offerId: $offerId, interested: $interested, comment: $comment) { ${OFFER} } }`,
  proposeCandidate: `mutation($jobId: ID!, $profileId: ID!, $message: String) {
    proposeCandidate(jobId: $jobId, profileId: $profileId, message: $message) { ${PROPOSAL} } }`,
  requestIntroduction: `mutation($jobId: ID!, $candidateId: ID!, $message: String) {
    requestIntroduction(jobId: $jobId, candidateId: $candidateId, message: $message) { ${PROPOSAL} } }`,
  respondToProposal: `mutation($id: ID!, $accept: Boolean!, $declineReason: DeclineReason, $note: String) {
    respondToProposal(id: $id, accept: $accept, declineReason: $declineReason, note: $note) { ${PROPOSAL} } }`,
  recordOutcome: `mutation($id: ID!, $outcome: PlacementOutcome!, $note: String) {
    recordOutcome(id: $id, outcome: $outcome, note: $note) { ${PROPOSAL} } }`,
  withdrawProposal: `mutation($id: ID!) { withdrawProposal(id: $id) { ${PROPOSAL} } }`,
};

/** world.ts's job the default profile matches after a carve-out, with positions enough that hires never fill it. */
const feasibleJob = (overrides: Partial<JobInput> = {}): JobInput => matchedJobInput({ positions: 100, ...overrides });

const OPEN_PROPOSAL = `('AWAITING_EMPLOYER', 'AWAITING_COORDINATOR', 'ACCEPTED', 'TRIAL', 'HIRED')`;

/** How a referenced fixture is kept: made once, re-made when no longer in its state, picked by query, or new. */
type RefDef =
  | { kind: 'static'; value: string }
  | { kind: 'cached'; valid: (id: string) => Promise<boolean>; make: () => Promise<string> }
  | { kind: 'pick'; pick: () => Promise<string | undefined>; make: () => Promise<string> }
  | { kind: 'fresh'; make: () => Promise<string> }
  | { kind: 'number'; get: () => Promise<number> };

/**
 * The fixtures of the fuzzing and the accounts that send it. Fuzzed mutations change them (publish the draft, close
 * the published job, answer proposals, pause profiles): each ref is checked against the database when an input
 * names it, and re-made when it is no longer what its name says.
 */
class World {
  readonly tokens = new Map<Caller, string | undefined>();
  private readonly defs = new Map<RefName, RefDef>();
  private readonly cache = new Map<RefName, string>();
  /** Profiles kept for introductions to the intro job: never proposed for other jobs, so never hired away. */
  readonly introCandidates = new Set<string>();

  constructor(
    readonly stack: Stack,
    readonly employer: Account,
    readonly otherEmployer: Account,
    readonly coordinator: Account,
    readonly otherCoordinator: Account,
  ) {}

  define(name: RefName, def: RefDef): void {
    this.defs.set(name, def);
  }

  async ok<T = Record<string, unknown>>(
    token: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    return this.stack.ok<T>(query, variables, { token });
  }

  async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.stack.db.query(sql, params)).rows as T[];
  }

  async exists(sql: string, params: unknown[]): Promise<boolean> {
    return (await this.rows(sql, params)).length > 0;
  }

  async first(sql: string, params: unknown[]): Promise<string | undefined> {
    return (await this.rows<{ id: string }>(sql, params))[0]?.id;
  }

  async resolve(name: RefName): Promise<string | number> {
    const def = this.defs.get(name);
    if (!def) throw new Error(`no fixture ${name}`);
    switch (def.kind) {
      case 'static':
        return def.value;
      case 'number':
        return def.get();
      case 'fresh':
        return def.make();
      case 'pick':
        return (await def.pick()) ?? (await def.make());
      case 'cached': {
        const known = this.cache.get(name);
        if (known !== undefined && (await def.valid(known))) return known;
        const made = await def.make();
        this.cache.set(name, made);
        return made;
      }
    }
  }

  async resolveString(name: RefName): Promise<string> {
    return String(await this.resolve(name));
  }

  /** The value with every ref replaced; objects rebuilt key by key, so an own `__proto__` key stays a key. */
  async resolveAll(value: unknown): Promise<unknown> {
    if (typeof value === 'string') {
      const parsed = parseRef(value);
      if (!parsed) return value;
      const resolved = await this.resolve(parsed.name);
      return typeof resolved === 'number' ? resolved : applyForm(resolved, parsed.form);
    }
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const item of value) out.push(await this.resolveAll(item));
      return out;
    }
    if (value && typeof value === 'object' && !(value instanceof RawJson)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        Object.defineProperty(out, key, {
          value: await this.resolveAll(item),
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      return out;
    }
    return value;
  }

  /** Refs in a hand-written body, replaced in its text. */
  async resolveText(text: string): Promise<string> {
    const pattern = new RegExp(`${REF_PREFIX}([A-Za-z:]+)(?:\\|([A-Za-z]+))?`, 'g');
    const found = [...text.matchAll(pattern)];
    let out = text;
    for (const match of found) {
      const resolved = await this.resolveAll(match[0]);
      out = out.replace(match[0], String(resolved));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------- making fixtures

  async newJob(account: Account, status: 'DRAFT' | 'PUBLISHED', overrides: Partial<JobInput> = {}): Promise<string> {
    const job = await createJob(this.stack, account.token, feasibleJob(overrides));
    if (status === 'PUBLISHED') await publishJob(this.stack, account.token, job.id);
    return job.id;
  }

  async newProfile(
    account: Account,
    { status = 'DRAFT', consent = false }: { status?: 'DRAFT' | 'ACTIVE' | 'ARCHIVED'; consent?: boolean } = {},
  ): Promise<{ clientId: string; profileId: string }> {
    const client = await createClient(this.stack, account.token);
    if (consent) await recordConsent(this.stack, account.token, client.id, true);
    const profile = await createProfile(this.stack, account.token, client.id);
    if (status !== 'DRAFT') await setProfileStatus(this.stack, account.token, profile.id, status);
    return { clientId: client.id, profileId: profile.id };
  }

  async propose(jobId: string, profileId: string, account = this.coordinator): Promise<string> {
    const data = await this.ok<{ proposeCandidate: { id: string } }>(
      account.token,
      'mutation($j: ID!, $p: ID!) { proposeCandidate(jobId: $j, profileId: $p) { id } }',
      { j: jobId, p: profileId },
    );
    return data.proposeCandidate.id;
  }

  async answer(token: string, id: string, accept: boolean): Promise<void> {
    await this.ok(
      token,
      'mutation($id: ID!, $a: Boolean!, $r: DeclineReason) { respondToProposal(id: $id, accept: $a, declineReason: $r) { id } }',
      { id, a: accept, r: accept ? null : 'OTHER' },
    );
  }

  async outcome(id: string, outcome: 'TRIAL' | 'HIRED' | 'ENDED'): Promise<void> {
    await this.ok(
      this.coordinator.token,
      'mutation($id: ID!, $o: PlacementOutcome!) { recordOutcome(id: $id, outcome: $o) { id } }',
      {
        id,
        o: outcome,
      },
    );
  }

  async withdraw(token: string, id: string): Promise<void> {
    await this.ok(token, 'mutation($id: ID!) { withdrawProposal(id: $id) { id } }', { id });
  }

  async offer(jobId: string, profileId: string, account = this.coordinator): Promise<string> {
    const data = await this.ok<{ offerJob: { id: string } }>(
      account.token,
      'mutation($j: ID!, $p: ID!) { offerJob(jobId: $j, profileId: $p) { id } }',
      { j: jobId, p: profileId },
    );
    return data.offerJob.id;
  }

  async issueCode(clientId: string): Promise<string> {
    const data = await this.ok<{ issueClientAccessCode: string }>(
      this.coordinator.token,
      'mutation($c: ID!) { issueClientAccessCode(clientId: $c) }',
      { c: clientId },
    );
    return data.issueClientAccessCode;
  }

  async signInWithCode(code: string): Promise<string> {
    const data = await this.stack.ok<{ loginWithAccessCode: { token: string } }>(
      'mutation($c: String!) { loginWithAccessCode(code: $c) { token } }',
      { c: code },
    );
    return data.loginWithAccessCode.token;
  }

  /** A profile of the coordinator that is a feasible, proposable match of the intro job (waits for the worker). */
  async freeIntroCandidate(introJob: string): Promise<string | undefined> {
    return this.first(
      `SELECT m.profile_id AS id
         FROM match m JOIN capacity_profile p ON p.id = m.profile_id JOIN client c ON c.id = p.client_id
        WHERE m.job_id = $1 AND m.feasible AND p.status = 'ACTIVE' AND c.share_with_employers
          AND p.service_provider_id = $2
          AND NOT EXISTS (SELECT 1 FROM proposal x WHERE x.job_id = m.job_id AND x.profile_id = p.id
                           AND x.status IN ${OPEN_PROPOSAL})
        ORDER BY random() LIMIT 1`,
      [introJob, this.coordinator.organisationId],
    );
  }
}

/** A JWT with `alg: none` for the admin: must never be accepted. */
function forgedToken(subject: string): string {
  const now = Math.floor(Date.now() / 1000);
  return `${tokenPart({ alg: 'none', typ: 'JWT' })}.${tokenPart({ sub: subject, iss: 'jobcenter', aud: 'jobcenter-api', iat: now, exp: now + 3600 })}.`;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: {
    message?: unknown;
    path?: unknown;
    extensions?: { code?: unknown; fields?: unknown; reason?: unknown };
  }[];
}

/** Everything wrong with one response. */
function problemsOf(status: number, text: string, mutation: MutationName | null, caller: Caller | null): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  let body: GraphQLBody;
  try {
    body = JSON.parse(text) as GraphQLBody;
  } catch {
    problems.push('the response is not JSON');
    return problems;
  }
  if (!body || typeof body !== 'object') return [...problems, 'the response is not a JSON object'];
  const { errors } = body;
  if (errors !== undefined) {
    if (!Array.isArray(errors) || errors.length === 0) return [...problems, '`errors` is not a non-empty list'];
    for (const error of errors) {
      const code = error?.extensions?.code;
      if (typeof code !== 'string' || !CONTRACT_CODES.includes(code)) {
        problems.push(`an error without a contract code (${String(code)}): ${String(error?.message)}`);
      }
      if (code === 'BAD_USER_INPUT') {
        const fields = error.extensions?.fields;
        const wellFormed =
          Array.isArray(fields) &&
          fields.length > 0 &&
          fields.every(
            (f: { field?: unknown; message?: unknown; reason?: unknown }) =>
              typeof f?.field === 'string' &&
              f.field.length > 0 &&
              typeof f?.message === 'string' &&
              f.message.length > 0 &&
              (FIELD_REASONS as readonly unknown[]).includes(f.reason),
          );
        if (!wellFormed)
          problems.push(`BAD_USER_INPUT without a list of { field, message, reason }: ${JSON.stringify(fields)}`);
      }
      if (code === 'CONFLICT' && !(CONFLICT_REASONS as readonly unknown[]).includes(error.extensions?.reason)) {
        problems.push(`CONFLICT without a documented reason: ${JSON.stringify(error.extensions)}`);
      }
    }
    if (mutation && body.data?.[mutation] != null) problems.push('errors and data at once');
  } else if (status >= 400) {
    problems.push(`a rejection (HTTP ${status}) without errors: ${excerpt(text, 200)}`);
  } else if (mutation && body.data?.[mutation] == null) {
    problems.push('neither errors nor data for the mutation');
  }
  if (mutation && caller) {
    const allowed = ALLOWED[mutation];
    const succeeded = errors === undefined && body.data?.[mutation] != null;
    if (allowed && !allowed.includes(caller)) {
      if (succeeded) problems.push(`succeeded for ${caller}, who may not call ${mutation}`);
      // The guard runs before any validation of arguments: an error of the execution is the caller's.
      const expected = UNAUTHENTICATED_CALLERS.includes(caller) ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      for (const error of errors ?? []) {
        if (error?.path && error.extensions?.code !== expected) {
          problems.push(`${String(error.extensions?.code)} instead of ${expected} for ${caller}`);
        }
      }
    }
  }
  return problems;
}

const excerpt = (text: string, max = 1500): string =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;

describe('fuzzing of every mutation', () => {
  let stack: Stack;
  let world: World;
  let taxonomy: Taxonomy;
  let arbitraries: Record<MutationName, fc.Arbitrary<FuzzCase>>;
  const sent = new Map<MutationName | 'raw', number>();
  const outcomes = new Map<string, number>();
  /** Inputs that succeeded, per mutation; the mutations whose runs all passed. */
  const succeeded = new Map<MutationName, number>();
  const completed = new Set<MutationName>();

  const count = (key: MutationName | 'raw'): void => {
    sent.set(key, (sent.get(key) ?? 0) + 1);
  };

  beforeAll(async () => {
    stack = await Stack.start({
      env: { AUTH_RATE_LIMIT_PER_ADDRESS: '1000000', AUTH_RATE_LIMIT_PER_ACCOUNT: '1000000' },
    });
    const admin = await adminToken(stack);
    const [employer, otherEmployer, coordinator, otherCoordinator] = await Promise.all([
      signUpEmployer(stack, 'Fuzz Ravintola Oy'),
      signUpEmployer(stack, 'Toinen Työnantaja Oy'),
      createCoordinator(stack, admin),
      createCoordinator(stack, admin),
    ]);
    world = new World(stack, employer, otherEmployer, coordinator, otherCoordinator);

    const codes = await stack.ok<{
      taskTypes: { code: string }[];
      demands: { code: string }[];
      accommodations: { code: string }[];
    }>('{ taskTypes { code } demands { code } accommodations { code } }');
    taxonomy = {
      taskTypes: codes.taskTypes.map((t) => t.code),
      demands: codes.demands.map((d) => d.code),
      accommodations: codes.accommodations.map((a) => a.code),
      municipalities: MUNICIPALITIES,
    };
    arbitraries = mutationArbitraries(taxonomy);

    // The client K, signed in with an access code, with an ACTIVE profile; a client erased after signing in.
    const k = await world.newProfile(coordinator, { status: 'ACTIVE', consent: true });
    const kToken = await world.signInWithCode(await world.issueCode(k.clientId));
    const erased = await world.newProfile(coordinator, { status: 'ACTIVE', consent: true });
    const erasedToken = await world.signInWithCode(await world.issueCode(erased.clientId));
    const [{ id: adminId }] = await world.rows<{ id: string }>(`SELECT id FROM app_user WHERE role = 'ADMIN' LIMIT 1`);

    const [introJob, closedJob, offeredJob, otherPublished] = await Promise.all([
      world.newJob(employer, 'PUBLISHED', { title: 'Esittelyt' }),
      world.newJob(employer, 'PUBLISHED', { title: 'Suljettu' }),
      world.newJob(employer, 'PUBLISHED', { title: 'Tarjottu ja suljettu' }),
      world.newJob(otherEmployer, 'PUBLISHED', { title: 'Toisen työ' }),
    ]);
    const [client, other, otherOfferTarget, archived, codeClient, usedCodeClient] = await Promise.all([
      createClient(stack, coordinator.token),
      createClient(stack, otherCoordinator.token),
      world.newProfile(otherCoordinator, { status: 'ACTIVE', consent: true }),
      world.newProfile(coordinator, { status: 'ARCHIVED' }),
      createClient(stack, coordinator.token),
      createClient(stack, coordinator.token),
    ]);
    // Candidates for introductions: feasible matches of the intro job once the worker has scored them.
    const introCandidates = await Promise.all(
      Array.from({ length: 10 }, () => world.newProfile(coordinator, { status: 'ACTIVE', consent: true })),
    );
    for (const candidate of introCandidates) world.introCandidates.add(candidate.profileId);

    // A withdrawn offer (its job closed), another provider's offer and proposal, a closed proposal, an erased
    // client's proposal.
    const withdrawnOffer = await world.offer(offeredJob, k.profileId);
    const closedProposal = await world.propose(offeredJob, introCandidates[0].profileId);
    await world.withdraw(coordinator.token, closedProposal);
    const erasedProposal = await world.propose(offeredJob, erased.profileId);
    await world.ok(employer.token, 'mutation($id: ID!) { closeJob(id: $id) { id } }', { id: offeredJob });
    await world.ok(employer.token, 'mutation($id: ID!) { closeJob(id: $id) { id } }', { id: closedJob });
    await world.ok(coordinator.token, 'mutation($c: ID!) { eraseClient(clientId: $c) }', { c: erased.clientId });
    const otherOffer = await world.offer(otherPublished, otherOfferTarget.profileId, otherCoordinator);
    const otherProposal = await world.propose(otherPublished, otherOfferTarget.profileId, otherCoordinator);
    const usedCode = await world.issueCode(usedCodeClient.id);
    await world.signInWithCode(usedCode);
    const [{ business_id: businessId }] = await world.rows<{ business_id: string }>(
      'SELECT business_id FROM organisation WHERE id = $1',
      [employer.organisationId],
    );

    for (const [caller, token] of [
      ['anonymous', undefined],
      ['garbageToken', 'garbage.token.value'],
      ['forgedToken', forgedToken(adminId)],
      ['erasedClient', erasedToken],
      ['admin', admin],
      ['employer', employer.token],
      ['otherEmployer', otherEmployer.token],
      ['coordinator', coordinator.token],
      ['otherCoordinator', otherCoordinator.token],
      ['client', kToken],
    ] as const) {
      world.tokens.set(caller, token);
    }
    expect([...world.tokens.keys()].sort()).toEqual([...CALLERS].sort());

    const statusOf = (table: 'job' | 'capacity_profile', id: string, statuses: string[]) =>
      world.exists(`SELECT 1 FROM ${table} WHERE id = $1 AND status = ANY($2::text[])`, [id, statuses]);
    const version = async (name: RefName, table: 'job' | 'capacity_profile', delta = 0): Promise<number> => {
      const rows = await world.rows<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [
        await world.resolveString(name),
      ]);
      return (rows[0]?.version ?? 1) + delta;
    };
    const proposalIn = async (status: string): Promise<string | undefined> =>
      world.first(
        `SELECT p.id FROM proposal p JOIN job j ON j.id = p.job_id
          WHERE p.status = $1 AND p.employer_organisation_id = $2 AND p.service_provider_id = $3
            AND p.profile_id IS NOT NULL AND j.status = 'PUBLISHED'
          ORDER BY random() LIMIT 1`,
        [status, employer.organisationId, coordinator.organisationId],
      );
    const newAwaitingEmployer = async (): Promise<string> =>
      world.propose(await world.resolveString('publishedJob'), await world.resolveString('proposableProfile'));
    const newAccepted = async (): Promise<string> => {
      const id = await newAwaitingEmployer();
      await world.answer(employer.token, id, true);
      return id;
    };

    // jobs
    world.define('draftJob', {
      kind: 'cached',
      valid: (id) => statusOf('job', id, ['DRAFT']),
      make: () => world.newJob(employer, 'DRAFT'),
    });
    world.define('publishedJob', {
      kind: 'cached',
      valid: (id) => statusOf('job', id, ['PUBLISHED']),
      make: () => world.newJob(employer, 'PUBLISHED'),
    });
    world.define('otherDraftJob', {
      kind: 'cached',
      valid: (id) => statusOf('job', id, ['DRAFT']),
      make: () => world.newJob(otherEmployer, 'DRAFT'),
    });
    world.define('otherPublishedJob', {
      kind: 'cached',
      valid: (id) => statusOf('job', id, ['PUBLISHED']),
      make: () => world.newJob(otherEmployer, 'PUBLISHED'),
    });
    world.define('closedJob', { kind: 'static', value: closedJob });
    world.define('introJob', { kind: 'static', value: introJob });
    world.define('version:draftJob', { kind: 'number', get: () => version('draftJob', 'job') });
    world.define('version:publishedJob', { kind: 'number', get: () => version('publishedJob', 'job') });
    world.define('staleVersion:publishedJob', { kind: 'number', get: () => version('publishedJob', 'job', -1) });
    world.define('version:draftProfile', { kind: 'number', get: () => version('draftProfile', 'capacity_profile') });
    world.define('version:activeProfile', { kind: 'number', get: () => version('activeProfile', 'capacity_profile') });
    world.define('staleVersion:draftProfile', {
      kind: 'number',
      get: () => version('draftProfile', 'capacity_profile', -1),
    });

    // profiles
    world.define('activeProfile', {
      kind: 'cached',
      valid: (id) =>
        world.exists(
          `SELECT 1 FROM capacity_profile p JOIN client c ON c.id = p.client_id
            WHERE p.id = $1 AND p.status = 'ACTIVE' AND c.share_with_employers`,
          [id],
        ),
      make: async () => (await world.newProfile(coordinator, { status: 'ACTIVE', consent: true })).profileId,
    });
    world.define('draftProfile', {
      kind: 'cached',
      valid: (id) => statusOf('capacity_profile', id, ['DRAFT']),
      make: async () => (await world.newProfile(coordinator)).profileId,
    });
    world.define('statusProfile', {
      kind: 'cached',
      valid: (id) => statusOf('capacity_profile', id, ['DRAFT', 'ACTIVE', 'PAUSED', 'PLACED']),
      make: async () => (await world.newProfile(coordinator)).profileId,
    });
    world.define('otherProfile', {
      kind: 'cached',
      valid: (id) => statusOf('capacity_profile', id, ['ACTIVE']),
      make: async () => (await world.newProfile(otherCoordinator, { status: 'ACTIVE', consent: true })).profileId,
    });
    world.define('archivedProfile', { kind: 'static', value: archived.profileId });
    world.define('clientProfile', { kind: 'static', value: k.profileId });
    world.define('proposableProfile', {
      kind: 'pick',
      pick: async () =>
        world.first(
          `SELECT p.id FROM capacity_profile p JOIN client c ON c.id = p.client_id
            WHERE p.service_provider_id = $1 AND p.status = 'ACTIVE' AND c.share_with_employers
              AND NOT EXISTS (SELECT 1 FROM proposal x WHERE x.job_id = $2 AND x.profile_id = p.id
                               AND x.status IN ${OPEN_PROPOSAL})
              AND NOT p.id = ANY($3::uuid[])
            ORDER BY random() LIMIT 1`,
          [coordinator.organisationId, await world.resolveString('publishedJob'), [...world.introCandidates]],
        ),
      make: async () => (await world.newProfile(coordinator, { status: 'ACTIVE', consent: true })).profileId,
    });
    world.define('offerableProfile', {
      kind: 'pick',
      pick: async () =>
        world.first(
          `SELECT p.id FROM capacity_profile p
            WHERE p.service_provider_id = $1
              AND NOT EXISTS (SELECT 1 FROM offer o WHERE o.job_id = $2 AND o.profile_id = p.id AND o.status <> 'WITHDRAWN')
            ORDER BY random() LIMIT 1`,
          [coordinator.organisationId, await world.resolveString('publishedJob')],
        ),
      make: async () => (await world.newProfile(coordinator, { status: 'ACTIVE' })).profileId,
    });
    world.define('introCandidate', {
      kind: 'pick',
      pick: () => world.freeIntroCandidate(introJob),
      make: async () => {
        // Free one up: withdraw an open proposal of the intro job; else a new candidate, once the worker scored it.
        const open = await world.first(
          `SELECT id FROM proposal WHERE job_id = $1 AND service_provider_id = $2 AND profile_id IS NOT NULL
              AND status IN ('AWAITING_EMPLOYER', 'AWAITING_COORDINATOR', 'ACCEPTED') LIMIT 1`,
          [introJob, coordinator.organisationId],
        );
        if (open) await world.withdraw(coordinator.token, open);
        const freed = await world.freeIntroCandidate(introJob);
        if (freed) return freed;
        const { profileId } = await world.newProfile(coordinator, { status: 'ACTIVE', consent: true });
        world.introCandidates.add(profileId);
        return eventually(async () => world.freeIntroCandidate(introJob), 60_000, 'a new intro candidate to be scored');
      },
    });

    // clients
    world.define('client', { kind: 'static', value: client.id });
    world.define('clientK', { kind: 'static', value: k.clientId });
    world.define('otherClient', { kind: 'static', value: other.id });
    world.define('erasedClient', { kind: 'static', value: erased.clientId });
    world.define('erasableClient', {
      kind: 'fresh',
      make: async () => (await createClient(stack, coordinator.token)).id,
    });

    // offers
    world.define('openOffer', {
      kind: 'pick',
      pick: () =>
        world.first(
          `SELECT o.id FROM offer o JOIN job j ON j.id = o.job_id
            WHERE o.client_id = $1 AND o.status <> 'WITHDRAWN' AND j.status = 'PUBLISHED' LIMIT 1`,
          [k.clientId],
        ),
      make: async () => world.offer(await world.resolveString('publishedJob'), k.profileId),
    });
    world.define('withdrawnOffer', { kind: 'static', value: withdrawnOffer });
    world.define('otherOffer', { kind: 'static', value: otherOffer });

    // proposals
    world.define('proposalAwaitingEmployer', {
      kind: 'pick',
      pick: () => proposalIn('AWAITING_EMPLOYER'),
      make: newAwaitingEmployer,
    });
    world.define('proposalAwaitingCoordinator', {
      kind: 'pick',
      pick: () => proposalIn('AWAITING_COORDINATOR'),
      make: async () => {
        const data = await world.ok<{ requestIntroduction: { id: string } }>(
          employer.token,
          'mutation($j: ID!, $c: ID!) { requestIntroduction(jobId: $j, candidateId: $c) { id } }',
          { j: introJob, c: await world.resolveString('introCandidate') },
        );
        return data.requestIntroduction.id;
      },
    });
    world.define('proposalAccepted', { kind: 'pick', pick: () => proposalIn('ACCEPTED'), make: newAccepted });
    world.define('proposalTrial', {
      kind: 'pick',
      pick: () => proposalIn('TRIAL'),
      make: async () => {
        const id = await newAccepted();
        await world.outcome(id, 'TRIAL');
        return id;
      },
    });
    world.define('proposalClosed', { kind: 'static', value: closedProposal });
    world.define('otherProposal', { kind: 'static', value: otherProposal });
    world.define('erasedProposal', { kind: 'static', value: erasedProposal });

    // organisations, accounts, codes
    world.define('serviceProvider', { kind: 'static', value: coordinator.organisationId });
    world.define('employerOrganisation', { kind: 'static', value: employer.organisationId });
    world.define('otherServiceProvider', { kind: 'static', value: otherCoordinator.organisationId });
    world.define('existingBusinessId', { kind: 'static', value: businessId });
    world.define('employerEmail', { kind: 'static', value: employer.email });
    world.define('accessCode', { kind: 'fresh', make: () => world.issueCode(codeClient.id) });
    world.define('usedAccessCode', { kind: 'static', value: usedCode });

    // The worker pairs the intro candidates with the intro job before the fuzzing starts.
    await eventually(
      async () => {
        const rows = await world.rows<{ n: number }>(
          'SELECT count(*)::int AS n FROM match WHERE job_id = $1 AND feasible',
          [introJob],
        );
        return rows[0].n >= introCandidates.length ? true : undefined;
      },
      60_000,
      'the intro candidates to be scored',
    );
  }, 180_000);

  afterAll(async () => {
    const table = [...sent.entries()]
      .map(([key, n]) => {
        const ok = key === 'raw' ? '' : `  (${succeeded.get(key) ?? 0} succeeded)`;
        return `${key.padEnd(22)} ${String(n).padStart(5)}${ok}`;
      })
      .join('\n');
    const codes = [...outcomes.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    console.log(`inputs sent per mutation:\n${table}\noutcomes: ${codes}`);
    await stack?.stop();
  });

  /** fast-check's settings: a new seed every run unless FUZZ_SEED replays one. */
  function settings(numRuns: number): fc.Parameters<[FuzzCase]> {
    const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
    const path = process.env.FUZZ_PATH;
    return { numRuns, ...(seed !== undefined ? { seed } : {}), ...(path ? { path, endOnFailure: true } : {}) };
  }

  /** Sends one generated input; throws (fast-check then shrinks it) when the response breaks a rule. */
  async function send(mutation: MutationName, input: FuzzCase): Promise<void> {
    const variables = (await world.resolveAll(input.variables)) as Record<string, unknown>;
    const token = world.tokens.get(input.caller);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    count(mutation);
    const response = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers,
      body: toJson({ query: DOCUMENTS[mutation], variables }),
    });
    const text = await response.text();
    const problems = problemsOf(response.status, text, mutation, input.caller);
    const codes = (() => {
      try {
        const body = JSON.parse(text) as GraphQLBody;
        return body.errors?.map((e) => String(e?.extensions?.code)) ?? ['ok'];
      } catch {
        return ['not JSON'];
      }
    })();
    for (const code of new Set(codes)) outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
    if (codes.length === 1 && codes[0] === 'ok') succeeded.set(mutation, (succeeded.get(mutation) ?? 0) + 1);
    if (problems.length > 0) {
      throw new Error(
        `${mutation} by ${input.caller}: ${problems.join('; ')}\n` +
          `HTTP ${response.status}: ${excerpt(text)}\nvariables as sent: ${excerpt(toJson(variables), 800)}`,
      );
    }
  }

  for (const mutation of MUTATION_NAMES) {
    it(
      `${mutation}: ${RUNS[mutation]} generated inputs, no 5xx, only contract codes`,
      async () => {
        await fc.assert(
          fc.asyncProperty(arbitraries[mutation], (input) => send(mutation, input)),
          settings(scaled(RUNS[mutation])),
        );
        completed.add(mutation);
      },
      PROPERTY_TIMEOUT,
    );
  }

  it(
    `raw requests: ${RAW_RUNS} malformed, mistyped, oversized or over-complex bodies`,
    async () => {
      const bodies = fc
        .constantFrom(...MUTATION_NAMES)
        .chain((mutation) =>
          arbitraries[mutation].map((input) => toJson({ query: DOCUMENTS[mutation], variables: input.variables })),
        );
      await fc.assert(
        fc.asyncProperty(rawRequests(bodies), fc.constantFrom(...CALLERS), async (request: RawRequest, caller) => {
          const token = world.tokens.get(caller);
          const headers = { ...request.headers };
          if (token && !('authorization' in headers)) headers.authorization = `Bearer ${token}`;
          count('raw');
          const response = await fetch(`${stack.url}/graphql${request.search ?? ''}`, {
            method: request.method,
            headers,
            body: request.body === undefined ? undefined : await world.resolveText(request.body),
          });
          const text = await response.text();
          const problems = problemsOf(response.status, text, null, null);
          if (problems.length > 0) {
            throw new Error(
              `raw ${request.method} by ${caller}: ${problems.join('; ')}\nHTTP ${response.status}: ${excerpt(text)}`,
            );
          }
        }),
        { numRuns: scaled(RAW_RUNS), ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(`sent at least ${MIN_INPUTS} generated inputs`, () => {
    const total = [...sent.values()].reduce((sum, n) => sum + n, 0);
    expect(total).toBeGreaterThanOrEqual(MIN_INPUTS);
  });

  it('leaves no half-written objects behind', async () => {
    // Each query lists what breaks the rule named with it: all must be empty.
    const rules: Record<string, string> = {
      'every job has tasks for its current version, and its matching columns': `
        SELECT j.id FROM job j
         WHERE NOT EXISTS (SELECT 1 FROM job_task t WHERE t.job_id = j.id AND t.job_version = j.version)
            OR length(j.features) = 0 OR j.offered_mask IS NULL OR j.search_text = ''`,
      'every job version from 1 to the current one has its tasks': `
        SELECT j.id FROM job j CROSS JOIN LATERAL generate_series(1, j.version) v
         WHERE NOT EXISTS (SELECT 1 FROM job_task t WHERE t.job_id = j.id AND t.job_version = v)`,
      'job versions are at least 1 and the scored version is not ahead': `
        SELECT id FROM job WHERE version < 1 OR scored_version > version`,
      'a published job has its publication time, a filled or closed one its closing time': `
        SELECT id FROM job
         WHERE (status = 'PUBLISHED' AND published_at IS NULL) OR (status IN ('FILLED', 'CLOSED') AND closed_at IS NULL)`,
      // An incomplete DRAFT (or a draft archived as it was) has no matching columns; every other profile has them.
      'every profile has its client, a pseudonym and its matching columns (none while an incomplete draft)': `
        SELECT p.id FROM capacity_profile p LEFT JOIN client c ON c.id = p.client_id
         WHERE c.id IS NULL OR p.pseudonym !~ '^C-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$'
            OR length(p.features) = 0 OR (p.features IS NULL) <> (p.required_mask IS NULL)
            OR (p.features IS NULL) <> (p.hours_min IS NULL OR p.hours_max IS NULL OR p.municipality_code IS NULL
                                        OR btrim(p.summary) = '' OR jsonb_array_length(p.availability) = 0)
            OR (p.features IS NULL AND p.status NOT IN ('DRAFT', 'ARCHIVED'))
            OR c.service_provider_id <> p.service_provider_id`,
      'profile versions are at least 1 and the scored version is not ahead': `
        SELECT id FROM capacity_profile WHERE version < 1 OR scored_version > version`,
      'every client has its identity': `
        SELECT c.id FROM client c LEFT JOIN client_identity i ON i.client_id = c.id
         WHERE i.client_id IS NULL OR length(i.display_name) = 0`,
      "every client's consent is its latest consent event's (or no consent, without events)": `
        SELECT c.id FROM client c
          LEFT JOIN LATERAL (SELECT share_with_employers FROM consent_event e WHERE e.client_id = c.id
                              ORDER BY e.id DESC LIMIT 1) last ON true
         WHERE c.share_with_employers IS DISTINCT FROM coalesce(last.share_with_employers, false)`,
      'every CLIENT user has an existing client, and every other user an organisation of the right kind': `
        SELECT u.id FROM app_user u
          LEFT JOIN client c ON c.id = u.client_id LEFT JOIN organisation o ON o.id = u.organisation_id
         WHERE (u.role = 'CLIENT' AND c.id IS NULL)
            OR (u.role = 'EMPLOYER' AND o.kind IS DISTINCT FROM 'EMPLOYER')
            OR (u.role = 'COORDINATOR' AND o.kind IS DISTINCT FROM 'SERVICE_PROVIDER')`,
      "every proposal has events, the latest one its status; its parties are its job's and profile's": `
        SELECT p.id FROM proposal p
          JOIN job j ON j.id = p.job_id
          LEFT JOIN capacity_profile cp ON cp.id = p.profile_id
          LEFT JOIN LATERAL (SELECT status FROM proposal_event e WHERE e.proposal_id = p.id
                              ORDER BY e.id DESC LIMIT 1) last ON true
         WHERE last.status IS DISTINCT FROM p.status
            OR p.employer_organisation_id <> j.organisation_id
            OR (cp.id IS NOT NULL AND cp.service_provider_id <> p.service_provider_id)`,
      'an accepted, trial or hired proposal has the times of those steps, a declined one its reason': `
        SELECT id FROM proposal
         WHERE (status IN ('ACCEPTED', 'TRIAL', 'HIRED') AND accepted_at IS NULL)
            OR (status = 'TRIAL' AND trial_at IS NULL) OR (status = 'HIRED' AND hired_at IS NULL)
            OR (status = 'DECLINED' AND decline_reason IS NULL)`,
      "every offer points to an existing job, profile and client, the profile's own client": `
        SELECT o.id FROM offer o
          LEFT JOIN job j ON j.id = o.job_id LEFT JOIN capacity_profile p ON p.id = o.profile_id
          LEFT JOIN client c ON c.id = o.client_id
         WHERE j.id IS NULL OR p.id IS NULL OR c.id IS NULL OR p.client_id <> o.client_id
            OR p.service_provider_id <> o.service_provider_id OR o.job_version > j.version`,
      "matches are of versions no newer than the job's and the profile's": `
        SELECT m.job_id FROM match m
          JOIN job j ON j.id = m.job_id JOIN capacity_profile p ON p.id = m.profile_id
         WHERE m.job_version > j.version OR m.profile_version > p.version`,
    };
    const broken: Record<string, unknown[]> = {};
    for (const [rule, sql] of Object.entries(rules)) {
      const { rows } = await stack.db.query(sql);
      if (rows.length > 0) broken[rule] = rows.slice(0, 5);
    }
    expect(broken).toEqual({});
  });

  it('got past validation: every mutation whose runs all passed succeeded for some of its inputs', () => {
    const neverSucceeded = [...completed].filter((mutation) => !succeeded.get(mutation));
    expect(neverSucceeded).toEqual([]);
  });

  it('still answers, and a normal job still gets published and scored', async () => {
    const ready = await fetch(`${stack.url}/health/ready`);
    expect(ready.status).toBe(200);
    for (const worker of stack.workers) expect(worker.child.exitCode).toBeNull();
    const job = await createJob(stack, world.employer.token, jobInput({ title: 'Fuzzauksen jälkeen' }));
    await publishJob(stack, world.employer.token, job.id);
    expect(await scored(stack, world.employer.token, 'job', job.id)).toBe(2);
    const login = await stack.ok<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: world.employer.email, p: PASSWORD },
    );
    expect(login.login.token).toEqual(expect.any(String));
  });
});
