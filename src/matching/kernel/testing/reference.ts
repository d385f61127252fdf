import { taskWeights } from '../bits';
import type { MatchBlocker } from '../explain';
import type { Geo } from '../geo';
import { proximityOf } from '../geo';
import {
  EXPERIENCE_FACTOR,
  hoursFit,
  hoursFitCapped,
  percentOf,
  REMOTE_FLOOR,
  scoreOf,
  WEIGHT_ACCOMMODATIONS,
  WEIGHT_HOURS,
  WEIGHT_LOCATION,
  WEIGHT_TASKS,
} from '../score';
import type { JobSpec, ProfileSpec, WindowSpec } from '../specs';

/**
 * A deliberately plain scorer over the spec objects (arrays, includes, interval arithmetic): the oracle the
 * kernel's bit tricks are checked against. It shares the formula's
 * constants, task weights and hoursFit with the kernel, so a difference points at the encoding, not the formula.
 */
export interface ReferenceResult {
  feasible: boolean;
  score: number;
  rankKey: number;
  breakdown: { tasks: number; accommodations: number; hours: number; location: number };
  blockers: MatchBlocker[];
  carveOut: number[];
}

interface Interval {
  start: number;
  end: number;
}

export interface ReferenceJob {
  spec: JobSpec;
  weights: number[];
  /** per weekday, disjoint sorted intervals in minutes */
  days: Interval[][];
}

export interface ReferenceProfile {
  spec: ProfileSpec;
  days: Interval[][];
}

function mergeDays(windows: readonly WindowSpec[]): Interval[][] {
  const days: Interval[][] = [[], [], [], [], [], [], []];
  const sorted = [...windows].sort((a, b) => a.day - b.day || a.startMin - b.startMin);
  for (const w of sorted) {
    const day = days[w.day];
    const last = day[day.length - 1];
    if (last && w.startMin <= last.end) last.end = Math.max(last.end, w.endMin);
    else day.push({ start: w.startMin, end: w.endMin });
  }
  return days;
}

export function prepareReferenceJob(spec: JobSpec): ReferenceJob {
  return { spec, weights: taskWeights(spec.tasks), days: mergeDays(spec.schedule) };
}

export function prepareReferenceProfile(spec: ProfileSpec): ReferenceProfile {
  return { spec, days: mergeDays(spec.availability) };
}

function maxLevelOf(profile: ProfileSpec, demand: number): number {
  let max = 4;
  for (const r of profile.restrictions) if (r.demand === demand && r.maxLevel < max) max = r.maxLevel;
  return max;
}

function experienceIndex(profile: ProfileSpec, taskType: number): number {
  let best = -1;
  for (const a of profile.abilities) if (a.taskType === taskType && a.experience > best) best = a.experience;
  return best + 1;
}

export function referenceScorePrepared(job: ReferenceJob, profile: ReferenceProfile, geo: Geo): ReferenceResult {
  const j = job.spec;
  const p = profile.spec;
  const blockers: MatchBlocker[] = [];

  const requiredMissing = p.required.some((a) => !j.offered.includes(a));
  if (requiredMissing) blockers.push('REQUIRED_ACCOMMODATION_MISSING');

  let essential = false;
  let kept = 0;
  let taskSum = 0;
  const carveOut: number[] = [];
  j.tasks.forEach((task, i) => {
    const conflict = task.demands.some((d) => d.level > maxLevelOf(p, d.demand));
    if (conflict) {
      if (task.modifiable) carveOut.push(i);
      else essential = true;
      return;
    }
    kept++;
    taskSum += job.weights[i] * EXPERIENCE_FACTOR[experienceIndex(p, task.taskType)];
  });
  if (essential) blockers.push('ESSENTIAL_TASK_CONFLICT');
  else if (kept === 0) blockers.push('NO_SUITABLE_TASK');

  if (p.hoursMax < j.hoursMin) blockers.push('HOURS_TOO_FEW');
  if (p.hoursMin > j.hoursMax) blockers.push('HOURS_TOO_MANY');

  let minutes = 0;
  for (let day = 0; day < 7; day++) {
    for (const a of job.days[day]) {
      for (const b of profile.days[day]) minutes += Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
    }
  }
  const overlapH = minutes / 60;
  if (overlapH < Math.max(j.hoursMin, p.hoursMin)) blockers.push('NO_SCHEDULE_OVERLAP');

  const km = geo.km(j.municipality, p.municipality);
  const tooFar = !j.remotePossible && (p.remoteOnly || (p.maxCommuteKm !== null && km > p.maxCommuteKm));
  if (tooFar) blockers.push('TOO_FAR');

  const wage = j.hourlyWage ?? null;
  const limit = p.earningsLimitEur ?? null;
  const capped = wage !== null && wage > 0 && limit !== null;
  if (capped && (j.hoursMin * wage * 52) / 12 > limit) blockers.push('EARNINGS_OVER_LIMIT');

  const tasks = Math.min(1, taskSum);
  const needs = [...new Set([...p.required, ...p.preferred])];
  const accommodations = needs.length === 0 ? 1 : needs.filter((a) => j.offered.includes(a)).length / needs.length;
  const hours = capped
    ? hoursFitCapped(j.hoursMin, j.hoursMax, p.hoursMin, p.hoursMax, overlapH, (limit * 12) / (wage * 52))
    : hoursFit(j.hoursMin, j.hoursMax, p.hoursMin, p.hoursMax, overlapH);
  let location: number;
  if (p.remoteOnly) location = j.remotePossible ? 1 : 0;
  else location = j.remotePossible ? Math.max(REMOTE_FLOOR, proximityOf(km)) : proximityOf(km);
  const rankKey =
    WEIGHT_TASKS * tasks + WEIGHT_ACCOMMODATIONS * accommodations + WEIGHT_HOURS * hours + WEIGHT_LOCATION * location;
  const feasible = blockers.length === 0;
  return {
    feasible,
    score: scoreOf(rankKey, feasible),
    rankKey,
    breakdown: {
      tasks: percentOf(tasks),
      accommodations: percentOf(accommodations),
      hours: percentOf(hours),
      location: percentOf(location),
    },
    blockers,
    carveOut,
  };
}

export function referenceScore(job: JobSpec, profile: ProfileSpec, geo: Geo): ReferenceResult {
  return referenceScorePrepared(prepareReferenceJob(job), prepareReferenceProfile(profile), geo);
}
