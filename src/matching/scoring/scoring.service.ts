import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { TaxonomyService } from '../../taxonomy/taxonomy.service';
import {
  type BatchResult,
  blockersOf,
  explainPair,
  Geo,
  JobTable,
  type PairExplanation,
  ProfileTable,
  scoreJobAgainstProfiles,
  scoreProfileAgainstJobs,
} from '../kernel';
import {
  EARNINGS_OVER_LIMIT,
  ESSENTIAL_TASK_CONFLICT,
  NO_SCHEDULE_OVERLAP,
  REQUIRED_ACCOMMODATION_MISSING,
} from '../kernel/score';
import type { MatchRowValues } from '../match.row';
import { SCORER_VERSION } from '../scorer-version';
import { isRetryable, postgresCodeOf } from '../../database/postgres-errors';
import { type Candidates, type PrefilterOfJob, type ScoredEntityRow, ScoringRepository } from './scoring.repository';
import { adviceRows, countAdvice, minimumHoursToAdvise, newlyFeasible, sortAdvice, withMinimumHours } from './advice';
import { AdviceKind, type StoredAdvice } from '../../benefits/advice.types';

/** How a scoring run ended, as the queue job's return value. */
export type ScoringOutcome =
  | { status: 'SKIPPED'; reason: 'gone' | 'up to date' | 'superseded' }
  | { status: 'CLEARED'; version: number }
  | {
      status: 'SCORED';
      version: number;
      candidates: number;
      candidateBytes: number;
      feasible: number;
      written: number;
      /** Pairs computed but not written because their other side changed during the run. */
      skippedChanged: number;
    };

/** A run's outcome with the time of each phase and the retried failures by SQLSTATE. */
export type ScoredRun = ScoringOutcome & { phases: Record<string, number>; retries: Record<string, number> };

/** What a run computed, for `write`: no candidates and result when the entity is no longer active. */
interface RunResults {
  side: 'job' | 'profile';
  id: string;
  version: number;
  rows?: MatchRowValues[];
  candidates?: Candidates;
  result?: BatchResult;
  /** a job's advice (JobAdvice), stored with its pairs */
  advice?: StoredAdvice[];
}

const RUN_ATTEMPTS = 5;

/** Near misses kept per job or profile, besides the MATCH_TOP_K best feasible pairs. */
export const NEAR_MISS_K = 100;

/**
 * A near miss is a pair with one blocker the employer could remove: an accommodation to offer, a task to make
 * modifiable, working times to widen, fewer minimum hours (a person's earnings limit). Distance and hour ranges are the person's, so they make no near miss.
 */
export const NEAR_MISS_BLOCKERS =
  REQUIRED_ACCOMMODATION_MISSING | ESSENTIAL_TASK_CONFLICT | NO_SCHEDULE_OVERLAP | EARNINGS_OVER_LIMIT;
const NEAR_MISS_NAMES = new Set(blockersOf(NEAR_MISS_BLOCKERS));

/**
 * Scores one job against the profiles, or one profile against the jobs: a SQL pre-filter, the kernel over the
 * candidates, and a bulk upsert of each side's best pairs, all in one transaction under the entity's own lock.
 * Handlers re-read the current state, so the version in a queue payload is only a hint: a run always scores
 * what is current, and a later duplicate finds it up to date.
 */
@Injectable()
export class ScoringService implements OnModuleInit {
  private readonly logger = new Logger(ScoringService.name);
  private geo!: Geo;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly taxonomy: TaxonomyService,
  ) {}

  onModuleInit(): void {
    const municipalities = this.taxonomy.municipalities();
    this.geo = new Geo(
      municipalities.map((m) => m.lat),
      municipalities.map((m) => m.lon),
    );
  }

  scoreJob(jobId: string): Promise<ScoredRun> {
    return this.inRun('job', jobId, async (repository, phases) => {
      const job = await phases.time('loadRow', () => repository.job(jobId));
      if (!job) return { status: 'SKIPPED', reason: 'gone' };
      if (isUpToDate(job)) return { status: 'SKIPPED', reason: 'up to date' };
      if (!job.active) return this.write(repository, phases, { side: 'job', id: job.id, version: job.version });

      const candidates = await phases.time('prefilter', () =>
        repository.profileCandidates(job, this.place(job.municipality_code)),
      );
      const jobs = JobTable.fromFeatures([job.features], Uint32Array.of(Number(job.seq)), extraOf(job));
      const profiles = phases.timeSync('decode', () =>
        ProfileTable.fromFeatures(candidates.features, candidates.seqs, candidates.extras),
      );
      const result = phases.timeSync('kernel', () =>
        scoreJobAgainstProfiles(jobs, 0, profiles, this.geo, this.options()),
      );
      const paired = await phases.time('pairedSeqs', () => repository.pairedSeqs('job', job.id));
      const chosen = phases.timeSync('explain', () =>
        this.pairsToWrite(result, candidates, paired, (p) => explainPair(jobs, 0, profiles, p, this.geo)),
      );
      const [ids, taskIds] = await phases.time('lookups', () =>
        Promise.all([
          repository.idsOf(
            'profile',
            chosen.map((c) => c.seq),
          ),
          repository.currentTaskIds([job.id]),
        ]),
      );
      const rows = chosen
        .filter((c) => ids.has(c.seq))
        .map((c) =>
          matchRow(job.id, job.version, ids.get(c.seq)!, c.version, c.explanation, taskIds.get(job.id) ?? []),
        );
      const advice = await phases.time('advice', () => this.advice(repository, job, jobs, profiles, candidates));
      return this.write(repository, phases, {
        side: 'job',
        id: job.id,
        version: job.version,
        rows,
        candidates,
        result,
        advice,
      });
    });
  }

  scoreProfile(profileId: string): Promise<ScoredRun> {
    return this.inRun('profile', profileId, async (repository, phases) => {
      const profile = await phases.time('loadRow', () => repository.profile(profileId));
      if (!profile) return { status: 'SKIPPED', reason: 'gone' };
      if (isUpToDate(profile)) return { status: 'SKIPPED', reason: 'up to date' };
      if (!profile.active) {
        return this.write(repository, phases, { side: 'profile', id: profile.id, version: profile.version });
      }

      const candidates = await phases.time('prefilter', () =>
        repository.jobCandidates(profile, this.place(profile.municipality_code)),
      );
      const profiles = ProfileTable.fromFeatures(
        [profile.features],
        Uint32Array.of(Number(profile.seq)),
        extraOf(profile),
      );
      const jobs = phases.timeSync('decode', () =>
        JobTable.fromFeatures(candidates.features, candidates.seqs, candidates.extras),
      );
      const result = phases.timeSync('kernel', () =>
        scoreProfileAgainstJobs(profiles, 0, jobs, this.geo, this.options()),
      );
      const paired = await phases.time('pairedSeqs', () => repository.pairedSeqs('profile', profile.id));
      const chosen = phases.timeSync('explain', () =>
        this.pairsToWrite(result, candidates, paired, (j) => explainPair(jobs, j, profiles, 0, this.geo)),
      );
      const ids = await phases.time('lookups', () =>
        repository.idsOf(
          'job',
          chosen.map((c) => c.seq),
        ),
      );
      const taskIds = await phases.time('lookups', () => repository.currentTaskIds([...ids.values()]));
      const rows = chosen
        .filter((c) => ids.has(c.seq))
        .map((c) => {
          const jobId = ids.get(c.seq)!;
          return matchRow(jobId, c.version, profile.id, profile.version, c.explanation, taskIds.get(jobId) ?? []);
        });
      const run = { side: 'profile' as const, id: profile.id, version: profile.version, rows, candidates, result };
      return this.write(repository, phases, run);
    });
  }

  /**
   * The one place where a run's results are written. It first locks the rows of both sides of every pair in the
   * global order (ScoringRepository.lockForWrite), then writes only the pairs whose other side is still at the
   * version the run scored: a pair whose other side has changed since is left to that side's own run, which
   * starts after this one commits. A run whose own row has moved on writes nothing: the newer version's run
   * follows. docs/scaling.md gives the argument that every pair that should exist is computed.
   */
  private async write(repository: ScoringRepository, phases: Phases, run: RunResults): Promise<ScoringOutcome> {
    const other = run.side === 'job' ? 'profile_id' : 'job_id';
    const own = run.side === 'job' ? 'job_version' : 'profile_version';
    const otherVersion = run.side === 'job' ? 'profile_version' : 'job_version';
    const computed = run.rows ?? [];
    const locks = await phases.time('lock', () =>
      repository.lockForWrite(
        run.side,
        run.id,
        run.version,
        computed.map((row) => row[other]),
      ),
    );
    if (!locks.current) return { status: 'SKIPPED', reason: 'superseded' };
    if (run.side === 'job') await repository.setAdvice(run.id, run.advice ?? []);
    if (!run.candidates || !run.result) {
      await repository.deleteAll(run.side, run.id);
      await repository.markScored(run.side, run.id, run.version, SCORER_VERSION, 0);
      return { status: 'CLEARED', version: run.version };
    }
    const rows = computed.filter(
      (row) => row[own] === run.version && locks.others.get(row[other]) === row[otherVersion],
    );
    await phases.time('upsert', () => repository.upsertMatches(rows));
    await this.faultPause();
    await phases.time('deleteStale', () => repository.deleteStale(run.side, run.id, run.version, SCORER_VERSION));
    const count = run.candidates.seqs.length;
    await phases.time('markScored', () => repository.markScored(run.side, run.id, run.version, SCORER_VERSION, count));
    return {
      status: 'SCORED',
      version: run.version,
      candidates: count,
      candidateBytes: run.candidates.bytes,
      feasible: run.result.feasibleCount,
      written: rows.length,
      skippedChanged: computed.length - rows.length,
    };
  }

  /**
   * The job's advice: each single change and the consented candidates it would make feasible (advice.ts). Consent
   * is read only for the rows concerned; lowering the minimum hours is counted by scoring the lowered job against
   * the profiles a lowered pre-filter finds.
   */
  private async advice(
    repository: ScoringRepository,
    job: ScoredEntityRow & PrefilterOfJob,
    jobs: JobTable,
    profiles: ProfileTable,
    candidates: Candidates,
  ): Promise<StoredAdvice[]> {
    const rows = adviceRows(jobs, profiles, this.geo);
    const consented = await repository.consentedProfileSeqs(rows.map((r) => candidates.seqs[r.row]));
    const isConsented = (row: number): boolean => consented.has(candidates.seqs[row]);
    const advice = countAdvice(rows, isConsented);
    const minHours = minimumHoursToAdvise(rows, isConsented, jobs.hoursMin[0]);
    if (minHours !== null) {
      const wider = await repository.profileCandidates(
        { ...job, hours_min: minHours },
        this.place(job.municipality_code),
      );
      const widerProfiles = ProfileTable.fromFeatures(wider.features, wider.seqs, wider.extras);
      const lowered = withMinimumHours(jobs, job.features, Uint32Array.of(Number(job.seq)), minHours);
      const gained = newlyFeasible(jobs, lowered, widerProfiles, this.geo).map((row) => wider.seqs[row]);
      const gainedConsented = await repository.consentedProfileSeqs(gained);
      if (gainedConsented.size > 0) {
        advice.push({
          kind: AdviceKind.LOWER_MINIMUM_HOURS,
          minHours,
          additionalCandidates: gainedConsented.size,
        });
      }
    }
    return sortAdvice(advice);
  }

  /** A municipality's centroid, for the pre-filter's distances. */
  private place(code: string): { lat: number; lon: number } {
    const municipality = this.taxonomy.municipality(code.trim());
    if (!municipality) throw new Error(`unknown municipality ${code}`);
    return municipality;
  }

  /**
   * Fault injection for tests (SCORING_PAUSE_BEFORE_COMMIT_MS): waits with the pairs written but not committed,
   * so that a test can kill the worker at the worst moment. Zero, and skipped, everywhere else.
   */
  private async faultPause(): Promise<void> {
    const ms = this.config.scoringPauseBeforeCommitMs;
    if (ms <= 0) return;
    this.logger.warn(`pausing ${ms} ms with the pairs written, before commit (fault injection)`);
    await new Promise((resolve) => setTimeout(resolve, ms));
  }

  private options() {
    return { topK: this.config.matchTopK, nearMissK: NEAR_MISS_K, nearMissBlockers: NEAR_MISS_BLOCKERS };
  }

  /**
   * The pairs to write: this side's best feasible pairs and near misses, and every pair already stored (kept
   * there by the other side's ranking) that is still feasible or a near miss, so that it follows this version.
   */
  private pairsToWrite(
    result: BatchResult,
    candidates: Candidates,
    paired: readonly number[],
    explain: (row: number) => PairExplanation,
  ): { seq: number; version: number; explanation: PairExplanation }[] {
    const chosen = new Set<number>([...result.feasible, ...result.nearMisses]);
    if (paired.length > 0) {
      const rowOf = new Map<number, number>();
      candidates.seqs.forEach((seq, row) => rowOf.set(seq, row));
      for (const seq of paired) {
        const row = rowOf.get(seq);
        if (row !== undefined) chosen.add(row);
      }
    }
    const pairs: { seq: number; version: number; explanation: PairExplanation }[] = [];
    for (const row of chosen) {
      const explanation = explain(row);
      const nearMiss = explanation.blockers.length === 1 && NEAR_MISS_NAMES.has(explanation.blockers[0]);
      if (explanation.feasible || nearMiss) {
        pairs.push({ seq: candidates.seqs[row], version: candidates.versions[row], explanation });
      }
    }
    return pairs;
  }

  /**
   * One transaction under the entity's own lock; rolled back (nothing written) when anything fails or the process
   * dies. A deadlock, serialisation failure or lock timeout rolls back and runs the whole thing again (the outcome
   * counts them, for the metric); other errors fail the queue job, which BullMQ retries. The outcome carries the
   * time of each phase, for the log line and the benchmarks.
   */
  private async inRun(
    side: 'job' | 'profile',
    id: string,
    work: (repository: ScoringRepository, phases: Phases) => Promise<ScoringOutcome>,
  ): Promise<ScoredRun> {
    const retries: Record<string, number> = {};
    for (let attempt = 1; ; attempt++) {
      const phases = new Phases();
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        const repository = new ScoringRepository(runner);
        await phases.time('ownLock', () => repository.lock(side, id));
        const outcome = await work(repository, phases);
        await phases.time('commit', () => runner.commitTransaction());
        return { ...outcome, phases: phases.ms, retries };
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        const code = postgresCodeOf(error);
        if (!isRetryable(code) || attempt >= RUN_ATTEMPTS) throw error;
        retries[code] = (retries[code] ?? 0) + 1;
        this.logger.warn(`scoring ${side} run hit ${code}, trying again (attempt ${attempt + 1})`);
      } finally {
        await runner.release();
      }
    }
  }
}

/** Milliseconds spent in each phase of a run (a phase timed twice adds up). */
class Phases {
  readonly ms: Record<string, number> = {};

  async time<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add(name, started);
    }
  }

  timeSync<T>(name: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.add(name, started);
    }
  }

  private add(name: string, started: number): void {
    this.ms[name] = Math.round(((this.ms[name] ?? 0) + performance.now() - started) * 10) / 10;
  }
}

function matchRow(
  jobId: string,
  jobVersion: number,
  profileId: string,
  profileVersion: number,
  explanation: PairExplanation,
  taskIds: readonly string[],
): MatchRowValues {
  return {
    job_id: jobId,
    profile_id: profileId,
    job_version: jobVersion,
    profile_version: profileVersion,
    feasible: explanation.feasible,
    score: explanation.score,
    rank_key: explanation.rankKey,
    score_tasks: explanation.breakdown.tasks,
    score_accommodations: explanation.breakdown.accommodations,
    score_hours: explanation.breakdown.hours,
    score_location: explanation.breakdown.location,
    blockers: explanation.blockers,
    carve_out: explanation.carveOut.map((index) => taskIds[index]).filter((id): id is string => id !== undefined),
    reasons: explanation.reasons,
    scorer_version: SCORER_VERSION,
  };
}

/** The row's kernel column beside its features, for fromFeatures (NaN: none). */
function extraOf(row: { extra: number | null }): Float64Array {
  return Float64Array.of(row.extra === null ? NaN : Number(row.extra));
}

/**
 * Scored at its current version by this scorer or a newer one (a newer release's worker, during a rolling deploy:
 * this one must not undo its work).
 */
function isUpToDate(row: { version: number; scored_version: number | null; scored_scorer_version: number | null }) {
  return row.scored_version === row.version && (row.scored_scorer_version ?? 0) >= SCORER_VERSION;
}
