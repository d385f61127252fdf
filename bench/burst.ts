/**
 * Scoring scales out: a burst of profile updates against the published jobs, scored by one worker process and then
 * by two, with nothing else running. The updates are made through the API with every worker stopped, so the queue
 * holds the whole burst when the workers start; the time is from the moment all of them run to the last profile
 * scored.
 */
import { performance } from 'node:perf_hooks';
import type { BenchProfile } from './data';
import { type Accounts, profileInputOf } from './seed';
import type { BenchProcess, BenchStack } from './stack';
import { log, sleep } from './util';

const UPDATE_PROFILE =
  'mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { id version } }';
/** Updates in flight while the burst is made. */
const IN_FLIGHT = 8;

export interface BurstRun {
  workers: number;
  updates: number;
  seconds: number;
  perSecond: number;
}

export interface BurstFigures {
  publishedJobs: number;
  one: BurstRun;
  two: BurstRun;
  /** two workers' rate ÷ one worker's */
  ratio: number;
}

/** Moves each profile's upper hour limit by half an hour a round, so every update needs a scoring run. */
async function makeBurst(
  stack: BenchStack,
  accounts: Accounts,
  profiles: readonly { id: string; profile: BenchProfile }[],
  round: number,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < profiles.length) {
        const { id, profile } = profiles[next++];
        const step = profile.hoursMax < 25 ? 0.5 : -0.5;
        const hoursMax = Math.max(profile.hoursMin, profile.hoursMax + step * (round + 1));
        await stack.gql(
          UPDATE_PROFILE,
          { id, input: profileInputOf({ ...profile, hoursMax }) },
          accounts.coordinatorToken,
        );
      }
    }),
  );
}

async function scoredCount(stack: BenchStack, ids: readonly string[]): Promise<number> {
  const { rows } = await stack.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM capacity_profile WHERE id = ANY($1::uuid[]) AND scored_version = version',
    [ids],
  );
  return rows[0].n;
}

async function scoreBurst(stack: BenchStack, ids: readonly string[], workers: number): Promise<BurstRun> {
  if ((await scoredCount(stack, ids)) !== 0) throw new Error('the burst was scored before the workers started');
  const processes: BenchProcess[] = await Promise.all(
    Array.from({ length: workers }, (_, i) => stack.spawnWorker(`burst-worker-${i + 1}`)),
  );
  // Timed from the moment every worker runs; what the first one scored while another was starting is left out.
  const started = performance.now();
  const before = await scoredCount(stack, ids);
  try {
    const deadline = Date.now() + 600_000;
    while ((await scoredCount(stack, ids)) < ids.length) {
      if (Date.now() > deadline) throw new Error(`the burst was not scored in 10 minutes by ${workers} worker(s)`);
      await sleep(50);
    }
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
  }
  const seconds = (performance.now() - started) / 1000;
  const timed = ids.length - before;
  log(`${timed} of ${ids.length} profile updates scored by ${workers} worker(s) in ${seconds.toFixed(1)} s`);
  return { workers, updates: ids.length, seconds, perSecond: timed / seconds };
}

/**
 * Runs the burst with one worker, then another burst of the same profiles with two. The stack's own worker is
 * stopped for it and not restarted: call this last.
 */
export async function measureBurst(
  stack: BenchStack,
  accounts: Accounts,
  profiles: readonly { id: string; profile: BenchProfile }[],
  publishedJobs: number,
): Promise<BurstFigures> {
  await stack.worker.stop();
  const ids = profiles.map((p) => p.id);
  const runs: BurstRun[] = [];
  for (const [round, workers] of [1, 2].entries()) {
    log(`burst: ${profiles.length} profile updates through the API, workers stopped`);
    await makeBurst(stack, accounts, profiles, round);
    runs.push(await scoreBurst(stack, ids, workers));
  }
  const [one, two] = runs;
  return { publishedJobs, one, two, ratio: two.perSecond / one.perSecond };
}
