import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLSchema,
  type IntrospectionQuery,
  isObjectType,
} from 'graphql';
import {
  type Account,
  adminToken,
  businessId,
  createCoordinator,
  createServiceProvider,
  PASSWORD,
  signUpEmployer,
  verifyOrganisation,
} from '../factories/accounts';
import { createJob, publishJob } from '../factories/jobs';
import { scored } from '../factories/matching';
import { type ActiveCandidate, activeCandidate } from '../factories/profiles';
import { matchedJobInput, signInClient } from '../factories/world';
import { type GraphQLResponse, Stack } from '../utils/stack';

/**
 * Issue 14, item 10 (contract extension "verification"): new employer organisations start unverified and see how
 * many candidates fit but no candidate until an ADMIN verifies them; verified ones see at most
 * CANDIDATE_VIEWS_PER_DAY distinct candidates a day (set low here); what ADMINs do is in the audit log, which
 * ADMINs and the concerned service provider's coordinators read.
 */
const VIEWS_PER_DAY = 5;
const CANDIDATES = 8;

const CANDIDATE_FIELDS = 'id pseudonym summary hoursPerWeekMin accommodationNeeds { necessity }';
const MATCHES = `totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id score reasons candidate { ${CANDIDATE_FIELDS} } } }`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; candidate: { id: string; pseudonym: string } } }[];
};

const errorOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions ?? {};

describe('employer verification, the daily limit of candidates viewed, and the audit log', () => {
  let stack: Stack;
  let admin: string;
  let coordinatorS: Account;
  let coordinatorT: Account;
  const candidates: ActiveCandidate[] = [];

  const views = async (organisationId: string) =>
    (
      await stack.db.query<{ rows: number; distinct: number }>(
        `SELECT count(*)::int AS rows, count(DISTINCT profile_id)::int AS distinct
           FROM profile_view WHERE organisation_id = $1`,
        [organisationId],
      )
    ).rows[0];

  const eventsOf = async (organisationId: string, action: string) =>
    (
      await stack.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM audit_event WHERE organisation_id = $1 AND action = $2',
        [organisationId, action],
      )
    ).rows[0].n;

  /** An employer with a published job that every candidate of the file fits, scored. */
  async function employerWithJob(verified: boolean): Promise<{ employer: Account; jobId: string }> {
    const employer = await signUpEmployer(stack, undefined, '091', { verified });
    const job = await createJob(stack, employer.token, matchedJobInput({ positions: 1 }));
    await publishJob(stack, employer.token, job.id);
    await scored(stack, employer.token, 'job', job.id);
    return { employer, jobId: job.id };
  }

  const matchesOf = (jobId: string, token: string, args: { first?: number; after?: string; feasibleOnly?: boolean }) =>
    stack.gql<{ job: { matches: Page } }>(
      `query($id: ID!, $first: Int, $after: String, $feasibleOnly: Boolean) {
         job(id: $id) { matches(first: $first, after: $after, feasibleOnly: $feasibleOnly) { ${MATCHES} } }
       }`,
      { id: jobId, ...args },
      { token },
    );
  const candidate = (id: string, token: string) =>
    stack.gql<{ candidate: { id: string } | null }>(
      `query($id: ID!) { candidate(id: $id) { ${CANDIDATE_FIELDS} } }`,
      { id },
      { token },
    );

  beforeAll(async () => {
    stack = await Stack.start({ env: { CANDIDATE_VIEWS_PER_DAY: String(VIEWS_PER_DAY) } });
    admin = await adminToken(stack);
    coordinatorS = await createCoordinator(stack, admin);
    coordinatorT = await createCoordinator(stack, admin);
    for (let i = 0; i < CANDIDATES; i++) candidates.push(await activeCandidate(stack, coordinatorS.token));
  });
  afterAll(() => stack?.stop());

  describe('new employer organisations', () => {
    it('start unverified, whether signed up or created by an ADMIN; verifying is idempotent and ADMIN only', async () => {
      const signedUp = await signUpEmployer(stack, undefined, '091', { verified: false });
      const me = await stack.ok<{ me: { organisation: { id: string; verifiedAt: string | null } } }>(
        '{ me { organisation { id verifiedAt } } }',
        {},
        { token: signedUp.token },
      );
      expect(me.me.organisation).toEqual({ id: signedUp.organisationId, verifiedAt: null });
      // The sign-up's own answer (no caller yet) shows it to the one who signed up.
      const answer = await stack.gql<{ signUpEmployer: { user: { organisation: { verifiedAt: string | null } } } }>(
        `mutation($input: SignUpEmployerInput!) { signUpEmployer(input: $input) { user { organisation { verifiedAt } } } }`,
        {
          input: {
            organisationName: 'Odottava Oy',
            businessId: businessId(),
            municipalityCode: '091',
            email: `odottava-${randomUUID()}@example.fi`,
            password: PASSWORD,
          },
        },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.signUpEmployer.user.organisation.verifiedAt).toBeNull();

      const created = await stack.ok<{ createOrganisation: { id: string; verifiedAt: string | null } }>(
        `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id verifiedAt } }`,
        { input: { name: 'Uusi Työnantaja Oy', kind: 'EMPLOYER', businessId: businessId(), municipalityCode: '091' } },
        { token: admin },
      );
      expect(created.createOrganisation.verifiedAt).toBeNull();

      const first = await verifyOrganisation(stack, signedUp.organisationId, admin);
      expect(Date.parse(first)).toBeGreaterThan(Date.now() - 60_000);
      const again = await verifyOrganisation(stack, signedUp.organisationId, admin);
      expect(again).toBe(first);
      expect(await eventsOf(signedUp.organisationId, 'ORGANISATION_VERIFIED')).toBe(1);

      const byEmployer = await stack.gql(
        'mutation($id: ID!) { verifyOrganisation(id: $id) { id } }',
        { id: created.createOrganisation.id },
        { token: signedUp.token },
      );
      expect(errorOf(byEmployer).code).toBe('FORBIDDEN');
      const provider = await stack.gql(
        'mutation($id: ID!) { verifyOrganisation(id: $id) { id } }',
        { id: coordinatorS.organisationId },
        { token: admin },
      );
      expect(errorOf(provider)).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'id', reason: 'NOT_ALLOWED_FOR_ROLE' }],
      });
      for (const id of [randomUUID(), 'not-an-id']) {
        const unknown = await stack.gql(
          'mutation($id: ID!) { verifyOrganisation(id: $id) { id } }',
          { id },
          { token: admin },
        );
        expect(errorOf(unknown).code).toBe('NOT_FOUND');
      }
    });

    it("shows verifiedAt to the organisation's users, ADMINs and coordinators, and to nobody else", async () => {
      const { employer, jobId } = await employerWithJob(false);
      const other = await signUpEmployer(stack);
      const client = await signInClient(stack, coordinatorS.token, candidates[0].clientId);
      const read = (token: string) =>
        stack.gql<{ job: { organisation: { id: string; verifiedAt: string | null } } | null }>(
          'query($id: ID!) { job(id: $id) { organisation { id verifiedAt } } }',
          { id: jobId },
          { token },
        );
      for (const token of [employer.token, admin, coordinatorS.token, coordinatorT.token]) {
        const response = await read(token);
        expect(response.errors).toBeUndefined();
        expect(response.data?.job?.organisation).toEqual({ id: employer.organisationId, verifiedAt: null });
      }
      const otherEmployer = await read(other.token);
      expect(errorOf(otherEmployer).code).toBe('FORBIDDEN');
      expect(otherEmployer.data?.job?.organisation.verifiedAt).toBeNull();
      // A client reaches a job only through an offer, which this client does not have.
      expect(errorOf(await read(client.token)).code).toBe('NOT_FOUND');

      const when = await verifyOrganisation(stack, employer.organisationId, admin);
      expect((await read(coordinatorT.token)).data?.job?.organisation.verifiedAt).toBe(when);
    });
  });

  describe('an unverified employer', () => {
    let employer: Account;
    let jobId: string;
    beforeAll(async () => {
      ({ employer, jobId } = await employerWithJob(false));
    });

    it('drafts, publishes and sees how many candidates fit, but no candidate, and nothing is logged', async () => {
      const data = await stack.ok<{
        jobs: {
          edges: {
            node: {
              id: string;
              status: string;
              matching: { candidatesScored: number };
              matches: Page;
              nearMisses: Page;
            };
          }[];
        };
      }>(
        `{ jobs(first: 5) { edges { node { id status matching { candidatesScored }
             matches(first: 10) { ${MATCHES} } nearMisses: matches(first: 10, feasibleOnly: false) { ${MATCHES} } } } } }`,
        {},
        { token: employer.token },
      );
      const job = data.jobs.edges.map((e) => e.node).find((j) => j.id === jobId)!;
      expect(job.status).toBe('PUBLISHED');
      expect(job.matching.candidatesScored).toBeGreaterThanOrEqual(CANDIDATES);
      expect(job.matches.totalCount).toBeGreaterThanOrEqual(CANDIDATES);
      expect(job.matches.edges).toEqual([]);
      expect(job.matches.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
      expect(job.nearMisses.totalCount).toBeGreaterThanOrEqual(CANDIDATES);
      expect(job.nearMisses.edges).toEqual([]);
      expect(await views(employer.organisationId)).toEqual({ rows: 0, distinct: 0 });
    });

    it('gets ORGANISATION_NOT_VERIFIED from every other path to a candidate, for any id', async () => {
      const refused = [
        await candidate(candidates[0].profileId, employer.token),
        await candidate(randomUUID(), employer.token),
        await stack.gql(
          `mutation($jobId: ID!, $candidateId: ID!) { requestIntroduction(jobId: $jobId, candidateId: $candidateId) { id candidate { ${CANDIDATE_FIELDS} } } }`,
          { jobId, candidateId: candidates[0].profileId },
          { token: employer.token },
        ),
        ...(await Promise.all(
          [
            'respondToProposal(id: $id, accept: true)',
            'recordOutcome(id: $id, outcome: HIRED)',
            'withdrawProposal(id: $id)',
          ].map((call) =>
            stack.gql(
              `mutation($id: ID!) { ${call} { id candidate { ${CANDIDATE_FIELDS} } } }`,
              { id: randomUUID() },
              { token: employer.token },
            ),
          ),
        )),
      ];
      for (const response of refused) {
        expect(errorOf(response)).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANISATION_NOT_VERIFIED' });
        expect(JSON.stringify(response)).not.toContain(candidates[0].pseudonym);
      }
      // Nobody can propose to it either (coordinators see that it waits): so its proposals are none.
      const proposal = await stack.gql(
        'mutation($jobId: ID!, $profileId: ID!) { proposeCandidate(jobId: $jobId, profileId: $profileId) { id } }',
        { jobId, profileId: candidates[0].profileId },
        { token: coordinatorS.token },
      );
      expect(errorOf(proposal)).toMatchObject({ code: 'CONFLICT', reason: 'ORGANISATION_NOT_VERIFIED' });
      const proposals = await stack.ok<{ proposals: { totalCount: number } }>(
        `{ proposals { totalCount edges { node { candidate { ${CANDIDATE_FIELDS} } } } } }`,
        {},
        { token: employer.token },
      );
      expect(proposals.proposals.totalCount).toBe(0);
      expect(await views(employer.organisationId)).toEqual({ rows: 0, distinct: 0 });
      expect(
        (await stack.db.query('SELECT 1 FROM proposal WHERE employer_organisation_id = $1', [employer.organisationId]))
          .rowCount,
      ).toBe(0);
    });

    it('walks every path of the schema that reaches a candidate: each is one the tests here refuse or empty', async () => {
      const data = await stack.ok<IntrospectionQuery>(getIntrospectionQuery());
      const schema = buildClientSchema(data);
      // The root fields from which CandidateProfile can be reached.
      const reaching = rootFieldsReaching(schema, 'CandidateProfile');
      // Walked above as the unverified employer: refused (ORGANISATION_NOT_VERIFIED), or matches counted only.
      const walked = [
        'Query.jobs',
        'Query.job',
        'Query.candidate',
        'Query.proposals',
        'Mutation.requestIntroduction',
        'Mutation.respondToProposal',
        'Mutation.recordOutcome',
        'Mutation.withdrawProposal',
        // The job's own mutations answer with a Job: its matches are the field Job.matches, read above.
        'Mutation.publishJob',
        'Mutation.createJob',
        'Mutation.updateJob',
        'Mutation.closeJob',
      ];
      // Not an employer's: coordinators' and clients' own operations (the authorization matrix refuses employers).
      const notForEmployers = [
        'Query.profiles',
        'Query.profile',
        'Query.clients',
        'Query.client',
        'Query.myOffers',
        'Mutation.proposeCandidate',
        'Mutation.offerJob',
        'Mutation.respondToOffer',
        'Mutation.createProfile',
        'Mutation.updateProfile',
        'Mutation.setProfileStatus',
        'Mutation.createClient',
        'Mutation.recordConsent',
        'Mutation.setMyConsent',
        'Query.needsAttention',
      ];
      expect(reaching.filter((field) => !walked.includes(field) && !notForEmployers.includes(field))).toEqual([]);
      expect(walked.filter((field) => !reaching.includes(field))).toEqual([]);
    });

    it('sees the candidates once an ADMIN has verified it', async () => {
      await verifyOrganisation(stack, employer.organisationId, admin);
      const page = await matchesOf(jobId, employer.token, { first: 2 });
      expect(page.errors).toBeUndefined();
      expect(page.data?.job.matches.edges).toHaveLength(2);
      expect(await views(employer.organisationId)).toEqual({ rows: 2, distinct: 2 });
    });
  });

  describe('the daily limit of distinct candidates', () => {
    it('counts distinct candidates, lets the ones seen today be seen again, and refuses past the limit', async () => {
      const { employer, jobId } = await employerWithJob(true);
      const first = await matchesOf(jobId, employer.token, { first: 3 });
      const shown = first.data!.job.matches.edges.map((e) => e.node.candidate.id);
      expect(shown).toHaveLength(3);
      // The same page again, and one of it by id: nothing new.
      expect((await matchesOf(jobId, employer.token, { first: 3 })).data?.job.matches.edges).toHaveLength(3);
      expect((await candidate(shown[0], employer.token)).data?.candidate?.id).toBe(shown[0]);
      expect(await views(employer.organisationId)).toEqual({ rows: 7, distinct: 3 });

      // Six distinct would pass five: the whole page is refused, and nothing logged.
      const over = await matchesOf(jobId, employer.token, { first: 6 });
      expect(errorOf(over)).toMatchObject({ code: 'RATE_LIMITED', reason: 'CANDIDATE_VIEW_LIMIT_REACHED' });
      const retry = errorOf(over).retryAfterSeconds as number;
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(25 * 3600);
      expect(JSON.stringify(over)).not.toMatch(/pseudonym|C-[0-9A-Z]{4}/);
      expect(await views(employer.organisationId)).toEqual({ rows: 7, distinct: 3 });

      // Two more make five: allowed. Then any new one is refused, by every path, and the ones seen still show.
      const next = await matchesOf(jobId, employer.token, {
        first: 2,
        after: first.data!.job.matches.pageInfo.endCursor!,
      });
      expect(next.errors).toBeUndefined();
      const seen = [...shown, ...next.data!.job.matches.edges.map((e) => e.node.candidate.id)];
      expect(new Set(seen).size).toBe(VIEWS_PER_DAY);
      const unseen = candidates.map((c) => c.profileId).find((id) => !seen.includes(id))!;
      const refusedById = await candidate(unseen, employer.token);
      expect(errorOf(refusedById)).toMatchObject({ code: 'RATE_LIMITED', reason: 'CANDIDATE_VIEW_LIMIT_REACHED' });
      expect(refusedById.data?.candidate ?? null).toBeNull();
      expect(errorOf(await matchesOf(jobId, employer.token, { first: 6 })).reason).toBe('CANDIDATE_VIEW_LIMIT_REACHED');
      expect((await matchesOf(jobId, employer.token, { first: 5 })).data?.job.matches.edges).toHaveLength(5);
      expect((await candidate(seen[4], employer.token)).data?.candidate?.id).toBe(seen[4]);
      expect((await views(employer.organisationId)).distinct).toBe(VIEWS_PER_DAY);
      // The counts stay visible past the limit.
      const counts = await stack.ok<{ job: { matches: { totalCount: number } } }>(
        'query($id: ID!) { job(id: $id) { matches(first: 1) { totalCount } } }',
        { id: jobId },
        { token: employer.token },
      );
      expect(counts.job.matches.totalCount).toBeGreaterThanOrEqual(CANDIDATES);

      // Three refusals, one audit event for the admins.
      expect(await eventsOf(employer.organisationId, 'CANDIDATE_VIEW_LIMIT_REACHED')).toBe(1);
      const log = await stack.ok<{
        auditLog: {
          edges: { node: { action: string; actorRole: string; organisation: { id: string }; detail: string } }[];
        };
      }>(
        '{ auditLog(first: 10) { edges { node { action actorRole organisation { id } detail } } } }',
        {},
        { token: admin },
      );
      expect(log.auditLog.edges[0].node).toMatchObject({
        action: 'CANDIDATE_VIEW_LIMIT_REACHED',
        actorRole: 'EMPLOYER',
        organisation: { id: employer.organisationId },
      });
    });

    it('holds under concurrent reads: of eight simultaneous reads of different candidates, exactly five are shown', async () => {
      const { employer } = await employerWithJob(true);
      const responses = await Promise.all(candidates.map((c) => candidate(c.profileId, employer.token)));
      const shown = responses.filter((r) => r.data?.candidate);
      const refused = responses.filter((r) => errorOf(r).reason === 'CANDIDATE_VIEW_LIMIT_REACHED');
      expect(shown).toHaveLength(VIEWS_PER_DAY);
      expect(refused).toHaveLength(CANDIDATES - VIEWS_PER_DAY);
      expect(await views(employer.organisationId)).toEqual({ rows: VIEWS_PER_DAY, distinct: VIEWS_PER_DAY });
      expect(await eventsOf(employer.organisationId, 'CANDIDATE_VIEW_LIMIT_REACHED')).toBe(1);
    });

    it('holds for concurrent pages too: of four simultaneous pages of two new candidates, two are shown', async () => {
      const { employer, jobId } = await employerWithJob(true);
      // The cursors of the job's list, read by the coordinator (same order, and no employer read logged).
      const list = await matchesOf(jobId, coordinatorS.token, { first: CANDIDATES });
      const cursors = list.data!.job.matches.edges.map((e) => e.cursor);
      expect(cursors).toHaveLength(CANDIDATES);
      const starts = [undefined, cursors[1], cursors[3], cursors[5]];
      const responses = await Promise.all(starts.map((after) => matchesOf(jobId, employer.token, { first: 2, after })));
      const shown = responses.filter((r) => !r.errors);
      expect(shown).toHaveLength(2);
      for (const r of shown) expect(r.data?.job.matches.edges).toHaveLength(2);
      for (const r of responses.filter((r) => r.errors)) {
        expect(errorOf(r)).toMatchObject({ code: 'RATE_LIMITED', reason: 'CANDIDATE_VIEW_LIMIT_REACHED' });
      }
      expect(await views(employer.organisationId)).toEqual({ rows: 4, distinct: 4 });
    });
  });

  describe('the audit log', () => {
    type Event = {
      at: string;
      actorRole: string;
      action: string;
      organisation: { id: string } | null;
      detail: string | null;
    };
    const LOG = `query($first: Int, $after: String) {
      auditLog(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { at actorRole action organisation { id } detail } } } }`;
    const everything = async (token: string, first = 100): Promise<Event[]> => {
      const events: Event[] = [];
      let after: string | null = null;
      for (;;) {
        const data: {
          auditLog: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Event }[] };
        } = await stack.ok(LOG, { first, after }, { token });
        events.push(...data.auditLog.edges.map((e) => e.node));
        if (!data.auditLog.pageInfo.hasNextPage) return events;
        after = data.auditLog.pageInfo.endCursor;
      }
    };

    it("records ADMINs' changes; a provider's coordinators read those concerning it, others and employers do not", async () => {
      const provider = await createServiceProvider(stack, admin, 'Palvelu P');
      const colleague = await createCoordinator(stack, admin, provider);
      const newcomer = await stack.ok<{ createUser: { id: string; email: string } }>(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id email } }',
        {
          input: {
            email: 'uusi.valmentaja@palvelu-p.fi',
            password: PASSWORD,
            role: 'COORDINATOR',
            organisationId: provider,
          },
        },
        { token: admin },
      );
      // Moved from P to T: both providers are concerned.
      await stack.ok(
        'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }',
        { id: newcomer.createUser.id, input: { organisationId: coordinatorT.organisationId } },
        { token: admin },
      );

      const own = await everything(colleague.token);
      expect(own.every((e) => e.organisation?.id === provider)).toBe(true);
      expect(own.map((e) => [e.action, e.actorRole])).toEqual([
        ['USER_UPDATED', 'ADMIN'],
        ['USER_CREATED', 'ADMIN'],
        ['USER_CREATED', 'ADMIN'],
        ['ORGANISATION_CREATED', 'ADMIN'],
      ]);
      expect(own[2].detail).toContain(colleague.email);
      const t = await everything(coordinatorT.token);
      expect(t.every((e) => e.organisation?.id === coordinatorT.organisationId)).toBe(true);
      expect(t[0]).toMatchObject({
        action: 'USER_UPDATED',
        detail: expect.stringContaining('uusi.valmentaja@palvelu-p.fi'),
      });
      expect(t.some((e) => e.detail?.includes(colleague.email))).toBe(false);

      const employer = await signUpEmployer(stack);
      expect(errorOf(await stack.gql(LOG, {}, { token: employer.token })).code).toBe('FORBIDDEN');
      const client = await signInClient(stack, coordinatorS.token, candidates[1].clientId);
      expect(errorOf(await stack.gql(LOG, {}, { token: client.token })).code).toBe('FORBIDDEN');
      expect(errorOf(await stack.gql(LOG, {})).code).toBe('UNAUTHENTICATED');

      // An employer's sign-up is on the record too, for the admins who verify it.
      const all = await everything(admin);
      // (signUpEmployer's factory has the ADMIN verify it after: newest first.)
      expect(
        all.filter((e) => e.organisation?.id === employer.organisationId).map((e) => [e.action, e.actorRole]),
      ).toEqual([
        ['ORGANISATION_VERIFIED', 'ADMIN'],
        ['ORGANISATION_CREATED', 'EMPLOYER'],
      ]);
    });

    it('pages newest first with the keyset helper, every event once, and holds no client data', async () => {
      const all = await everything(admin);
      const paged = await everything(admin, 3);
      expect(paged).toEqual(all);
      expect(all.length).toBeGreaterThan(10);
      const times = all.map((e) => Date.parse(e.at));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      const { rows: clients } = await stack.db.query<{ id: string }>('SELECT id FROM client');
      const text = JSON.stringify(all);
      for (const c of candidates) {
        expect(text).not.toContain(c.profileId);
        expect(text).not.toContain(c.pseudonym);
      }
      for (const c of clients) expect(text).not.toContain(c.id);
      expect(text).not.toMatch(/Kuvitteellinen/); // the factories' client names
      const bad = await stack.gql(LOG, { after: 'bm90LWEtY3Vyc29y' }, { token: admin });
      expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ reason: 'INVALID_CURSOR' }] });
    });
  });
});

/** "Query.x" / "Mutation.y" for every root field from whose type `target` is reachable through object fields. */
function rootFieldsReaching(schema: GraphQLSchema, target: string): string[] {
  const reaches = new Map<string, boolean>();
  const visit = (name: string, path: Set<string>): boolean => {
    if (name === target) return true;
    const known = reaches.get(name);
    if (known !== undefined) return known;
    if (path.has(name)) return false;
    const type = schema.getType(name);
    if (!isObjectType(type)) return false;
    path.add(name);
    const result = Object.values(type.getFields()).some((field) => visit(getNamedType(field.type).name, path));
    path.delete(name);
    if (result || path.size === 0) reaches.set(name, result);
    return result;
  };
  const roots: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (visit(getNamedType(field.type).name, new Set())) roots.push(`${root!.name}.${field.name}`);
    }
  }
  return roots.sort();
}
