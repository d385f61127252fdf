/**
 * The scorer a newcomer would write: arrays of plain objects, Array.filter / some / includes, every pair scored in
 * full into a result object, then a full sort. It computes the kernel's formula and feasibility (DESIGN.md,
 * src/matching/kernel/README.md) and shares only the formula's constants and two of its pure helpers (task weights,
 * hours fit), so that it ranks exactly as the kernel does and the comparison measures the data layout and the loop,
 * not a different formula. It reads the same ordinal specs the kernel's tables are built from, which is the
 * baseline's best case: a newcomer working on taxonomy codes would compare strings and be slower still.
 */
import type { Geo, JobSpec, MatchBlocker, ProfileSpec, WindowSpec } from '../src/matching/kernel';
import { proximityOf } from '../src/matching/kernel';
import { taskWeights } from '../src/matching/kernel/bits';
import {
  EXPERIENCE_FACTOR,
  hoursFit,
  REMOTE_FLOOR,
  WEIGHT_ACCOMMODATIONS,
  WEIGHT_HOURS,
  WEIGHT_LOCATION,
  WEIGHT_TASKS,
} from '../src/matching/kernel/score';

export interface BaselinePair {
  row: number;
  id: number;
  feasible: boolean;
  blockers: MatchBlocker[];
  rankKey: number;
}

export interface BaselineRanking {
  /** rows, best first */
  feasible: number[];
  nearMisses: number[];
  feasibleCount: number;
}

function overlapMinutes(a: readonly WindowSpec[], b: readonly WindowSpec[]): number {
  let minutes = 0;
  for (const x of a) {
    for (const y of b.filter((w) => w.day === x.day)) {
      minutes += Math.max(0, Math.min(x.endMin, y.endMin) - Math.max(x.startMin, y.startMin));
    }
  }
  return minutes;
}

function scorePair(
  job: JobSpec,
  weights: readonly number[],
  profile: ProfileSpec,
  geo: Geo,
): Omit<BaselinePair, 'row' | 'id'> {
  const blockers: MatchBlocker[] = [];
  if (profile.required.some((a) => !job.offered.includes(a))) blockers.push('REQUIRED_ACCOMMODATION_MISSING');

  let essentialConflict = false;
  let kept = 0;
  let taskSum = 0;
  job.tasks.forEach((task, i) => {
    const conflict = task.demands.some((d) => {
      const limits = profile.restrictions.filter((r) => r.demand === d.demand).map((r) => r.maxLevel);
      return d.level > Math.min(4, ...limits);
    });
    if (conflict) {
      if (!task.modifiable) essentialConflict = true;
      return;
    }
    kept++;
    const experience = profile.abilities.filter((a) => a.taskType === task.taskType).map((a) => a.experience);
    const factor = experience.length === 0 ? EXPERIENCE_FACTOR[0] : EXPERIENCE_FACTOR[Math.max(...experience) + 1];
    taskSum += weights[i] * factor;
  });
  if (essentialConflict) blockers.push('ESSENTIAL_TASK_CONFLICT');
  else if (kept === 0) blockers.push('NO_SUITABLE_TASK');

  if (profile.hoursMax < job.hoursMin) blockers.push('HOURS_TOO_FEW');
  if (profile.hoursMin > job.hoursMax) blockers.push('HOURS_TOO_MANY');

  const overlapH = overlapMinutes(job.schedule, profile.availability) / 60;
  if (overlapH < Math.max(job.hoursMin, profile.hoursMin)) blockers.push('NO_SCHEDULE_OVERLAP');

  const km = geo.km(job.municipality, profile.municipality);
  const tooFar =
    !job.remotePossible && (profile.remoteOnly || (profile.maxCommuteKm !== null && km > profile.maxCommuteKm));
  if (tooFar) blockers.push('TOO_FAR');

  const tasks = Math.min(1, taskSum);
  const needs = [...new Set([...profile.required, ...profile.preferred])];
  const accommodations = needs.length === 0 ? 1 : needs.filter((a) => job.offered.includes(a)).length / needs.length;
  const hours = hoursFit(job.hoursMin, job.hoursMax, profile.hoursMin, profile.hoursMax, overlapH);
  const location = profile.remoteOnly
    ? job.remotePossible
      ? 1
      : 0
    : job.remotePossible
      ? Math.max(REMOTE_FLOOR, proximityOf(km))
      : proximityOf(km);
  const rankKey =
    WEIGHT_TASKS * tasks + WEIGHT_ACCOMMODATIONS * accommodations + WEIGHT_HOURS * hours + WEIGHT_LOCATION * location;
  return { feasible: blockers.length === 0, blockers, rankKey };
}

const best = (a: BaselinePair, b: BaselinePair): number => b.rankKey - a.rankKey || a.id - b.id;

/** Ranks every profile for the job: score all, filter, sort all, keep the top. */
export function baselineRank(
  job: JobSpec,
  profiles: readonly ProfileSpec[],
  ids: Uint32Array,
  geo: Geo,
  topK: number,
  nearMissK: number,
): BaselineRanking {
  const weights = taskWeights(job.tasks);
  const pairs = profiles.map((profile, row): BaselinePair => ({
    row,
    id: ids[row],
    ...scorePair(job, weights, profile, geo),
  }));
  const feasible = pairs.filter((p) => p.feasible).sort(best);
  const nearMisses = pairs.filter((p) => p.blockers.length === 1).sort(best);
  return {
    feasible: feasible.slice(0, topK).map((p) => p.row),
    nearMisses: nearMisses.slice(0, nearMissK).map((p) => p.row),
    feasibleCount: feasible.length,
  };
}
