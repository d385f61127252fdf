/**
 * Section 1: the matching kernel on its own. Pairs scored per second of CPU time (the kernel is single-threaded,
 * so that is per core), for the worst case and for the generated mix, against the plain baseline on the mix.
 */
import { jobSpecOf, profileSpecOf } from '../src/matching/encoding';
import {
  type Geo,
  JobTable,
  type JobSpec,
  type ProfileSpec,
  ProfileTable,
  type ScoreOptions,
  scoreJobAgainstProfiles,
} from '../src/matching/kernel';
import { baselineRank } from './baseline';
import { generateJob, generateProfile, Random, TAXONOMY, worstCaseJobs, worstCaseProfile } from './data';
import { collectGarbage, cpuSeconds, log } from './util';

/** The worker's options (MATCH_TOP_K default, NEAR_MISS_K). */
export const KERNEL_OPTIONS: ScoreOptions = { topK: 500, nearMissK: 100 };

export interface KernelPlan {
  size: number;
  /** jobs scored per repetition */
  jobs: number;
  repetitions: number;
  /** jobs scored by the baseline (it is slow at 1M) */
  baselineJobs: number;
}

export interface Rate {
  pairs: number;
  cpuSeconds: number;
  perSecond: number;
}

export interface KernelFigures {
  size: number;
  worst: Rate;
  realistic: Rate;
  baseline: Rate;
  /** share of realistic pairs that are feasible */
  feasibleShare: number;
  /** jobs whose top 20 the baseline and the kernel agree on, of those compared */
  agreeing: number;
  compared: number;
  /** whole feasible and near-miss lists identical too */
  fullListsAgree: boolean;
}

const rate = (pairs: number, seconds: number): Rate => ({ pairs, cpuSeconds: seconds, perSecond: pairs / seconds });

/** Median CPU seconds over repetitions: the machine is shared and single runs are noisy. */
function medianCpu(repetitions: number, run: () => void): number {
  const times = Array.from({ length: repetitions }, () => cpuSeconds(run)[1]).sort((a, b) => a - b);
  return times[times.length >> 1];
}

function scoreAll(jobs: JobTable, profiles: ProfileTable, geo: Geo): void {
  for (let j = 0; j < jobs.size; j++) scoreJobAgainstProfiles(jobs, j, profiles, geo, KERNEL_OPTIONS);
}

const sameRows = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
  a.length === b.length && Array.prototype.every.call(a, (x: number, i: number) => x === b[i]);

export function measureKernel(plan: KernelPlan, geo: Geo): KernelFigures {
  const { size } = plan;
  const random = new Random(0x5eed + size);
  const ids = new Uint32Array(size);
  for (let i = 0; i < size; i++) ids[i] = i + 1;

  // The generated mix: profiles and jobs as the stack would hold them, built into tables once.
  const [specs, generateSeconds] = cpuSeconds(() => {
    const out = new Array<ProfileSpec>(size);
    for (let i = 0; i < size; i++) out[i] = profileSpecOf(generateProfile(random), TAXONOMY);
    return out;
  });
  const jobSpecs: JobSpec[] = Array.from({ length: plan.jobs }, () => jobSpecOf(generateJob(random), TAXONOMY));
  const [profiles, buildSeconds] = cpuSeconds(() => ProfileTable.fromSpecs(specs, ids));
  const jobs = JobTable.fromSpecs(jobSpecs);
  log(`kernel ${size}: generated in ${generateSeconds.toFixed(1)} s, table built in ${buildSeconds.toFixed(2)} s CPU`);

  scoreAll(jobs, profiles, geo);
  let feasible = 0;
  for (let j = 0; j < jobs.size; j++) {
    feasible += scoreJobAgainstProfiles(jobs, j, profiles, geo, KERNEL_OPTIONS).feasibleCount;
  }
  const realistic = rate(
    plan.jobs * size,
    medianCpu(plan.repetitions, () => scoreAll(jobs, profiles, geo)),
  );
  log(`kernel ${size}: realistic ${(realistic.perSecond / 1e6).toFixed(2)} M pairs/s`);

  // The baseline on the same specs; then the top lists compared job by job.
  let agreeing = 0;
  let fullListsAgree = true;
  const rankings: ReturnType<typeof baselineRank>[] = [];
  baselineRank(
    jobSpecs[0],
    specs.slice(0, Math.min(size, 20_000)),
    ids,
    geo,
    KERNEL_OPTIONS.topK,
    KERNEL_OPTIONS.nearMissK,
  );
  collectGarbage();
  const [, baselineSeconds] = cpuSeconds(() => {
    for (let j = 0; j < plan.baselineJobs; j++) {
      rankings.push(baselineRank(jobSpecs[j], specs, ids, geo, KERNEL_OPTIONS.topK, KERNEL_OPTIONS.nearMissK));
    }
  });
  const baseline = rate(plan.baselineJobs * size, baselineSeconds);
  rankings.forEach((ranking, j) => {
    const kernel = scoreJobAgainstProfiles(jobs, j, profiles, geo, KERNEL_OPTIONS);
    if (sameRows(ranking.feasible.slice(0, 20), kernel.feasible.slice(0, 20))) agreeing++;
    fullListsAgree &&=
      sameRows(ranking.feasible, kernel.feasible) &&
      sameRows(ranking.nearMisses, kernel.nearMisses) &&
      ranking.feasibleCount === kernel.feasibleCount;
  });
  log(
    `kernel ${size}: baseline ${(baseline.perSecond / 1e6).toFixed(3)} M pairs/s, ` +
      `top 20 agree on ${agreeing}/${rankings.length} jobs, full lists agree: ${fullListsAgree}`,
  );
  specs.length = 0;
  rankings.length = 0;
  collectGarbage();

  // The worst case: a thousand distinct profiles tiled to the size (the tables are columns either way).
  const worstJobs = worstCaseJobs(random, 10);
  const worstDistinct = Array.from({ length: 1000 }, (_, i) =>
    profileSpecOf(worstCaseProfile(random, worstJobs[i % worstJobs.length]), TAXONOMY),
  );
  const worstSpecs = Array.from({ length: size }, (_, i) => worstDistinct[i % worstDistinct.length]);
  const wJobs = JobTable.fromSpecs(worstJobs.map((j) => jobSpecOf(j, TAXONOMY)));
  const wProfiles = ProfileTable.fromSpecs(worstSpecs, ids);
  for (let j = 0; j < wJobs.size; j++) {
    const check = scoreJobAgainstProfiles(wJobs, j, wProfiles, geo, KERNEL_OPTIONS);
    if (check.feasibleCount !== size) throw new Error(`worst case is not all feasible: ${check.feasibleCount}/${size}`);
  }
  const worst = rate(
    wJobs.size * size,
    medianCpu(plan.repetitions, () => scoreAll(wJobs, wProfiles, geo)),
  );
  log(`kernel ${size}: worst case ${(worst.perSecond / 1e6).toFixed(2)} M pairs/s`);
  collectGarbage();

  return {
    size,
    worst,
    realistic,
    baseline,
    feasibleShare: feasible / (plan.jobs * size),
    agreeing,
    compared: plan.baselineJobs,
    fullListsAgree,
  };
}
