import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Account, adminToken, createCoordinator, signUpEmployer } from '../factories/accounts';
import { createJob, jobInput, publishJob, WEEKDAYS } from '../factories/jobs';
import { createClient } from '../factories/profiles';
import { signInClient } from '../factories/world';
import { forgedCursor } from '../utils/forged';
import { Stack } from '../utils/stack';
import { codeOf, fieldSetOf } from '../utils/errors';

const JOB_FIELDS = `
  id title description status municipalityCode remotePossible hoursPerWeekMin hoursPerWeekMax
  schedule { day start end }
  tasks { id description modifiable hoursShare taskType { code label(lang: EN) } demands { demand { code } level } }
  accommodations { code category }
  hourlyWage positions version publishedAt createdAt
  organisation { id }
  matching { upToDate scoredVersion scoredAt candidatesScored }
`;

interface Job {
  id: string;
  title: string;
  description: string;
  status: string;
  municipalityCode: string;
  remotePossible: boolean;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  schedule: { day: string; start: string; end: string }[];
  tasks: {
    id: string;
    description: string;
    modifiable: boolean;
    hoursShare: number | null;
    taskType: { code: string; label: string };
    demands: { demand: { code: string }; level: number }[];
  }[];
  accommodations: { code: string; category: string }[];
  hourlyWage: number | null;
  positions: number;
  version: number;
  publishedAt: string | null;
  createdAt: string;
  organisation: { id: string };
  matching: { upToDate: boolean; scoredVersion: number | null; scoredAt: string | null; candidatesScored: number };
}

interface Page {
  jobs: {
    edges: { cursor: string; node: { id: string; status: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

const CREATE = `mutation($input: JobInput!) { createJob(input: $input) { ${JOB_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: JobInput!, $expectedVersion: Int) {
  updateJob(id: $id, input: $input, expectedVersion: $expectedVersion) { ${JOB_FIELDS} }
}`;
const PUBLISH = `mutation($id: ID!) { publishJob(id: $id) { ${JOB_FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $filled: Boolean) { closeJob(id: $id, filled: $filled) { ${JOB_FIELDS} } }`;
const JOB = `query($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`;
const JOBS = `query($filter: JobFilter, $first: Int, $after: String) {
  jobs(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id status } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

/** A secret the test gives the API, so that it can sign a CLIENT's token (clients sign in with access codes). */

describe('jobs', () => {
  let stack: Stack;
  let admin: string;
  let employer: Account;
  let other: Account;
  let coordinator: Account;
  let client: string;
  let typicalDemands: Map<string, { demand: { code: string }; level: number }[]>;

  /** Every page of `jobs` for the caller, walked with `after`. */
  async function allPages(token: string, filter: Record<string, unknown>, first: number) {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await stack.ok<Page>(JOBS, { filter, first, after }, { token });
      pages += 1;
      ids.push(...page.jobs.edges.map((e) => e.node.id));
      totals.push(page.jobs.totalCount);
      expect(page.jobs.edges.length).toBeLessThanOrEqual(first);
      if (!page.jobs.pageInfo.hasNextPage) break;
      after = page.jobs.pageInfo.endCursor;
      expect(pages).toBeLessThan(50);
    }
    return { ids, totals, pages };
  }

  beforeAll(async () => {
    // LOG_LEVEL info: the worker announces "worker started" at info level, which the harness waits for.
    stack = await Stack.start({ env: { LOG_LEVEL: 'info' } });
    admin = await adminToken(stack);
    [employer, other, coordinator] = await Promise.all([
      signUpEmployer(stack, 'Lounasravintola Lusikka'),
      signUpEmployer(stack, 'Kahvila Kuppi'),
      createCoordinator(stack, admin),
    ]);
    client = (await signInClient(stack, coordinator.token, (await createClient(stack, coordinator.token)).id)).token;
    const taxonomy = await stack.ok<{
      taskTypes: { code: string; typicalDemands: { demand: { code: string }; level: number }[] }[];
    }>('{ taskTypes { code typicalDemands { demand { code } level } } }');
    typicalDemands = new Map(taxonomy.taskTypes.map((t) => [t.code, t.typicalDemands]));
  });
  afterAll(() => stack.stop());

  it('creates a DRAFT at version 1, with the typical demands of a task that gives none', async () => {
    const { createJob: job } = await stack.ok<{ createJob: Job }>(
      CREATE,
      { input: jobInput() },
      { token: employer.token },
    );
    expect(job).toMatchObject({
      title: 'Astianpesijä lounasravintolaan',
      status: 'DRAFT',
      version: 1,
      municipalityCode: '091',
      remotePossible: false,
      hoursPerWeekMin: 10,
      hoursPerWeekMax: 20,
      hourlyWage: 11.5,
      positions: 1,
      publishedAt: null,
      organisation: { id: employer.organisationId },
    });
    expect(job.schedule).toEqual(WEEKDAYS.map((day) => ({ day, start: '09:00', end: '13:00' })));
    expect(job.accommodations.map((a) => a.code).sort()).toEqual(
      ['info.visual', 'sched.flex_start', 'sup.instructor_onsite'].sort(),
    );
    expect(Number.isNaN(Date.parse(job.createdAt))).toBe(false);

    expect(job.tasks).toHaveLength(2);
    const [essential, modifiable] = job.tasks;
    expect(essential).toMatchObject({ modifiable: false, hoursShare: 70, taskType: { code: 'dishwashing' } });
    expect(essential.taskType.label).toBe('Dishwashing');
    const typical = typicalDemands.get('dishwashing') ?? [];
    expect(typical.length).toBeGreaterThan(0);
    expect(essential.demands).toEqual(expect.arrayContaining(typical));
    expect(essential.demands).toHaveLength(typical.length);
    expect(modifiable).toMatchObject({ modifiable: true, hoursShare: 30, taskType: { code: 'clearing_tables' } });
    expect(modifiable.demands).toEqual(
      expect.arrayContaining([
        { demand: { code: 'd4154' }, level: 2 },
        { demand: { code: 'd450' }, level: 2 },
      ]),
    );
    expect(modifiable.demands).toHaveLength(2);

    expect(typeof job.matching.upToDate).toBe('boolean');
    expect(job.matching.scoredVersion === null || typeof job.matching.scoredVersion === 'number').toBe(true);
    expect(typeof job.matching.candidatesScored).toBe('number');

    // The derived columns are written with the row.
    const { rows } = await stack.db.query<{ search_text: string; features: Buffer; offered_mask: number }>(
      'SELECT search_text, features, offered_mask FROM job WHERE id = $1',
      [job.id],
    );
    expect(rows[0].search_text).toContain('Pöytien pyyhintä');
    expect(rows[0].features.length).toBeGreaterThan(0);
    expect(rows[0].offered_mask).not.toBe(0);
  });

  it('applies the defaults and keeps what is given', async () => {
    const { createJob: job } = await stack.ok<{ createJob: Job }>(
      CREATE,
      { input: jobInput({ remotePossible: true, positions: 3, hourlyWage: null, title: '  Tiskaaja  ' }) },
      { token: employer.token },
    );
    expect(job).toMatchObject({ title: 'Tiskaaja', remotePossible: true, positions: 3, hourlyWage: null });
  });

  it('writes a new version with new tasks on update, and keeps the old task rows', async () => {
    const created = await createJob(stack, employer.token);
    const input = jobInput({
      title: 'Astianpesijä ja kahvinkeittäjä',
      tasks: [
        { taskTypeCode: 'dishwashing', description: 'Astioiden pesu', modifiable: false },
        { taskTypeCode: 'kitchen_help', description: 'Kahvin keitto', modifiable: true },
        { taskTypeCode: 'clearing_tables', description: 'Pöytien pyyhintä', modifiable: true, demands: [] },
      ],
    });
    const { updateJob: updated } = await stack.ok<{ updateJob: Job }>(
      UPDATE,
      { id: created.id, input, expectedVersion: 1 },
      { token: employer.token },
    );
    expect(updated).toMatchObject({
      id: created.id,
      version: 2,
      status: 'DRAFT',
      title: 'Astianpesijä ja kahvinkeittäjä',
    });
    expect(updated.tasks.map((t) => t.description)).toEqual(['Astioiden pesu', 'Kahvin keitto', 'Pöytien pyyhintä']);
    expect(updated.tasks[2].demands).toEqual([]);
    const oldIds = created.tasks.map((t) => t.id);
    for (const task of updated.tasks) expect(oldIds).not.toContain(task.id);

    const reread = await stack.ok<{ job: Job }>(JOB, { id: created.id }, { token: employer.token });
    expect(reread.job.tasks.map((t) => t.id)).toEqual(updated.tasks.map((t) => t.id));
    const { rows } = await stack.db.query<{ job_version: number; n: number }>(
      'SELECT job_version, count(*)::int AS n FROM job_task WHERE job_id = $1 GROUP BY job_version ORDER BY 1',
      [created.id],
    );
    expect(rows).toEqual([
      { job_version: 1, n: 2 },
      { job_version: 2, n: 3 },
    ]);

    // A stale expectedVersion is refused and changes nothing; no expectedVersion means "whatever is there".
    const stale = await stack.gql(
      UPDATE,
      { id: created.id, input: jobInput(), expectedVersion: 1 },
      { token: employer.token },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/changed since you loaded it \(version 2 now\)/);
    const unconditional = await stack.ok<{ updateJob: Job }>(
      UPDATE,
      { id: created.id, input: jobInput() },
      { token: employer.token },
    );
    expect(unconditional.updateJob.version).toBe(3);
  });

  it('lets exactly one of several concurrent updates from the same version through', async () => {
    const created = await createJob(stack, employer.token);
    const responses = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        stack.gql(
          UPDATE,
          { id: created.id, input: jobInput({ title: `Versio ${n}` }), expectedVersion: 1 },
          { token: employer.token },
        ),
      ),
    );
    expect(responses.filter((r) => !r.errors).length).toBe(1);
    expect(responses.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(3);
    const { job } = await stack.ok<{ job: Job }>(JOB, { id: created.id }, { token: employer.token });
    expect(job.version).toBe(2);
  });

  it('moves DRAFT → PUBLISHED → FILLED, bumping the version, and refuses every other move', async () => {
    const created = await createJob(stack, employer.token);
    const draftClose = await stack.gql(CLOSE, { id: created.id, filled: true }, { token: employer.token });
    expect(codeOf(draftClose)).toBe('CONFLICT');
    expect(draftClose.errors?.[0].message).toMatch(/DRAFT/);

    const { publishJob: published } = await stack.ok<{ publishJob: Job }>(
      PUBLISH,
      { id: created.id },
      { token: employer.token },
    );
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 2 });
    expect(Number.isNaN(Date.parse(published.publishedAt ?? ''))).toBe(false);
    // Each version has its own task rows: publishing carries the tasks over as they were.
    expect(published.tasks.map((t) => t.description)).toEqual(jobInput().tasks.map((t) => t.description));
    const versions = await stack.db.query<{ job_version: number; n: number }>(
      'SELECT job_version, count(*)::int AS n FROM job_task WHERE job_id = $1 GROUP BY job_version ORDER BY 1',
      [created.id],
    );
    expect(versions.rows).toEqual([
      { job_version: 1, n: 2 },
      { job_version: 2, n: 2 },
    ]);

    const again = await stack.gql(PUBLISH, { id: created.id }, { token: employer.token });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0].message).toMatch(/PUBLISHED/);

    // A published job can still be edited.
    const edited = await stack.ok<{ updateJob: Job }>(
      UPDATE,
      { id: created.id, input: jobInput({ positions: 2 }), expectedVersion: 2 },
      { token: employer.token },
    );
    expect(edited.updateJob).toMatchObject({
      status: 'PUBLISHED',
      version: 3,
      positions: 2,
      publishedAt: published.publishedAt,
    });

    const { closeJob: filled } = await stack.ok<{ closeJob: Job }>(
      CLOSE,
      { id: created.id, filled: true },
      { token: employer.token },
    );
    expect(filled).toMatchObject({ status: 'FILLED', version: 4 });
    expect(filled.tasks).toHaveLength(2);

    for (const response of [
      await stack.gql(UPDATE, { id: created.id, input: jobInput() }, { token: employer.token }),
      await stack.gql(PUBLISH, { id: created.id }, { token: employer.token }),
      await stack.gql(CLOSE, { id: created.id }, { token: employer.token }),
    ]) {
      expect(codeOf(response)).toBe('CONFLICT');
      expect(response.errors?.[0].message).toMatch(/FILLED/);
    }
    const { rows } = await stack.db.query<{ version: number; closed_at: Date | null }>(
      'SELECT version, closed_at FROM job WHERE id = $1',
      [created.id],
    );
    expect(rows[0].version).toBe(4);
    expect(rows[0].closed_at).not.toBeNull();

    const second = await createJob(stack, employer.token);
    await publishJob(stack, employer.token, second.id);
    const { closeJob: closed } = await stack.ok<{ closeJob: Job }>(CLOSE, { id: second.id }, { token: employer.token });
    expect(closed).toMatchObject({ status: 'CLOSED', version: 3 });
  });

  it('names every field the input validation refuses, in one error', async () => {
    const base = jobInput();
    const shape = await stack.gql(
      CREATE,
      {
        input: {
          ...base,
          title: '   ',
          description: 'x'.repeat(5001),
          municipalityCode: '12',
          hoursPerWeekMin: 0,
          hoursPerWeekMax: 41,
          schedule: [{ day: 'MON', start: '09:10', end: '25:00' }],
          tasks: [
            {
              taskTypeCode: 'dishwashing',
              description: '',
              modifiable: true,
              hoursShare: 0,
              demands: [{ demandCode: 'd4300', level: 5 }],
            },
          ],
          accommodationCodes: Array.from({ length: 28 }, (_, i) => `code${i}`),
          hourlyWage: 1000.5,
          positions: 0,
        },
      },
      { token: employer.token },
    );
    expect(codeOf(shape)).toBe('BAD_USER_INPUT');
    expect(fieldSetOf(shape)).toEqual(
      [
        'input.title',
        'input.description',
        'input.municipalityCode',
        'input.hoursPerWeekMin',
        'input.hoursPerWeekMax',
        'input.schedule[0].start',
        'input.schedule[0].end',
        'input.tasks[0].description',
        'input.tasks[0].hoursShare',
        'input.tasks[0].demands[0].level',
        'input.accommodationCodes',
        'input.hourlyWage',
        'input.positions',
      ].sort(),
    );

    const semantic = await stack.gql(
      CREATE,
      {
        input: {
          ...base,
          municipalityCode: '999',
          hoursPerWeekMin: 30,
          hoursPerWeekMax: 20,
          schedule: [
            { day: 'MON', start: '09:00', end: '13:00' },
            { day: 'MON', start: '12:00', end: '14:00' },
            { day: 'TUE', start: '15:00', end: '14:00' },
          ],
          tasks: [
            { taskTypeCode: 'juggling', description: 'Jonglööraus', modifiable: false, hoursShare: 60 },
            {
              taskTypeCode: 'dishwashing',
              description: 'Astiat',
              modifiable: true,
              hoursShare: 50,
              demands: [
                { demandCode: 'd4300', level: 2 },
                { demandCode: 'x999', level: 1 },
                { demandCode: 'd4300', level: 3 },
              ],
            },
          ],
          accommodationCodes: ['sched.flex_start', 'no.such', 'sched.flex_start'],
        },
      },
      { token: employer.token },
    );
    expect(codeOf(semantic)).toBe('BAD_USER_INPUT');
    expect(fieldSetOf(semantic)).toEqual(
      [
        'input.municipalityCode',
        'input.hoursPerWeekMin',
        'input.schedule[1]',
        'input.schedule[2]',
        'input.accommodationCodes[1]',
        'input.accommodationCodes[2]',
        'input.tasks[0].taskTypeCode',
        'input.tasks[1].demands[1].demandCode',
        'input.tasks[1].demands[2].demandCode',
        'input.tasks',
      ].sort(),
    );

    const window = (day: string) => ({ day, start: '08:00', end: '08:15' });
    const cases: [Record<string, unknown>, string][] = [
      [{ schedule: [] }, 'input.schedule'],
      [
        { schedule: Array.from({ length: 22 }, (_, i) => ({ ...window('MON'), start: `0${i % 8}:00` })) },
        'input.schedule',
      ],
      [{ tasks: [] }, 'input.tasks'],
      [{ tasks: Array.from({ length: 21 }, () => base.tasks[0]) }, 'input.tasks'],
      [
        {
          tasks: [{ ...base.tasks[0], demands: Array.from({ length: 31 }, () => ({ demandCode: 'd4300', level: 1 })) }],
        },
        'input.tasks[0].demands',
      ],
      [{ tasks: [{ ...base.tasks[0], description: 'x'.repeat(1001) }] }, 'input.tasks[0].description'],
      [{ tasks: [{ ...base.tasks[0], hoursShare: 101 }] }, 'input.tasks[0].hoursShare'],
      [
        { tasks: [{ ...base.tasks[0], demands: [{ demandCode: 'd4300', level: -1 }] }] },
        'input.tasks[0].demands[0].level',
      ],
      [{ title: 'x'.repeat(201) }, 'input.title'],
      [{ description: '' }, 'input.description'],
      [{ hoursPerWeekMin: 20.5, hoursPerWeekMax: 30 }, 'input.schedule'],
      [{ hoursPerWeekMin: -1 }, 'input.hoursPerWeekMin'],
      [{ hourlyWage: -0.01 }, 'input.hourlyWage'],
      [{ hourlyWage: 12.345 }, 'input.hourlyWage'],
      [{ positions: 101 }, 'input.positions'],
      [{ accommodationCodes: ['x'.repeat(41)] }, 'input.accommodationCodes'],
      [{ accommodationCodes: ['sup.mentor', 'sup.mentor'] }, 'input.accommodationCodes[1]'],
    ];
    for (const [overrides, field] of cases) {
      const response = await stack.gql(CREATE, { input: { ...base, ...overrides } }, { token: employer.token });
      expect({ overrides, code: codeOf(response), fields: fieldSetOf(response) }).toEqual({
        overrides,
        code: 'BAD_USER_INPUT',
        fields: [field],
      });
    }

    // Nothing of the refused jobs was written.
    const { rows } = await stack.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM job WHERE title IN ('', 'x') OR municipality_code = '999'",
    );
    expect(rows[0].n).toBe(0);
  });

  it('bounds the list arguments', async () => {
    for (const [variables, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ filter: { text: 'x'.repeat(201) } }, 'filter.text'],
      [{ filter: { municipalityCode: 'Helsinki' } }, 'filter.municipalityCode'],
      [{ after: 'not-a-cursor' }, 'after'],
      [{ after: forgedCursor(['yesterday', 'x']) }, 'after'],
    ] as const) {
      const response = await stack.gql(JOBS, variables, { token: employer.token });
      expect({ variables, code: codeOf(response), fields: fieldSetOf(response) }).toEqual({
        variables,
        code: 'BAD_USER_INPUT',
        fields: [field],
      });
    }
  });

  describe('who sees and changes which job', () => {
    let draft: string;
    let published: string;
    let filled: string;
    let othersDraft: string;

    beforeAll(async () => {
      draft = (await createJob(stack, employer.token, { title: 'Luonnos' })).id;
      published = (await createJob(stack, employer.token, { title: 'Julkaistu' })).id;
      await publishJob(stack, employer.token, published);
      filled = (await createJob(stack, employer.token, { title: 'Täytetty' })).id;
      await publishJob(stack, employer.token, filled);
      await stack.ok(CLOSE, { id: filled, filled: true }, { token: employer.token });
      othersDraft = (await createJob(stack, other.token, { title: 'Toisen luonnos' })).id;
    });

    it('shows an employer its own jobs in every status, and only those in jobs', async () => {
      const { ids } = await allPages(employer.token, {}, 100);
      expect(ids).toEqual(expect.arrayContaining([draft, published, filled]));
      expect(ids).not.toContain(othersDraft);
      for (const id of [draft, published, filled]) {
        expect((await stack.ok<{ job: Job }>(JOB, { id }, { token: employer.token })).job.id).toBe(id);
      }
      const drafts = await allPages(employer.token, { status: 'DRAFT' }, 100);
      expect(drafts.ids).toContain(draft);
      expect(drafts.ids).not.toContain(published);
    });

    it("lets another employer read a published job but not change it, and hides the others' drafts", async () => {
      const read = await stack.ok<{ job: Job }>(JOB, { id: published }, { token: other.token });
      expect(read.job).toMatchObject({
        id: published,
        status: 'PUBLISHED',
        organisation: { id: employer.organisationId },
      });
      expect(read.job.tasks).toHaveLength(2);

      for (const response of [
        await stack.gql(UPDATE, { id: published, input: jobInput() }, { token: other.token }),
        await stack.gql(CLOSE, { id: published, filled: true }, { token: other.token }),
        await stack.gql(PUBLISH, { id: published }, { token: other.token }),
      ]) {
        expect(codeOf(response)).toBe('FORBIDDEN');
      }
      for (const id of [draft, filled]) {
        expect(codeOf(await stack.gql(JOB, { id }, { token: other.token }))).toBe('NOT_FOUND');
        expect(codeOf(await stack.gql(UPDATE, { id, input: jobInput() }, { token: other.token }))).toBe('NOT_FOUND');
        expect(codeOf(await stack.gql(PUBLISH, { id }, { token: other.token }))).toBe('NOT_FOUND');
      }
      const { ids } = await allPages(other.token, {}, 100);
      expect(ids).toEqual([othersDraft]);
    });

    it('shows a coordinator published jobs only', async () => {
      const { ids } = await allPages(coordinator.token, {}, 100);
      expect(ids).toContain(published);
      for (const id of [draft, filled, othersDraft]) expect(ids).not.toContain(id);
      const statuses = await stack.ok<Page>(JOBS, { first: 100 }, { token: coordinator.token });
      expect(new Set(statuses.jobs.edges.map((e) => e.node.status))).toEqual(new Set(['PUBLISHED']));
      expect(statuses.jobs.totalCount).toBe(ids.length);
      const draftsAsked = await stack.ok<Page>(JOBS, { filter: { status: 'DRAFT' } }, { token: coordinator.token });
      expect(draftsAsked.jobs).toMatchObject({ edges: [], totalCount: 0 });

      expect((await stack.ok<{ job: Job }>(JOB, { id: published }, { token: coordinator.token })).job.id).toBe(
        published,
      );
      for (const id of [draft, filled, othersDraft]) {
        expect(codeOf(await stack.gql(JOB, { id }, { token: coordinator.token }))).toBe('NOT_FOUND');
      }
      expect(codeOf(await stack.gql(CREATE, { input: jobInput() }, { token: coordinator.token }))).toBe('FORBIDDEN');
      expect(codeOf(await stack.gql(PUBLISH, { id: draft }, { token: coordinator.token }))).toBe('FORBIDDEN');
    });

    it('shows an admin every job, and lets only employers change them', async () => {
      const { ids } = await allPages(admin, {}, 100);
      expect(ids).toEqual(expect.arrayContaining([draft, published, filled, othersDraft]));
      const { rows } = await stack.db.query<{ n: number }>('SELECT count(*)::int AS n FROM job');
      expect(ids).toHaveLength(rows[0].n);
      const drafts = await allPages(admin, { status: 'DRAFT' }, 100);
      expect(drafts.ids).toEqual(expect.arrayContaining([draft, othersDraft]));
      expect(drafts.ids).not.toContain(published);
      for (const id of [draft, filled, othersDraft]) {
        expect((await stack.ok<{ job: Job }>(JOB, { id }, { token: admin })).job.id).toBe(id);
      }
      expect(codeOf(await stack.gql(CREATE, { input: jobInput() }, { token: admin }))).toBe('FORBIDDEN');
      expect(codeOf(await stack.gql(UPDATE, { id: draft, input: jobInput() }, { token: admin }))).toBe('FORBIDDEN');
    });

    it('refuses clients the list and hides every job from them for now', async () => {
      expect(codeOf(await stack.gql(JOBS, {}, { token: client }))).toBe('FORBIDDEN');
      for (const id of [draft, published]) {
        expect(codeOf(await stack.gql(JOB, { id }, { token: client }))).toBe('NOT_FOUND');
      }
      expect(codeOf(await stack.gql(CREATE, { input: jobInput() }, { token: client }))).toBe('FORBIDDEN');
    });

    it('wants anonymous callers to sign in', async () => {
      for (const response of [
        await stack.gql(JOBS),
        await stack.gql(JOB, { id: published }),
        await stack.gql(CREATE, { input: jobInput() }),
        await stack.gql(PUBLISH, { id: draft }),
      ]) {
        expect(codeOf(response)).toBe('UNAUTHENTICATED');
      }
    });

    it('answers NOT_FOUND for ids that are not jobs, UUIDs or not', async () => {
      for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000', "'; DROP TABLE job; --", '']) {
        expect(codeOf(await stack.gql(JOB, { id }, { token: admin }))).toBe('NOT_FOUND');
        expect(codeOf(await stack.gql(UPDATE, { id, input: jobInput() }, { token: employer.token }))).toBe('NOT_FOUND');
        expect(codeOf(await stack.gql(CLOSE, { id }, { token: employer.token }))).toBe('NOT_FOUND');
      }
    });
  });

  it('finds jobs by a word stem anywhere in the text, and shrugs off tsquery syntax', async () => {
    const searcher = await signUpEmployer(stack, 'Siivouspalvelu Kiilto');
    const windows = await createJob(stack, searcher.token, {
      title: 'Apulainen',
      description: 'Kevyitä tehtäviä toimistossa.',
      tasks: [{ taskTypeCode: 'window_washing', description: 'Ikkunoiden siivous ja pyyhintä', modifiable: false }],
    });
    const dishes = await createJob(stack, searcher.token, { municipalityCode: '049' });

    const search = async (text: string, extra: Record<string, unknown> = {}, token = searcher.token) =>
      (await stack.ok<Page>(JOBS, { filter: { text, ...extra } }, { token })).jobs.edges.map((e) => e.node.id);

    expect(await search('siivo')).toEqual([windows.id]);
    expect(await search('SIIVOUS ikkun')).toEqual([windows.id]);
    expect(await search('siivo astian')).toEqual([]);
    expect(await search('astianpesu')).toEqual([dishes.id]);
    expect(await search('lounasravintolaan')).toEqual([dishes.id]);
    expect((await search('a & | ! ( :*')).sort()).toEqual([windows.id, dishes.id].sort());
    for (const text of ["'", '\\', 'siivo:*B', '!!', '(((', '<->', ':*', 'ä & ö', '   ']) {
      const response = await stack.gql(JOBS, { filter: { text } }, { token: searcher.token });
      expect({ text, errors: response.errors }).toEqual({ text, errors: undefined });
    }
    expect(await search('apulainen', { municipalityCode: '091' })).toEqual([windows.id]);
    expect(await search('apulainen', { municipalityCode: '049' })).toEqual([]);

    // Coordinators find it once it is published.
    expect(await search('ikkunoiden', {}, coordinator.token)).toEqual([]);
    await publishJob(stack, searcher.token, windows.id);
    expect(await search('ikkunoiden', {}, coordinator.token)).toEqual([windows.id]);
  });

  it('walks every page with after, newest first, with the right totalCount', async () => {
    const poster = await signUpEmployer(stack, 'Pakkaamo Paketti');
    const created: string[] = [];
    for (let i = 0; i < 7; i++) {
      created.push((await createJob(stack, poster.token, { title: `Pakkaaja ${i}`, municipalityCode: '564' })).id);
    }
    const newestFirst = [...created].reverse();
    for (const first of [1, 2, 3, 7, 100]) {
      const walked = await allPages(poster.token, {}, first);
      expect(walked.ids).toEqual(newestFirst);
      expect(new Set(walked.totals)).toEqual(new Set([7]));
      expect(walked.pages).toBe(Math.max(1, Math.ceil(7 / first)));
    }

    // Rows created in the same microsecond (here: later than the rest) are ordered by id, and no page loses or
    // repeats one.
    await stack.db.query("UPDATE job SET created_at = '2030-01-01T12:00:00.123456Z' WHERE id = ANY($1)", [
      created.slice(2, 6),
    ]);
    const tied = [...created.slice(2, 6)].sort();
    const expected = [...tied, created[6], created[1], created[0]];
    for (const first of [1, 2, 3]) {
      expect((await allPages(poster.token, {}, first)).ids).toEqual(expected);
    }

    // Coordinators' pages follow the publication order.
    const publishOrder = [created[3], created[0], created[6], created[1], created[5]];
    for (const id of publishOrder) await publishJob(stack, poster.token, id);
    const walked = await allPages(coordinator.token, { municipalityCode: '564' }, 2);
    expect(walked.ids).toEqual([...publishOrder].reverse());
    expect(new Set(walked.totals)).toEqual(new Set([5]));
  });
});
