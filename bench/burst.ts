/**
 * Scoring scales out: a burst of profile updates against the published jobs, scored by one worker process and then
 * by two, each taking one job at a time (WORKER_CONCURRENCY=1), with nothing else running; then by one worker at
 * the default concurrency, for reference. The updates are made through the API with every worker stopped, so the
 * queue holds the whole burst when the workers start; the time is from the moment all of them run to the last
 * profile scored. Beside each time, how busy the machine's cores were (from /proc/stat): a ratio below 2 with the
 * cores near 100 % is the machine's limit, not a lock's.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config/env';
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
  /** scoring jobs each worker takes at once */
  concurrency: number;
  updates: number;
  seconds: number;
  perSecond: number;
  /** the share of the machine's CPU time that was busy over the run (all cores, all processes) */
  machineBusy: number | null;
}

export interface BurstFigures {
  publishedJobs: number;
  /** one worker, one job at a time */
  one: BurstRun;
  /** two workers, one job at a time each */
  two: BurstRun;
  /** two workers' rate ÷ one worker's */
  ratio: number;
  /** one worker at the default concurrency */
  defaultConcurrency: BurstRun;
}

/** Busy and total CPU ticks of the whole machine, or null where /proc/stat is missing. */
function cpuTicks(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + (fields[4] ?? 0);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
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

async function scoreBurst(
  stack: BenchStack,
  ids: readonly string[],
  workers: number,
  concurrency: number | null,
): Promise<BurstRun> {
  if ((await scoredCount(stack, ids)) !== 0) throw new Error('the burst was scored before the workers started');
  const env: Record<string, string> = concurrency === null ? {} : { WORKER_CONCURRENCY: String(concurrency) };
  const processes: BenchProcess[] = await Promise.all(
    Array.from({ length: workers }, (_, i) => stack.spawnWorker(`burst-worker-${i + 1}`, env)),
  );
  // Timed from the moment every worker runs; what the first one scored while another was starting is left out.
  const started = performance.now();
  const ticksBefore = cpuTicks();
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
  const ticksAfter = cpuTicks();
  const machineBusy =
    ticksBefore && ticksAfter
      ? (ticksAfter.busy - ticksBefore.busy) / Math.max(1, ticksAfter.total - ticksBefore.total)
      : null;
  const timed = ids.length - before;
  // What the workers run with: the stack's environment as the worker reads it.
  const effective = loadConfig({ ...stack.env, ...env }).workerConcurrency;
  log(
    `${timed} of ${ids.length} profile updates scored by ${workers} worker(s) × ${effective} in ${seconds.toFixed(1)} s` +
      (machineBusy === null ? '' : `, cores ${Math.round(machineBusy * 100)} % busy`),
  );
  return { workers, concurrency: effective, updates: ids.length, seconds, perSecond: timed / seconds, machineBusy };
}

/**
 * Runs the burst with one worker, then other bursts of the same profiles with two, then with one at the default
 * concurrency. The stack's own worker is stopped for it and not restarted: call this last.
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
  const plans: [workers: number, concurrency: number | null][] = [
    [1, 1],
    [2, 1],
    [1, null],
  ];
  for (const [round, [workers, concurrency]] of plans.entries()) {
    log(`burst: ${profiles.length} profile updates through the API, workers stopped`);
    await makeBurst(stack, accounts, profiles, round);
    runs.push(await scoreBurst(stack, ids, workers, concurrency));
  }
  const [one, two, defaultConcurrency] = runs;
  return { publishedJobs, one, two, ratio: two.perSecond / one.perSecond, defaultConcurrency };
}
