import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Account, adminToken, createCoordinator, signUpEmployer } from '../factories/accounts';
import { createJob, publishJob } from '../factories/jobs';
import { jobMatches, scored } from '../factories/matching';
import { activeCandidate, type ActiveCandidate } from '../factories/profiles';
import { matchedJobInput, offerJob, proposeCandidate, signInClient } from '../factories/world';
import { eventually, Stack } from '../utils/stack';

const ATTENTION = `{ needsAttention {
  lastVisitAt employerWaitDays quietDays
  employerRequests { waitingSince proposal { id status } profile { id client { id displayName } } }
  clientAnswers { offer { id status clientComment } profile { id client { id } } }
  waitingForEmployer { waitingSince proposal { id status } profile { id } }
  quietProfiles { activeSince profile { id } }
} }`;
const VISIT = 'mutation { recordAttentionVisit { visitedAt previousVisitAt } }';
const BY_COORDINATOR = `query($from: DateTime, $to: DateTime) {
  placementStatsByCoordinator(from: $from, to: $to) {
    coordinatorId coordinatorEmail stats { proposals accepted trials hires placementRate medianDaysToHire }
  }
}`;
const PROFILE_OFFERS = `query($id: ID!) { profile(id: $id) { id offers { id status clientComment job { id } } } }`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!) { respondToProposal(id: $id, accept: $accept) { id status } }`;
const OUTCOME = `mutation($id: ID!) { recordOutcome(id: $id, outcome: HIRED) { id status } }`;

interface Attention {
  needsAttention: {
    lastVisitAt: string | null;
    employerWaitDays: number;
    quietDays: number;
    employerRequests: {
      waitingSince: string;
      proposal: { id: string };
      profile: { id: string; client: { displayName: string } };
    }[];
    clientAnswers: { offer: { id: string; status: string; clientComment: string | null }; profile: { id: string } }[];
    waitingForEmployer: { proposal: { id: string }; profile: { id: string } }[];
    quietProfiles: { activeSince: string; profile: { id: string } }[];
  };
}
interface ByCoordinator {
  placementStatsByCoordinator: {
    coordinatorId: string | null;
    coordinatorEmail: string | null;
    stats: { proposals: number; accepted: number; hires: number };
  }[];
}

describe("the coordinator's work: offers of a profile, needs attention, results per coordinator", () => {
  let stack: Stack;
  let employer: Account;
  let first: Account;
  let second: Account;
  let other: Account;
  let jobId: string;
  let offered: ActiveCandidate;
  let requested: ActiveCandidate;
  let proposed: ActiveCandidate;
  let quiet: ActiveCandidate;
  let offerId: string;

  beforeAll(async () => {
    stack = await Stack.start();
    const admin = await adminToken(stack);
    employer = await signUpEmployer(stack);
    first = await createCoordinator(stack, admin);
    [second, other] = await Promise.all([
      createCoordinator(stack, admin, first.organisationId),
      createCoordinator(stack, admin),
    ]);
    jobId = (await createJob(stack, employer.token, matchedJobInput())).id;
    await publishJob(stack, employer.token, jobId);
    [offered, requested, proposed, quiet] = await Promise.all(
      [0, 1, 2, 3].map(() => activeCandidate(stack, first.token)),
    );
    offerId = await offerJob(stack, first.token, jobId, offered.profileId);
    const client = await signInClient(stack, first.token, offered.clientId);
    await stack.ok(
      'mutation($id: ID!) { respondToOffer(offerId: $id, interested: true, comment: "Kiinnostaa") { id } }',
      { id: offerId },
      { token: client.token },
    );
  });
  afterAll(() => stack.stop());

  const attention = async (token = first.token) => (await stack.ok<Attention>(ATTENTION, {}, { token })).needsAttention;

  it('records when a profile becomes ACTIVE', async () => {
    const { rows } = await stack.db.query<{ activated_at: Date | null }>(
      'SELECT activated_at FROM capacity_profile WHERE id = $1',
      [offered.profileId],
    );
    expect(rows[0].activated_at).not.toBeNull();
    expect(Date.now() - (rows[0].activated_at as Date).getTime()).toBeLessThan(10 * 60_000);
  });

  it("shows the profile's offers with the client's answer, to its coordinators only", async () => {
    const data = await stack.ok<{ profile: { offers: { id: string; status: string; clientComment: string }[] } }>(
      PROFILE_OFFERS,
      { id: offered.profileId },
      { token: second.token },
    );
    expect(data.profile.offers).toEqual([
      { id: offerId, status: 'INTERESTED', clientComment: 'Kiinnostaa', job: { id: jobId } },
    ]);
    const refused = await stack.gql(PROFILE_OFFERS, { id: offered.profileId }, { token: other.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("shows client answers since the previous visit, a visit being an hour's work", async () => {
    // Before any visit: the answers of the last 30 days.
    let found = await attention();
    expect(found.lastVisitAt).toBeNull();
    expect(found.clientAnswers.map((a) => a.offer)).toEqual([
      { id: offerId, status: 'INTERESTED', clientComment: 'Kiinnostaa' },
    ]);
    type Visit = { recordAttentionVisit: { visitedAt: string; previousVisitAt: string | null } };
    const visit = async () => (await stack.ok<Visit>(VISIT, {}, { token: first.token })).recordAttentionVisit;
    const firstVisit = await visit();
    expect(firstVisit.previousVisitAt).toBeNull();
    expect(Date.now() - Date.parse(firstVisit.visitedAt)).toBeLessThan(60_000);
    // Back within the hour: the same visit, no previous one yet.
    expect((await visit()).previousVisitAt).toBeNull();
    // Two hours later: the visit before is the previous one; the answer came after it.
    await stack.db.query(`UPDATE coordinator_visit SET visited_at = now() - interval '2 hours' WHERE user_id = $1`, [
      first.userId,
    ]);
    const { previousVisitAt } = await visit();
    expect(Date.now() - Date.parse(previousVisitAt ?? '')).toBeGreaterThan(2 * 3600_000 - 60_000);
    found = await attention();
    expect(found.lastVisitAt).toBe(previousVisitAt);
    expect(found.clientAnswers.map((a) => a.offer.id)).toEqual([offerId]);
    // An answer from before the previous visit is no longer new; the colleague has no visit yet and still sees it.
    await stack.db.query(`UPDATE offer SET responded_at = now() - interval '3 hours' WHERE id = $1`, [offerId]);
    expect((await attention()).clientAnswers).toEqual([]);
    expect((await attention(second.token)).clientAnswers.map((a) => a.offer.id)).toEqual([offerId]);
    expect((await attention(other.token)).clientAnswers).toEqual([]);
  });

  it("lists employers' requests, proposals waiting over 7 days and profiles quiet for 30 days", async () => {
    await scored(stack, employer.token, 'job', jobId);
    await eventually(
      async () => {
        const { nodes } = await jobMatches(stack, employer.token, jobId);
        return nodes.some((n) => n.feasible && n.candidate.id === requested.profileId) ? true : undefined;
      },
      30_000,
      'the match of the requested candidate',
    );
    const { requestIntroduction } = await stack.ok<{ requestIntroduction: { id: string } }>(
      'mutation($j: ID!, $c: ID!) { requestIntroduction(jobId: $j, candidateId: $c) { id } }',
      { j: jobId, c: requested.profileId },
      { token: employer.token },
    );
    const waitingId = await proposeCandidate(stack, second.token, jobId, proposed.profileId);
    let found = await attention();
    expect(found.employerRequests.map((r) => [r.proposal.id, r.profile.id])).toEqual([
      [requestIntroduction.id, requested.profileId],
    ]);
    expect(found.employerRequests[0].profile.client.displayName).toBeTruthy();
    expect(found.waitingForEmployer).toEqual([]);
    expect(found.quietProfiles).toEqual([]);
    expect([found.employerWaitDays, found.quietDays]).toEqual([7, 30]);

    await stack.db.query(`UPDATE proposal SET updated_at = now() - interval '8 days' WHERE id = $1`, [waitingId]);
    await stack.db.query(
      `UPDATE capacity_profile SET activated_at = now() - interval '31 days' WHERE id = ANY($1::uuid[])`,
      [[quiet.profileId, proposed.profileId]],
    );
    await stack.db.query(`UPDATE proposal SET created_at = now() - interval '40 days' WHERE id = $1`, [waitingId]);
    found = await attention();
    expect(found.waitingForEmployer.map((r) => [r.proposal.id, r.profile.id])).toEqual([
      [waitingId, proposed.profileId],
    ]);
    // The proposed profile's only proposal is older than its activation: quiet too.
    expect(found.quietProfiles.map((q) => q.profile.id).sort()).toEqual([quiet.profileId, proposed.profileId].sort());
    const other_ = await attention(other.token);
    expect([other_.employerRequests, other_.waitingForEmployer, other_.quietProfiles]).toEqual([[], [], []]);

    // A proposal takes the quiet profile off the list.
    await proposeCandidate(stack, first.token, jobId, quiet.profileId);
    expect((await attention()).quietProfiles.map((q) => q.profile.id)).toEqual([proposed.profileId]);
  });

  it("counts each proposal for the coordinator who first acted on it, and one profile's proposals", async () => {
    // The employer's request: answered by the second coordinator. The first one's proposal: accepted and hired.
    const requests = await stack.ok<{ proposals: { edges: { node: { id: string } }[] } }>(
      'query($p: ID) { proposals(first: 10, profileId: $p) { edges { node { id } } } }',
      { p: requested.profileId },
      { token: first.token },
    );
    expect(requests.proposals.edges).toHaveLength(1);
    await stack.ok(RESPOND, { id: requests.proposals.edges[0].node.id, accept: true }, { token: second.token });
    const quietProposals = await stack.ok<{ proposals: { edges: { node: { id: string } }[] } }>(
      'query($p: ID) { proposals(first: 10, profileId: $p) { edges { node { id } } } }',
      { p: quiet.profileId },
      { token: first.token },
    );
    const hired = quietProposals.proposals.edges[0].node.id;
    await stack.ok(RESPOND, { id: hired, accept: true }, { token: employer.token });
    await stack.ok(OUTCOME, { id: hired }, { token: first.token });

    const { placementStatsByCoordinator: rows } = await stack.ok<ByCoordinator>(
      BY_COORDINATOR,
      {},
      {
        token: second.token,
      },
    );
    const byId = new Map(rows.map((row) => [row.coordinatorId, row]));
    expect(byId.get(first.userId)).toMatchObject({
      coordinatorEmail: first.email,
      stats: { proposals: 1, accepted: 1, hires: 1 },
    });
    expect(byId.get(second.userId)).toMatchObject({
      coordinatorEmail: second.email,
      stats: { proposals: 2, accepted: 1, hires: 0 },
    });
    expect(rows).toHaveLength(2);
    // A period: only the proposal made 40 days ago falls in it.
    const from = new Date(Date.now() - 50 * 86400_000).toISOString();
    const to = new Date(Date.now() - 30 * 86400_000).toISOString();
    const { placementStatsByCoordinator: old } = await stack.ok<ByCoordinator>(
      BY_COORDINATOR,
      { from, to },
      {
        token: first.token,
      },
    );
    expect(old.map((row) => [row.coordinatorId, row.stats.proposals])).toEqual([[second.userId, 1]]);
    // The other service provider has none; employers may not ask; a profile filter is a coordinator's.
    expect(
      (await stack.ok<ByCoordinator>(BY_COORDINATOR, {}, { token: other.token })).placementStatsByCoordinator,
    ).toEqual([]);
    expect((await stack.gql(BY_COORDINATOR, {}, { token: employer.token })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const byEmployer = await stack.gql(
      'query($p: ID) { proposals(first: 10, profileId: $p) { edges { node { id } } } }',
      { p: requested.profileId },
      { token: employer.token },
    );
    expect(byEmployer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
