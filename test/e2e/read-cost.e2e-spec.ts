import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { urlVia } from '../../bench/net';
import { PgCounter } from '../../bench/pg-counter';
import { adminToken, createCoordinator, signUpEmployer, type Account } from '../factories/accounts';
import { createJob, publishJob } from '../factories/jobs';
import { activeCandidate } from '../factories/profiles';
import { eventually, Stack } from '../utils/stack';
import { SERVER_DATABASE_URL } from '../utils/test-env';

/**
 * What reading a job's matches asks of the database, counted by a proxy in front of Postgres (the bench's
 * pg-counter) between a second API process and the server. A page costs the same few statements whatever its size:
 * the candidates come with the page's own statement, not one statement per candidate or a second batch.
 */
describe('the database work of reading a page of matches', () => {
  let stack: Stack;
  let counter: PgCounter;
  let counted: string;
  let employer: Account;
  let coordinator: Account;
  let jobId: string;
  const CANDIDATES = 4;

  const PAGE = `query($id: ID!, $first: Int) {
    job(id: $id) {
      matches(first: $first) {
        edges { node { score feasible breakdown { tasks } reasons carveOut { id }
          candidate { pseudonym summary abilities { experience } accommodationNeeds { necessity } } } }
        pageInfo { hasNextPage }
      }
    }
  }`;
  type Page = { job: { matches: { edges: { node: { candidate: { pseudonym: string } } }[] } } };

  beforeAll(async () => {
    stack = await Stack.start();
    const admin = await adminToken(stack);
    employer = await signUpEmployer(stack, 'Kirjasto Oy');
    coordinator = await createCoordinator(stack, admin);
    for (let i = 0; i < CANDIDATES; i++) {
      await activeCandidate(stack, coordinator.token, {
        restrictions: [],
        accommodationNeeds: [{ accommodationCode: 'env.quiet', necessity: 'REQUIRED' }],
      });
    }
    const job = await createJob(stack, employer.token, {
      accommodationCodes: ['sched.flex_start', 'sup.instructor_onsite', 'info.visual', 'env.quiet'],
    });
    jobId = job.id;
    await publishJob(stack, employer.token, jobId);
    await eventually(
      async () => {
        const data = await stack.ok<Page>(PAGE, { id: jobId, first: 20 }, { token: employer.token });
        return data.job.matches.edges.length === CANDIDATES ? true : undefined;
      },
      30_000,
      'every candidate among the job matches',
    );
    const server = new URL(SERVER_DATABASE_URL);
    counter = new PgCounter(server.hostname, Number(server.port || 5432));
    await counter.start();
    counted = (await stack.spawnApi({ DATABASE_URL: urlVia(stack.env.DATABASE_URL, '127.0.0.1', counter.port) })).url;
  });

  afterAll(async () => {
    await stack?.stop();
    await counter?.stop();
  });

  /** Sends the page once, as `token`, to the counted API; returns how many candidates it showed and what it sent. */
  async function read(token: string, first: number): Promise<{ shown: number; statements: string[]; syncs: number }> {
    const before = counter.snapshot().statements;
    counter.texts.length = 0;
    const data = await stack.ok<Page>(PAGE, { id: jobId, first }, { token, url: counted });
    const syncs = counter.snapshot().statements - before;
    return { shown: data.job.matches.edges.length, statements: [...counter.texts], syncs };
  }

  it.each([
    ['an employer', () => employer.token],
    ['a coordinator', () => coordinator.token],
  ])('costs %s the same statements for a page of one as for a page of every candidate', async (_who, token) => {
    await read(token(), 1); // the first request of a connection may look up types; count the ones after it
    const one = await read(token(), 1);
    const all = await read(token(), 20);
    expect(one.shown).toBe(1);
    expect(all.shown).toBe(CANDIDATES);
    expect(all.statements).toHaveLength(one.statements.length);
  });

  it('reads an employer’s page in three statements: the viewer (and session), the job, and the page with its daily limit and access log', async () => {
    await read(employer.token, 20);
    const { shown, statements, syncs } = await read(employer.token, 20);
    expect(shown).toBe(CANDIDATES);
    expect(syncs).toBe(statements.length);
    // A fourth statement would be the candidate loader, which the page's own candidate columns make unnecessary.
    expect(statements).toEqual([
      // The viewer with its session's check and idle renewal, in one statement.
      expect.stringMatching(
        /^WITH live AS \( SELECT .* FROM session s\b.*UPDATE session s\b.* FROM live JOIN app_user u\b/,
      ),
      expect.stringMatching(/^SELECT .* FROM "job" "JobEntity"/),
      expect.stringMatching(
        /^WITH page AS \(.*AS "candidate\.pseudonym".*INSERT INTO candidate_view_day .*INSERT INTO profile_view .*SELECT page\.\*, EXISTS \(SELECT 1 FROM gate\) AS view_allowed FROM page$/,
      ),
    ]);
  });
});
