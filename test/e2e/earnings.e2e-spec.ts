import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminToken, createCoordinator, signUpEmployer, type Account } from '../factories/accounts';
import { createJob, jobInput, publishJob, type JobInput } from '../factories/jobs';
import { scored } from '../factories/matching';
import { activeCandidate, profileInput, type ProfileInput } from '../factories/profiles';
import { codeOf, fieldReasonsOf } from '../utils/errors';
import { eventually, type GraphQLResponse, Stack } from '../utils/stack';

/** A BAD_USER_INPUT naming exactly these fields and reasons. */
function expectBadInput(response: GraphQLResponse, problems: { field: string; reason: string }[]): void {
  expect(codeOf(response)).toBe('BAD_USER_INPUT');
  expect(fieldReasonsOf(response)).toEqual(problems.map((p) => [p.field, p.reason]));
}

/**
 * The benefit-safe earnings guard through the API and the worker (issue 11): dated rules, a profile's earnings
 * limit, the capped hours and EARNINGS_OVER_LIMIT in matching, earnings on matches and offers (never for
 * employers), support hints, and advice whose counts agree with what the change really makes feasible.
 */
describe('earnings guard, support hints and advice', () => {
  let stack: Stack;
  let admin: string;
  let employer: Account;
  let coordinator: Account;
  let jobId: string;

  // 25 € an hour, 10–20 h a week: the minimum already earns 10 × 25 × 52 / 12 = 1,083.33 € a month.
  const WAGE = 25;
  const JOB: Partial<JobInput> = {
    hourlyWage: WAGE,
    hoursPerWeekMin: 10,
    hoursPerWeekMax: 20,
    accommodationCodes: ['env.quiet', 'sched.flex_start', 'sup.instructor_onsite'],
  };
  type Earnings = {
    basis: string;
    monthlyLimitEur: number | null;
    prePensionMonthlyEur: number | null;
    sharePercent: number | null;
    rule: { code: string; amountEur: number | null } | null;
  };
  const people: Record<'fixed' | 'pension' | 'floor' | 'equipment' | 'plain', { profileId: string; clientId: string }> =
    {} as never;

  // No functional limits: the job's essential dishwashing task fits everyone, so only the guard decides.
  const candidate = async (overrides: Partial<ProfileInput> & Record<string, unknown>) =>
    activeCandidate(stack, coordinator.token, { restrictions: [], ...overrides });

  /** Today and yesterday in Finland, as the API counts days. */
  const day = (offset: number): string =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(
      new Date(Date.now() + offset * 86_400_000),
    );

  beforeAll(async () => {
    stack = await Stack.start();
    admin = await adminToken(stack);
    employer = await signUpEmployer(stack, 'Kahvila Palkka');
    coordinator = await createCoordinator(stack, admin);
    // A fixed limit from the benefit decision (986 € < 1,083 €: over at the minimum hours), with reduced work capacity.
    people.fixed = await candidate({
      earningsLimit: { basis: 'FIXED', monthlyLimitEur: 986 },
      reducedWorkCapacity: true,
    });
    // 40 % of 3,000 € = 1,200 € a month: the minimum hours fit, the hours are capped at 11.07 a week.
    people.pension = await candidate({
      earningsLimit: { basis: 'PENSION_SHARE', prePensionMonthlyEur: 3000, sharePercent: 40 },
    });
    // The guarantee floor of the day (976.59 € in the migration's data): over the limit too.
    people.floor = await candidate({ earningsLimit: { basis: 'GUARANTEE_FLOOR' } });
    // Needs an ergonomic workstation the job does not offer: a near miss an accommodation (with its support) fixes.
    people.equipment = await candidate({
      accommodationNeeds: [
        { accommodationCode: 'env.quiet', necessity: 'REQUIRED' },
        { accommodationCode: 'eq.ergonomic', necessity: 'REQUIRED' },
      ],
    });
    people.plain = await candidate({});
    const created = await createJob(stack, employer.token, JOB);
    jobId = (await publishJob(stack, employer.token, created.id)).id;
    await scored(stack, employer.token, 'job', jobId);
  });
  afterAll(() => stack.stop());

  const PROFILE = `query($id: ID!) { profile(id: $id) {
      reducedWorkCapacity
      earningsLimit { basis monthlyLimitEur prePensionMonthlyEur sharePercent rule { code amountEur } } } }`;

  it('answers the rules in force on a day, by kind, with their figures and sources', async () => {
    const { benefitRules } = await stack.ok<{ benefitRules: { code: string; amountEur: number; percent: number }[] }>(
      '{ benefitRules { code kind label(lang: FI) explanation amountEur percent maxMonths validFrom validTo sourceUrl } }',
      {},
      { token: employer.token },
    );
    const byCode = new Map(benefitRules.map((r) => [r.code, r]));
    expect(byCode.get('pension.guarantee_floor')).toMatchObject({ amountEur: 976.59 });
    expect(byCode.get('pay_subsidy.reduced_work_capacity')).toMatchObject({ amountEur: 1770, percent: 70 });
    const on = async (date: string) =>
      (
        await stack.ok<{ benefitRules: { code: string; amountEur: number }[] }>(
          'query($on: String) { benefitRules(kind: EMPLOYER_SUPPORT, on: $on) { code kind amountEur } }',
          { on: date },
          { token: coordinator.token },
        )
      ).benefitRules;
    expect((await on('2025-06-01')).find((r) => r.code === 'helsinki_benefit')?.amountEur).toBe(800);
    expect((await on('2026-06-01')).find((r) => r.code === 'helsinki_benefit')?.amountEur).toBe(1500);
    expect((await on('2026-06-01')).every((r) => r.code !== 'pension.guarantee_floor')).toBe(true);
    const bad = await stack.gql('{ benefitRules(on: "2026-02-30") { code } }', {}, { token: employer.token });
    expectBadInput(bad, [{ field: 'on', reason: 'INVALID_FORMAT' }]);
  });

  it('stores the earnings limit and shows it to the coordinator, resolved by the rules of the day', async () => {
    const read = async (id: string) =>
      (
        await stack.ok<{ profile: { earningsLimit: Earnings; reducedWorkCapacity: boolean } }>(
          PROFILE,
          { id },
          {
            token: coordinator.token,
          },
        )
      ).profile;
    expect(await read(people.fixed.profileId)).toEqual({
      reducedWorkCapacity: true,
      earningsLimit: {
        basis: 'FIXED',
        monthlyLimitEur: 986,
        prePensionMonthlyEur: null,
        sharePercent: null,
        rule: null,
      },
    });
    expect(await read(people.pension.profileId)).toEqual({
      reducedWorkCapacity: false,
      earningsLimit: {
        basis: 'PENSION_SHARE',
        monthlyLimitEur: 1200,
        prePensionMonthlyEur: 3000,
        sharePercent: 40,
        rule: { code: 'pension.full_share', amountEur: null },
      },
    });
    expect((await read(people.floor.profileId)).earningsLimit).toMatchObject({
      basis: 'GUARANTEE_FLOOR',
      monthlyLimitEur: 976.59,
      rule: { code: 'pension.guarantee_floor', amountEur: 976.59 },
    });
    expect((await read(people.plain.profileId)).earningsLimit).toBeNull();
  });

  it('refuses a limit that does not fit its basis, at the field', async () => {
    const { clientId } = people.plain;
    const create = (earningsLimit: unknown) =>
      stack.gql(
        'mutation($c: ID!, $i: ProfileInput!) { createProfile(clientId: $c, input: $i) { id } }',
        { c: clientId, i: { ...profileInput(), earningsLimit } },
        { token: coordinator.token },
      );
    expectBadInput(await create({ basis: 'PENSION_SHARE', prePensionMonthlyEur: 3000, sharePercent: 50 }), [
      { field: 'input.earningsLimit.sharePercent', reason: 'NOT_ALLOWED_VALUE' },
    ]);
    expectBadInput(await create({ basis: 'FIXED' }), [
      { field: 'input.earningsLimit.monthlyLimitEur', reason: 'REQUIRED' },
    ]);
    expectBadInput(await create({ basis: 'NONE', monthlyLimitEur: 900 }), [
      { field: 'input.earningsLimit.monthlyLimitEur', reason: 'INCONSISTENT' },
    ]);
  });

  const COORDINATOR_MATCHES = `query($id: ID!) { profile(id: $id) { matches(feasibleOnly: false) { edges { node {
      feasible blockers reasons(lang: EN) job { id }
      earnings { monthlyEur monthlyLimitEur withinLimit maxWeeklyHoursWithinLimit
                 fi: summary(lang: FI) sv: summary(lang: SV) en: summary(lang: EN) }
      supportHints { rule { code } upToEur reason(lang: EN) } } } } } }`;
  type CoordinatorMatch = {
    feasible: boolean;
    blockers: string[];
    reasons: string[];
    job: { id: string };
    earnings: {
      monthlyEur: number;
      monthlyLimitEur: number | null;
      withinLimit: boolean | null;
      maxWeeklyHoursWithinLimit: number | null;
      fi: string;
      sv: string;
      en: string;
    } | null;
    supportHints: { rule: { code: string }; upToEur: number | null; reason: string }[];
  };
  const coordinatorMatch = async (profileId: string): Promise<CoordinatorMatch> => {
    await scored(stack, coordinator.token, 'profile', profileId);
    const data = await stack.ok<{ profile: { matches: { edges: { node: CoordinatorMatch }[] } } }>(
      COORDINATOR_MATCHES,
      { id: profileId },
      { token: coordinator.token },
    );
    const match = data.profile.matches.edges.map((e) => e.node).find((n) => n.job.id === jobId);
    if (!match) throw new Error(`no match of the job for ${profileId}`);
    return match;
  };

  it('blocks the fixed limit with EARNINGS_OVER_LIMIT, a near miss, and tells the coordinator in three languages', async () => {
    const match = await coordinatorMatch(people.fixed.profileId);
    expect(match.feasible).toBe(false);
    expect(match.blockers).toEqual(['EARNINGS_OVER_LIMIT']);
    // 986 × 12 / (25 × 52) = 9.10 h a week
    expect(match.reasons[0]).toBe(
      'At this pay this person can work at most 9 h a week. The job needs at least 10 h. Fewer minimum hours would fit.',
    );
    expect(match.earnings).toEqual({
      monthlyEur: 2166.67,
      monthlyLimitEur: 986,
      withinLimit: false,
      maxWeeklyHoursWithinLimit: 9.1,
      fi: 'Noin 2 167 € kuukaudessa, kun teet 20 tuntia viikossa. Se on yli tulorajasi, joka on 986 €. Enintään 9 tuntia viikossa pitää sinut rajan alla. Rajan ylitys voi pienentää etuuttasi. Puhu ensin työvalmentajasi kanssa.',
      sv: 'Cirka 2 167 € i månaden med 20 timmar i veckan. Det är över din inkomstgräns, som är 986 €. Högst 9 timmar i veckan håller dig under gränsen. Om du går över gränsen kan din förmån minska. Tala först med din jobbcoach.',
      en: 'About €2,167 a month at 20 hours a week. That is over your limit of €986. Up to 9 hours a week keeps you under it. Going over can cut your benefit; talk to your job coach first.',
    });
    // Reduced work capacity: the higher pay subsidy, 70 % of 2,166.67 capped at 1,770; the job is in Helsinki.
    expect(match.supportHints.map((h) => [h.rule.code, h.upToEur])).toEqual([
      ['pay_subsidy.reduced_work_capacity', 1516.67],
      ['helsinki_benefit', 1083.33],
    ]);
    for (const hint of match.supportHints) expect(hint.reason).toContain('the employment services decide');
  });

  it('caps the pension share at 11 h a week: feasible, with the capped hours and the pension warning', async () => {
    const match = await coordinatorMatch(people.pension.profileId);
    expect(match.blockers).toEqual([]);
    expect(match.reasons).toContain('At this pay, weekly hours within this person’s earnings limit: 10–11 h.');
    expect(match.earnings).toMatchObject({
      monthlyLimitEur: 1200,
      withinLimit: false,
      maxWeeklyHoursWithinLimit: 11.07,
    });
    expect(match.earnings?.en).toContain('Going over for three months in a row can stop your pension for a while');
    expect(match.earnings?.fi).toContain('eläke voi katketa');
    expect(match.earnings?.sv).toContain('pensionen avbrytas');
    expect(match.supportHints.map((h) => h.rule.code)).toEqual(['pay_subsidy.general', 'helsinki_benefit']);
  });

  const EMPLOYER_MATCHES = `query($id: ID!) { job(id: $id) {
      matches(feasibleOnly: false) { edges { node { feasible blockers reasons(lang: EN) candidate { id } earnings { monthlyEur monthlyLimitEur }
        supportHints { rule { code } upToEur } } } } } }`;

  it('gives employers the near miss and the hints, but null earnings', async () => {
    const data = await stack.ok<{
      job: {
        matches: {
          edges: {
            node: {
              feasible: boolean;
              blockers: string[];
              reasons: string[];
              candidate: { id: string };
              earnings: unknown;
              supportHints: { rule: { code: string } }[];
            };
          }[];
        };
      };
    }>(EMPLOYER_MATCHES, { id: jobId }, { token: employer.token });
    const byId = new Map(data.job.matches.edges.map((e) => [e.node.candidate.id, e.node]));
    expect(byId.get(people.fixed.profileId)?.blockers).toEqual(['EARNINGS_OVER_LIMIT']);
    expect(byId.get(people.floor.profileId)?.blockers).toEqual(['EARNINGS_OVER_LIMIT']);
    expect(byId.get(people.pension.profileId)?.feasible).toBe(true);
    for (const node of byId.values()) expect(node.earnings).toBeNull();
    // No figure that a limit sets: the 9 h the fixed limit leaves at this wage, the 11 h of the pension share (× the
    // wage they would give the limits). Both sides' own hours instead.
    expect(byId.get(people.fixed.profileId)?.reasons[0]).toBe(
      'At this pay the job’s 10 h a week is more than this person can take. Fewer minimum hours would fit.',
    );
    expect(byId.get(people.pension.profileId)?.reasons).toContain('Weekly hours that suit both: 10–20 h.');
    for (const node of byId.values()) {
      for (const text of node.reasons) expect(text).not.toMatch(/\b(9|11) h\b|earnings limit/);
    }
    expect(byId.get(people.fixed.profileId)?.supportHints.map((h) => h.rule.code)).toContain(
      'pay_subsidy.reduced_work_capacity',
    );
    expect(byId.get(people.equipment.profileId)?.supportHints.map((h) => h.rule.code)).toContain(
      'working_conditions.equipment',
    );
    // Not even through a proposal: its match has no earnings for the employer, and the proposal its hints.
    const proposal = await stack.ok<{ proposeCandidate: { id: string } }>(
      'mutation($j: ID!, $p: ID!) { proposeCandidate(jobId: $j, profileId: $p) { id } }',
      { j: jobId, p: people.pension.profileId },
      { token: coordinator.token },
    );
    const seen = await stack.ok<{
      proposals: {
        edges: {
          node: { id: string; match: { earnings: unknown } | null; supportHints: { rule: { code: string } }[] };
        }[];
      };
    }>(
      '{ proposals(first: 10) { edges { node { id match { earnings { monthlyEur } } supportHints { rule { code } upToEur } } } } }',
      {},
      { token: employer.token },
    );
    const node = seen.proposals.edges.map((e) => e.node).find((n) => n.id === proposal.proposeCandidate.id);
    expect(node?.match?.earnings ?? null).toBeNull();
    expect(node?.supportHints.map((h) => h.rule.code)).toEqual(['pay_subsidy.general', 'helsinki_benefit']);
  });

  it('shows the client the earnings of an offer, in their language', async () => {
    const offered = await stack.ok<{ offerJob: { id: string; earnings: { monthlyLimitEur: number } | null } }>(
      'mutation($j: ID!, $p: ID!) { offerJob(jobId: $j, profileId: $p) { id earnings { monthlyLimitEur } } }',
      { j: jobId, p: people.pension.profileId },
      { token: coordinator.token },
    );
    expect(offered.offerJob.earnings).toEqual({ monthlyLimitEur: 1200 });
    const code = (
      await stack.ok<{ issueClientAccessCode: string }>(
        'mutation($c: ID!) { issueClientAccessCode(clientId: $c) }',
        { c: people.pension.clientId },
        { token: coordinator.token },
      )
    ).issueClientAccessCode;
    const client = (
      await stack.ok<{ loginWithAccessCode: { token: string } }>(
        'mutation($code: String!) { loginWithAccessCode(code: $code) { token } }',
        { code },
      )
    ).loginWithAccessCode.token;
    const mine = await stack.ok<{ myOffers: { id: string; earnings: { withinLimit: boolean; summary: string } }[] }>(
      '{ myOffers { id earnings { withinLimit summary(lang: EN) } } }',
      {},
      { token: client },
    );
    expect(mine.myOffers.find((o) => o.id === offered.offerJob.id)?.earnings).toEqual({
      withinLimit: false,
      summary:
        'About €2,167 a month at 20 hours a week. That is over your limit of €1,200. Up to 11 hours a week keeps you under it. Going over for three months in a row can stop your pension for a while; talk to your job coach first.',
    });
    // The client also sees their own limit.
    const own = await stack.ok<{ profile: { earningsLimit: Earnings } }>(
      PROFILE,
      { id: people.pension.profileId },
      {
        token: client,
      },
    );
    expect(own.profile.earningsLimit.monthlyLimitEur).toBe(1200);
  });

  type Advice = {
    kind: string;
    accommodation: { code: string } | null;
    minimumHours: number | null;
    additionalCandidates: number;
    fi: string;
    en: string;
    supportHints: { rule: { code: string } }[];
  };
  const advice = async (): Promise<Advice[]> => {
    await scored(stack, employer.token, 'job', jobId);
    return (
      await stack.ok<{ job: { advice: Advice[] } }>(
        `query($id: ID!) { job(id: $id) { advice { kind accommodation { code } minimumHours additionalCandidates
           fi: text(lang: FI) en: text(lang: EN) supportHints { rule { code } } } } }`,
        { id: jobId },
        { token: employer.token },
      )
    ).job.advice;
  };
  const feasibleCount = async (): Promise<number> =>
    (
      await stack.ok<{ job: { matches: { totalCount: number } } }>(
        'query($id: ID!) { job(id: $id) { matches(feasibleOnly: true) { totalCount } } }',
        { id: jobId },
        { token: employer.token },
      )
    ).job.matches.totalCount;
  const updateJob = async (changes: Partial<JobInput>): Promise<void> => {
    await stack.ok(
      'mutation($id: ID!, $input: JobInput!) { updateJob(id: $id, input: $input) { id } }',
      { id: jobId, input: jobInput({ ...JOB, ...changes }) },
      { token: employer.token },
    );
  };

  it('advises the changes that make more candidates fit, and each count is what the change really adds', async () => {
    const first = await advice();
    expect(first.map((a) => [a.kind, a.accommodation?.code ?? a.minimumHours, a.additionalCandidates])).toEqual([
      ['LOWER_MINIMUM_HOURS', 9, 2],
      ['OFFER_ACCOMMODATION', 'eq.ergonomic', 1],
    ]);
    expect(first[0].en).toBe('Lower the minimum hours to 9 hours a week. 2 more candidates would fit.');
    expect(first[0].fi).toBe('Laske vähimmäistyöaika 9 tuntiin viikossa. Silloin 2 ehdokasta lisää sopisi.');
    expect(first[1].supportHints.map((h) => h.rule.code)).toEqual(['working_conditions.equipment']);

    const before = await feasibleCount();
    await updateJob({ hoursPerWeekMin: first[0].minimumHours! });
    await scored(stack, employer.token, 'job', jobId);
    const afterHours = await feasibleCount();
    expect(afterHours - before).toBe(first[0].additionalCandidates);

    const second = await advice();
    const offer = second.find((a) => a.kind === 'OFFER_ACCOMMODATION')!;
    expect(offer.accommodation?.code).toBe('eq.ergonomic');
    await updateJob({
      hoursPerWeekMin: first[0].minimumHours!,
      accommodationCodes: [...JOB.accommodationCodes!, 'eq.ergonomic'],
    });
    await scored(stack, employer.token, 'job', jobId);
    expect((await feasibleCount()) - afterHours).toBe(offer.additionalCandidates);
    expect(await advice()).toEqual([]);
  });

  it('an ADMIN change of a figure changes the next answer, and a rule that ended yesterday no longer applies', async () => {
    const SAVE = `mutation($input: BenefitRuleInput!) { saveBenefitRule(input: $input) { code amountEur validFrom validTo } }`;
    const floor = {
      code: 'pension.guarantee_floor',
      kind: 'EARNINGS_LIMIT',
      label: { fi: 'Vähimmäisraja', sv: 'Lägsta gräns', en: 'Guarantee floor' },
      explanation: { fi: 'Selitys.', sv: 'Förklaring.', en: 'Explanation.' },
      amountEur: 976.59,
      validFrom: '2024-01-01',
      sourceUrl: 'https://www.varma.fi/',
    };
    // A new period may not overlap the one in force...
    const overlap = await stack.gql(
      SAVE,
      { input: { ...floor, validFrom: day(0), amountEur: 1000 } },
      { token: admin },
    );
    expectBadInput(overlap, [{ field: 'input.validFrom', reason: 'INCONSISTENT' }]);
    // ...so the old one ends yesterday, and the new figure holds from today.
    await stack.ok(SAVE, { input: { ...floor, validTo: day(-1) } }, { token: admin });
    await stack.ok(SAVE, { input: { ...floor, validFrom: day(0), amountEur: 1000 } }, { token: admin });
    const today = await stack.ok<{ benefitRules: { code: string; amountEur: number; validFrom: string }[] }>(
      '{ benefitRules(kind: EARNINGS_LIMIT) { code amountEur validFrom } }',
      {},
      { token: coordinator.token },
    );
    expect(today.benefitRules.filter((r) => r.code === 'pension.guarantee_floor')).toEqual([
      { code: 'pension.guarantee_floor', amountEur: 1000, validFrom: day(0) },
    ]);
    const yesterday = await stack.ok<{ benefitRules: { code: string; amountEur: number }[] }>(
      'query($on: String) { benefitRules(kind: EARNINGS_LIMIT, on: $on) { code amountEur } }',
      { on: day(-1) },
      { token: coordinator.token },
    );
    expect(yesterday.benefitRules.find((r) => r.code === 'pension.guarantee_floor')?.amountEur).toBe(976.59);

    const read = await stack.ok<{ profile: { earningsLimit: Earnings } }>(
      PROFILE,
      { id: people.floor.profileId },
      {
        token: coordinator.token,
      },
    );
    expect(read.profile.earningsLimit).toMatchObject({ monthlyLimitEur: 1000, rule: { amountEur: 1000 } });
    // The kernel's column follows too, as a new version that the worker scores.
    const row = await eventually(
      async () => {
        const { rows } = await stack.db.query<{ earnings_limit_eur: number; version: number; scored_version: number }>(
          'SELECT earnings_limit_eur, version, scored_version FROM capacity_profile WHERE id = $1',
          [people.floor.profileId],
        );
        return rows[0].scored_version === rows[0].version ? rows[0] : undefined;
      },
      30_000,
      'the floor profile to be rescored',
    );
    expect(row.earnings_limit_eur).toBe(1000);
    const refused = await stack.gql(SAVE, { input: { ...floor, validFrom: day(1) } }, { token: employer.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("when a period ends and the next begins, with no one changing a rule, the kernel's limit follows by itself", async () => {
    const columns = async (profileId: string) =>
      (
        await stack.db.query<{ earnings_limit_eur: number; version: number; scored_version: number }>(
          'SELECT earnings_limit_eur, version, scored_version FROM capacity_profile WHERE id = $1',
          [profileId],
        )
      ).rows[0];
    const before = await columns(people.floor.profileId);
    expect(before.earnings_limit_eur).toBe(1000);
    // What midnight does to a table that already holds the next period: moved in the data, not through the API,
    // so nothing tells the API or the worker. Today's figure (1000) now ended yesterday; 1050.25 holds from today.
    const client = await stack.db.connect();
    try {
      await client.query('BEGIN');
      const floorCode = 'pension.guarantee_floor';
      await client.query('UPDATE benefit_rule SET valid_to = $2 WHERE code = $1 AND valid_to = $3', [
        floorCode,
        day(-3),
        day(-1),
      ]);
      await client.query('UPDATE benefit_rule SET valid_from = $2, valid_to = $3 WHERE code = $1 AND valid_from = $4', [
        floorCode,
        day(-2),
        day(-1),
        day(0),
      ]);
      await client.query(
        `INSERT INTO benefit_rule (code, kind, label_fi, label_sv, label_en, explanation_fi, explanation_sv,
                                   explanation_en, amount_eur, percent, max_months, valid_from, valid_to, source_url)
         SELECT code, kind, label_fi, label_sv, label_en, explanation_fi, explanation_sv, explanation_en,
                1050.25, percent, max_months, $2, NULL, source_url
           FROM benefit_rule WHERE code = $1 AND valid_from = $3`,
        [floorCode, day(0), day(-2)],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const after = await eventually(
      async () => {
        const row = await columns(people.floor.profileId);
        return row.earnings_limit_eur === 1050.25 && row.scored_version === row.version ? row : undefined;
      },
      30_000,
      "the floor profile's limit to follow the new period and be scored",
    );
    // One new version, not one per pass of the watcher.
    expect(after.version).toBe(before.version + 1);
    // A limit from the benefit decision is the person's own figure: no rule moves it.
    expect((await columns(people.fixed.profileId)).earnings_limit_eur).toBe(986);
  });
});
