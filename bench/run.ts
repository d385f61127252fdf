/**
 * `npm run bench [-- --quick]`: the kernel alone, publish and profile-update latency through the real API and
 * worker, read throughput against a bare Apollo server, and the worker's memory, in one run. Prints one table and
 * puts it at the top of bench/results.md. Progress goes to stderr.
 *
 *   full  (under 15 min on 2 cores): kernel at 100k and 1M profiles; stack at 10k, 100k and 1M ACTIVE profiles;
 *                                    the upsert before and after; a burst of 500 profile updates, 1 and 2 workers
 *   quick (under 2 min):             kernel at 100k; stack at 10k; the upsert; a burst of 100 updates
 * While working on the bench, `--only=kernel`, `--only=stack`, `--only=read` or `--only=scaling` runs one part and
 * prints without writing the file (unless `--write`). `--only=clients` times the clients list's search for one
 * service provider with 5,000 clients (1,000 with `--quick`), a part of its own that no other run includes.
 * `--profile` takes the CPU profiles that are otherwise taken only when a goal is missed.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type BenchJob, generateJob, generateProfile, Random, TAXONOMY, worstCaseJobs, worstCaseProfile } from './data';
import { JobTable, type JobSpec, ProfileTable, scoreJobAgainstProfiles } from '../src/matching/kernel';
import { jobSpecOf, profileSpecOf } from '../src/matching/encoding';
import { KERNEL_OPTIONS, type KernelPlan, measureKernel } from './kernel';
import { profileHere, readProfile, summariseProfile, type ProfileSummary } from './profile';
import {
  type ChangeTiming,
  createDrafts,
  MemorySampler,
  timeProfileUpdates,
  timePublishes,
  WorkerRuns,
} from './publish';
import { apiTarget, load, measureRead, startBareApollo, startNestHello } from './read';
import { machine, publishGoal, render, type Results, type Stage, writeResults } from './report';
import { type Accounts, fillCaughtUpMatches, seedAccounts, seedProfiles, seedPublishedJobs } from './seed';
import { measureBurst } from './burst';
import { measureClientSearch } from './clients';
import { freePort } from './net';
import { measureUpsert } from './upsert';
import { BenchStack } from './stack';
import { collectGarbage, log, percentile } from './util';

interface Plan {
  mode: 'quick' | 'full';
  kernel: KernelPlan[];
  /** ACTIVE profiles at each stage of the stack section */
  stages: number[];
  publishes: number;
  profileUpdates: number;
  publishedJobs: number;
  readSeconds: number;
  readConnections: number;
  /** interleaved rounds of the read section (every target once a round) */
  readRounds: number;
  /** only the read section: seed the first stage, fill the matches, read (no kernel, no timed publishes) */
  readOnly?: boolean;
  /** only the scaling sections: seed the first stage, a few publishes, the upsert and the burst */
  scalingOnly?: boolean;
  /** match rows given to each seeded job before the read section (seed.ts, fillCaughtUpMatches) */
  caughtUpRowsPerJob: number;
  /** profile the worker and the API even when the goals are met */
  profile?: boolean;
  /** profile updates in each burst (one worker, then two: burst.ts) */
  burstUpdates: number;
  /** interleaved rounds of the upsert comparison (upsert.ts) */
  upsertRounds: number;
}

const FULL: Plan = {
  mode: 'full',
  kernel: [
    { size: 100_000, jobs: 20, repetitions: 5, baselineJobs: 5 },
    { size: 1_000_000, jobs: 10, repetitions: 3, baselineJobs: 2 },
  ],
  stages: [10_000, 100_000, 1_000_000],
  publishes: 20,
  profileUpdates: 20,
  publishedJobs: 2000,
  readSeconds: 5,
  readConnections: 10,
  readRounds: 5,
  caughtUpRowsPerJob: 600,
  burstUpdates: 500,
  upsertRounds: 15,
};

const QUICK: Plan = {
  mode: 'quick',
  kernel: [{ size: 100_000, jobs: 10, repetitions: 3, baselineJobs: 2 }],
  stages: [10_000],
  publishes: 10,
  profileUpdates: 10,
  publishedJobs: 2000,
  readSeconds: 3,
  readConnections: 10,
  readRounds: 2,
  // Fewer, to stay under two minutes: still far more than a page, which is what the planner's choice turns on.
  caughtUpRowsPerJob: 250,
  burstUpdates: 100,
  upsertRounds: 5,
};

/** Extra publishes made with the worker's profiler on, when a publish goal is missed. */
const PROFILED_PUBLISHES = 5;

/** When a kernel goal is missed: a CPU profile of the generated mix and of the worst case, at 100k profiles. */
async function profileKernel(): Promise<ProfileSummary> {
  const random = new Random(7);
  const geo = TAXONOMY.geo();
  const spec = (job: BenchJob): JobSpec => jobSpecOf(job, TAXONOMY);
  const mix = {
    jobs: JobTable.fromSpecs(Array.from({ length: 10 }, () => spec(generateJob(random)))),
    profiles: ProfileTable.fromSpecs(
      Array.from({ length: 100_000 }, () => profileSpecOf(generateProfile(random), TAXONOMY)),
    ),
  };
  const worstJobs = worstCaseJobs(random, 10);
  const worst = {
    jobs: JobTable.fromSpecs(worstJobs.map(spec)),
    profiles: ProfileTable.fromSpecs(
      Array.from({ length: 100_000 }, (_, i) =>
        profileSpecOf(worstCaseProfile(random, worstJobs[i % worstJobs.length]), TAXONOMY),
      ),
    ),
  };
  const profile = await profileHere(() => {
    for (const { jobs, profiles } of [mix, worst, mix, worst]) {
      for (let j = 0; j < jobs.size; j++) scoreJobAgainstProfiles(jobs, j, profiles, geo, KERNEL_OPTIONS);
    }
  });
  return summariseProfile(profile);
}

/** The upsert before and after, and the burst with one and two workers; last, since the burst stops the worker. */
async function scalingSections(
  plan: Plan,
  results: Results,
  stack: BenchStack,
  accounts: Accounts,
  burst: { id: string; profile: ReturnType<typeof generateProfile> }[],
): Promise<void> {
  results.upsert = await measureUpsert(stack, plan.upsertRounds);
  results.burst = await measureBurst(stack, accounts, burst, plan.publishedJobs);
}

/** The clients list of one service provider with many clients: the API alone (no worker, no profiles). */
async function clientsSection(plan: Plan, results: Results): Promise<void> {
  const stack = await BenchStack.create();
  const interrupted = (): void => {
    log('interrupted: cleaning up');
    void stack.stop().then(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  try {
    await stack.startApi(BenchStack.profileFile('api'));
    const accounts = await seedAccounts(stack);
    results.clients = await measureClientSearch(
      stack,
      accounts.coordinatorToken,
      plan.mode === 'full' ? 5000 : 1000,
      plan.mode === 'full' ? 300 : 100,
    );
  } finally {
    process.off('SIGINT', interrupted);
    await stack.stop();
  }
}

async function stackSections(plan: Plan, results: Results): Promise<void> {
  const stack = await BenchStack.create();
  let bare: Awaited<ReturnType<typeof startBareApollo>> | undefined;
  let nest: Awaited<ReturnType<typeof startNestHello>> | undefined;
  // Ctrl-C: stop the processes and drop the database before leaving.
  const interrupted = (): void => {
    log('interrupted: cleaning up');
    void Promise.allSettled([bare?.stop(), nest?.stop(), stack.stop()]).then(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  try {
    const workerProfile = BenchStack.profileFile('worker');
    const apiProfile = BenchStack.profileFile('api');
    await stack.startApi(apiProfile);
    await stack.startWorker(workerProfile);
    const runs = new WorkerRuns(stack);
    const memory = new MemorySampler(stack);
    const accounts: Accounts = await seedAccounts(stack);
    const random = new Random(0xbe4c);

    log(`seeding ${plan.publishedJobs} PUBLISHED jobs`);
    await seedPublishedJobs(
      stack,
      accounts,
      Array.from({ length: plan.publishedJobs }, () => generateJob(random)),
    );

    let seeded = 0;
    const updatable: { id: string; profile: ReturnType<typeof generateProfile> }[] = [];
    const burst: { id: string; profile: ReturnType<typeof generateProfile> }[] = [];
    for (const [index, size] of plan.stages.entries()) {
      const profiles = Array.from({ length: size - seeded }, () => generateProfile(random));
      const started = performance.now();
      const ids = await seedProfiles(stack, accounts, profiles, seeded);
      log(`seeded ${profiles.length} ACTIVE profiles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      if (index === 0) {
        for (let i = 0; i < plan.profileUpdates; i++) updatable.push({ id: ids[i * 7], profile: profiles[i * 7] });
        // Others than the timed updates' (i * 7), spread over the seeded profiles.
        for (let i = 0; i < plan.burstUpdates; i++) burst.push({ id: ids[i * 7 + 3], profile: profiles[i * 7 + 3] });
      }
      seeded = size;

      const drafts = await createDrafts(
        stack,
        accounts,
        Array.from({ length: plan.publishes }, () => generateJob(random)),
      );
      memory.start();
      const publishes: ChangeTiming[] = await timePublishes(stack, accounts, runs, drafts);
      results.memory = { profiles: size, ...memory.stop() };

      const stage: Stage = { profiles: size, publishes, profile: null };
      results.stages.push(stage);
      if (plan.readOnly) break;
      if (plan.scalingOnly) {
        results.publishedJobs = plan.publishedJobs;
        break;
      }

      const goal = publishGoal(size);
      const p95 = percentile(
        publishes.map((p) => p.totalMs),
        95,
      );
      if ((goal !== null && p95 > goal) || plan.profile) {
        log(
          `profiling the worker over ${PROFILED_PUBLISHES} more publishes (p95 ${Math.round(p95)} ms, goal ${goal} ms)`,
        );
        const extra = await createDrafts(
          stack,
          accounts,
          Array.from({ length: PROFILED_PUBLISHES }, () => generateJob(random)),
        );
        await stack.worker.startProfile();
        await timePublishes(stack, accounts, runs, extra);
        await stack.worker.stopProfile();
        stage.profile = summariseProfile(readProfile(workerProfile));
      }

      if (index === 0) {
        results.publishedJobs = plan.publishedJobs;
        results.profileUpdates = await timeProfileUpdates(stack, accounts, runs, updatable);
      }
    }

    if (plan.scalingOnly) {
      await scalingSections(plan, results, stack, accounts, burst);
      return;
    }
    const started = performance.now();
    const filled = await fillCaughtUpMatches(stack, plan.caughtUpRowsPerJob);
    log(
      `filled ${filled} match rows of the seeded jobs (up to ${plan.caughtUpRowsPerJob} each), as after a catch-up, in ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // Read throughput on the published job with the most feasible matches.
    const { rows } = await stack.db.query<{ job_id: string; feasible: number }>(
      `SELECT m.job_id, count(*)::int AS feasible FROM match m JOIN job j ON j.id = m.job_id
        WHERE m.feasible AND j.organisation_id = $1 GROUP BY m.job_id ORDER BY feasible DESC LIMIT 1`,
      [accounts.employerOrganisationId],
    );
    if (!rows[0] || rows[0].feasible < 20) throw new Error('no published job has 20 feasible matches');
    log(`read throughput on a job with ${rows[0].feasible} feasible matches`);
    const ports = { bare: await freePort(), nest: await freePort() };
    bare = await startBareApollo(ports.bare);
    nest = await startNestHello(ports.nest);
    results.read = await measureRead(
      stack,
      ports,
      { employer: accounts.employerToken, coordinator: accounts.coordinatorToken },
      rows[0].job_id,
      plan.readSeconds,
      plan.readConnections,
      plan.readRounds,
    );
    if (results.read.ratio < 0.2 || plan.profile) {
      log(`profiling the API over one more round (ratio ${results.read.ratio.toFixed(2)}×)`);
      await stack.api.startProfile();
      await load(apiTarget(stack, accounts.employerToken, rows[0].job_id), plan.readSeconds, plan.readConnections);
      await stack.api.stopProfile();
      results.readProfile = summariseProfile(readProfile(apiProfile));
    }
    if (plan.readOnly) return;
    await scalingSections(plan, results, stack, accounts, burst);
  } finally {
    process.off('SIGINT', interrupted);
    await bare?.stop();
    await nest?.stop();
    await stack.stop();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const only = /^--only=(kernel|stack|read|scaling|clients)$/.exec(
    process.argv.find((a) => a.startsWith('--only=')) ?? '',
  )?.[1];
  const plan: Plan = {
    ...(process.argv.includes('--quick') ? QUICK : FULL),
    profile: process.argv.includes('--profile'),
    readOnly: only === 'read',
    scalingOnly: only === 'scaling',
  };
  // The read needs a few jobs of the employer, published and scored; their timings are kept as a side result.
  if (plan.readOnly || plan.scalingOnly) plan.publishes = 3;
  const results: Results = {
    mode: plan.mode,
    machine: machine(),
    kernel: [],
    kernelProfile: null,
    stages: [],
    publishedJobs: 0,
    profileUpdates: [],
    read: null,
    readProfile: null,
    memory: null,
    upsert: null,
    burst: null,
    problems: [],
    wallSeconds: 0,
  };
  log(`${plan.mode} run on ${results.machine.cpu}, commit ${results.machine.commit}`);

  const geo = TAXONOMY.geo();
  if (only === 'clients') {
    try {
      await clientsSection(plan, results);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.problems.push(`the clients section stopped: ${message.split('\n')[0].slice(0, 300)}`);
      process.exitCode = 1;
    }
    results.wallSeconds = (performance.now() - started) / 1000;
    const run = render(results);
    process.stdout.write(`\n${run}`);
    if (process.argv.includes('--write')) writeResults(join(process.cwd(), 'bench', 'results.md'), run);
    return;
  }
  for (const kernelPlan of only && only !== 'kernel' ? [] : plan.kernel) {
    results.kernel.push(measureKernel(kernelPlan, geo));
    collectGarbage();
  }
  const kernelMissed = results.kernel.some(
    (f) => f.worst.perSecond < 5e6 || f.realistic.perSecond / f.baseline.perSecond < 2,
  );
  if (kernelMissed || (plan.profile && !only)) {
    results.kernelProfile = await profileKernel();
  }

  try {
    if (only !== 'kernel') await stackSections(plan, results);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`stack sections stopped: ${message}`);
    results.problems.push(`the stack sections stopped: ${message.split('\n')[0].slice(0, 300)}`);
    process.exitCode = 1;
  }

  results.wallSeconds = (performance.now() - started) / 1000;
  const run = render(results);
  process.stdout.write(`\n${run}`);
  if (only && !process.argv.includes('--write')) return;
  writeResults(join(process.cwd(), 'bench', 'results.md'), run);
  log('written to bench/results.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
