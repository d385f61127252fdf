/**
 * Section 2: from a change to fresh results, through the real API and worker. A job is created, its draft scored,
 * then `publishJob` is sent and `job(id) { matching { upToDate } }` polled every ~10 ms until true; the time is
 * from sending the mutation to the first `upToDate: true`. The same for `updateProfile` against PUBLISHED jobs.
 */
import { performance } from 'node:perf_hooks';
import type { BenchJob, BenchProfile } from './data';
import { type Accounts, jobInputOf, profileInputOf } from './seed';
import { MEMORY_LINE } from './profile-hook';
import type { BenchStack } from './stack';
import { log, sleep } from './util';
import { SCORER_VERSION } from '../src/matching/scorer-version';

const CREATE_JOB = 'mutation($input: JobInput!) { createJob(input: $input) { id version } }';
const PUBLISH_JOB = 'mutation($id: ID!) { publishJob(id: $id) { id version } }';
const JOB_STATE = 'query($id: ID!) { job(id: $id) { matching { upToDate } } }';
const UPDATE_PROFILE =
  'mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { id version } }';
const PROFILE_STATE = 'query($id: ID!) { profile(id: $id) { matching { upToDate } } }';

const POLL_MS = 10;

/** A scoring run as the worker logs it (ScoringWorker: one line per run). */
export interface WorkerRun {
  queueJobId: string;
  ms: number;
  status: string;
  candidates?: number;
  feasible?: number;
  written?: number;
  /** ms per phase, when the worker logs them (an object of numbers named `phases` on its line) */
  phases?: Record<string, number>;
}

const isPhases = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'number');

/** Collects the worker's `scoring run` lines, by queue job id (`job-<uuid>-v<n>`, `profile-<uuid>-v<n>`). */
export class WorkerRuns {
  readonly runs = new Map<string, WorkerRun>();

  constructor(stack: BenchStack) {
    stack.worker.onLine((line) => {
      if (!line.includes('scoring run')) return;
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        if (entry.msg !== 'scoring run') return;
        this.runs.set(String(entry.job), {
          queueJobId: String(entry.job),
          ms: Number(entry.ms),
          status: String(entry.status),
          candidates: entry.candidates as number | undefined,
          feasible: entry.feasible as number | undefined,
          written: entry.written as number | undefined,
          phases: isPhases(entry.phases) ? entry.phases : undefined,
        });
      } catch {
        // not a JSON line
      }
    });
  }

  of(entity: 'job' | 'profile', id: string, version: number): WorkerRun | undefined {
    return this.runs.get(`${entity}-${id}-v${version}-s${SCORER_VERSION}`);
  }
}

export interface ChangeTiming {
  id: string;
  version: number;
  /** mutation sent → first upToDate: true */
  totalMs: number;
  /** mutation sent → its response */
  mutationMs: number;
  /** the worker's own time for the run, from its log line */
  workerMs: number | null;
  candidates: number | null;
  written: number | null;
  phases: Record<string, number> | null;
}

async function pollUntilUpToDate(
  stack: BenchStack,
  query: string,
  id: string,
  token: string,
  field: 'job' | 'profile',
): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const data = await stack.gql<Record<string, { matching: { upToDate: boolean } } | null>>(query, { id }, token);
    if (data[field]?.matching.upToDate) return;
    if (Date.now() > deadline) {
      const recent = stack.worker.logs
        .split('\n')
        .filter((line) => !line.startsWith(MEMORY_LINE))
        .slice(-10);
      throw new Error(`${field} ${id} not up to date after 120 s; the worker's last lines:\n${recent.join('\n')}`);
    }
    await sleep(POLL_MS);
  }
}

/** Waits until the worker has caught up with these rows (read from the database, not timed). */
async function waitForScoring(stack: BenchStack, table: 'job' | 'capacity_profile', ids: string[]): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const { rows } = await stack.db.query<{ behind: number }>(
      `SELECT count(*)::int AS behind FROM ${table} WHERE id = ANY($1::uuid[]) AND scored_version IS DISTINCT FROM version`,
      [ids],
    );
    if (rows[0].behind === 0) return;
    if (Date.now() > deadline) throw new Error(`${rows[0].behind} rows of ${table} still unscored after 300 s`);
    await sleep(100);
  }
}

/** Creates the jobs as DRAFTs through the API and waits for their (empty) scoring, so the queue is idle. */
export async function createDrafts(
  stack: BenchStack,
  accounts: Accounts,
  jobs: readonly BenchJob[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const job of jobs) {
    const data = await stack.gql<{ createJob: { id: string } }>(
      CREATE_JOB,
      { input: jobInputOf(job) },
      accounts.employerToken,
    );
    ids.push(data.createJob.id);
  }
  await waitForScoring(stack, 'job', ids);
  return ids;
}

/**
 * Times one change, from sending its mutation (`change`, which returns the new version) until the entity reads
 * up to date, and takes the worker's figures for that version from its log.
 */
async function timeChange(
  stack: BenchStack,
  runs: WorkerRuns,
  kind: 'job' | 'profile',
  id: string,
  token: string,
  change: () => Promise<number>,
): Promise<ChangeTiming> {
  await sleep(150);
  const started = performance.now();
  const version = await change();
  const mutationMs = performance.now() - started;
  await pollUntilUpToDate(stack, kind === 'job' ? JOB_STATE : PROFILE_STATE, id, token, kind);
  const totalMs = performance.now() - started;
  await sleep(20);
  const run = runs.of(kind, id, version);
  return {
    id,
    version,
    totalMs,
    mutationMs,
    workerMs: run?.ms ?? null,
    candidates: run?.candidates ?? null,
    written: run?.written ?? null,
    phases: run?.phases ?? null,
  };
}

/** Publishes each draft in turn and times it to fresh results. */
export async function timePublishes(
  stack: BenchStack,
  accounts: Accounts,
  runs: WorkerRuns,
  jobIds: readonly string[],
): Promise<ChangeTiming[]> {
  const timings: ChangeTiming[] = [];
  for (const id of jobIds) {
    timings.push(
      await timeChange(stack, runs, 'job', id, accounts.employerToken, async () => {
        const data = await stack.gql<{ publishJob: { version: number } }>(PUBLISH_JOB, { id }, accounts.employerToken);
        return data.publishJob.version;
      }),
    );
  }
  log(`published ${timings.length} jobs: ${timings.map((t) => Math.round(t.totalMs)).join(' ')} ms`);
  return timings;
}

/** Updates each profile in turn (one more half hour a week, or one less) and times it to fresh results. */
export async function timeProfileUpdates(
  stack: BenchStack,
  accounts: Accounts,
  runs: WorkerRuns,
  profiles: readonly { id: string; profile: BenchProfile }[],
): Promise<ChangeTiming[]> {
  const timings: ChangeTiming[] = [];
  for (const { id, profile } of profiles) {
    const hoursMax = profile.hoursMax < 25 ? profile.hoursMax + 0.5 : profile.hoursMax - 0.5;
    const input = profileInputOf({ ...profile, hoursMax: Math.max(hoursMax, profile.hoursMin) });
    timings.push(
      await timeChange(stack, runs, 'profile', id, accounts.coordinatorToken, async () => {
        const data = await stack.gql<{ updateProfile: { version: number } }>(
          UPDATE_PROFILE,
          { id, input },
          accounts.coordinatorToken,
        );
        return data.updateProfile.version;
      }),
    );
  }
  log(`updated ${timings.length} profiles: ${timings.map((t) => Math.round(t.totalMs)).join(' ')} ms`);
  return timings;
}

export interface WorkerMemory {
  /** resident set before the run, bytes */
  idle: number;
  /** highest resident set sampled from /proc every 50 ms */
  sampledPeak: number;
  /** VmHWM: the peak resident set of the process's life so far */
  highWaterMark: number;
  /** highest values of the worker's own process.memoryUsage() over the run */
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/**
 * The worker's memory during a run: its resident set from /proc every 50 ms, and the process.memoryUsage() lines
 * the bench's hook makes it print, which say whether the V8 heap or buffers make up the peak.
 */
export class MemorySampler {
  private timer?: NodeJS.Timeout;
  private current?: WorkerMemory;

  constructor(private readonly stack: BenchStack) {
    stack.worker.onLine((line) => {
      if (!this.current || !line.startsWith(MEMORY_LINE)) return;
      const usage = JSON.parse(line.slice(MEMORY_LINE.length)) as NodeJS.MemoryUsage;
      this.current.heapTotal = Math.max(this.current.heapTotal, usage.heapTotal);
      this.current.heapUsed = Math.max(this.current.heapUsed, usage.heapUsed);
      this.current.external = Math.max(this.current.external, usage.external);
      this.current.arrayBuffers = Math.max(this.current.arrayBuffers, usage.arrayBuffers);
    });
  }

  start(): void {
    const memory = this.stack.worker.memory();
    const current: WorkerMemory = {
      idle: memory.rss,
      sampledPeak: memory.rss,
      highWaterMark: memory.peak,
      heapTotal: 0,
      heapUsed: 0,
      external: 0,
      arrayBuffers: 0,
    };
    this.current = current;
    this.timer = setInterval(() => {
      try {
        current.sampledPeak = Math.max(current.sampledPeak, this.stack.worker.memory().rss);
      } catch {
        // the process is gone
      }
    }, 50);
  }

  stop(): WorkerMemory {
    clearInterval(this.timer);
    const current = this.current;
    if (!current) throw new Error('memory sampling was not started');
    this.current = undefined;
    current.highWaterMark = this.stack.worker.memory().peak;
    return current;
  }
}
