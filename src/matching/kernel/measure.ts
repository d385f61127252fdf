/**
 * Scratch throughput check of the kernel, not a test and not a benchmark of record. Run it with:
 *   npx tsc --outDir /tmp/jc-measure --rootDir src --module nodenext --moduleResolution nodenext --target ES2022 \
 *     --types node --skipLibCheck src/matching/kernel/measure.ts && node /tmp/jc-measure/matching/kernel/measure.js
 * Prints CPU time per scenario and pairs per second on one core.
 */
import { scoreJobAgainstProfiles, scoreProfileAgainstJobs } from './batch';
import { encodeProfileFeatures } from './features';
import { Geo } from './geo';
import type { JobSpec, ProfileSpec, TaskSpec, WindowSpec } from './specs';
import { JobTable, ProfileTable } from './tables';
import type { ReferenceJob, ReferenceProfile, ReferenceResult } from './testing/reference';
import { prepareReferenceJob, prepareReferenceProfile, referenceScorePrepared } from './testing/reference';

const PROFILES = 100_000;
const MUNICIPALITIES = 310;

/** mulberry32: a small seeded generator, so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = rng(42);
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const chance = (p: number): boolean => rand() < p;
const some = (n: number, max: number): number[] => [...new Set(Array.from({ length: n }, () => int(0, max)))];

const geo = new Geo(
  Array.from({ length: MUNICIPALITIES }, () => 60 + rand() * 9),
  Array.from({ length: MUNICIPALITIES }, () => 21 + rand() * 9),
);

/** All 21 words in use, none of them all ones, so no popcount can be skipped or guessed. */
const BROKEN_WEEK: WindowSpec[] = [0, 1, 2, 3, 4, 5, 6].flatMap((day) =>
  [15, 375, 735, 1095].map((startMin) => ({ day, startMin, endMin: startMin + 330 })),
);
const FULL_WEEK: WindowSpec[] = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, startMin: 0, endMin: 1440 }));

function weekdays(startMin: number, endMin: number, days = 5): WindowSpec[] {
  return Array.from({ length: days }, (_, day) => ({ day, startMin, endMin }));
}

function cpuSeconds<T>(run: () => T): [T, number] {
  const start = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(start);
  return [value, (used.user + used.system) / 1e6];
}

/** Median CPU seconds of several runs: the machine is shared, single runs are noisy. */
function medianSeconds(runs: number, run: () => void): number {
  const times = Array.from({ length: runs }, () => cpuSeconds(run)[1]).sort((a, b) => a - b);
  return times[runs >> 1];
}

function report(name: string, pairs: number, seconds: number): number {
  const rate = pairs / seconds;
  console.log(
    `${name.padEnd(58)} ${pairs.toLocaleString('en').padStart(11)} pairs ${seconds.toFixed(3)} s CPU` +
      `  ${(rate / 1e6).toFixed(2)} M pairs/s`,
  );
  return rate;
}

// Worst case: every pair feasible and fully scored. 20 tasks that all carry the restricted demand, so that every
// task takes the full conflict check (and one modifiable task is carved out); 21 partly filled schedule words.
function worstJob(): JobSpec {
  const tasks: TaskSpec[] = Array.from({ length: 20 }, (_, i) => ({
    taskType: i * 3,
    modifiable: i > 0,
    hoursShare: i < 10 ? 5 : null,
    demands: [
      { demand: i % 29, level: 3 },
      { demand: (i + 7) % 29, level: 2 },
      { demand: 29, level: i === 19 ? 2 : 1 },
    ],
  }));
  return {
    offered: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    hoursMin: 10,
    hoursMax: 30,
    schedule: BROKEN_WEEK,
    municipality: int(0, MUNICIPALITIES - 1),
    remotePossible: false,
    tasks,
  };
}

function worstProfile(job: JobSpec): ProfileSpec {
  return {
    required: job.offered.slice(0, 2),
    preferred: some(4, 26),
    restrictions: [{ demand: 29, maxLevel: 1 }],
    abilities: Array.from({ length: 8 }, (_, i) => ({ taskType: int(0, 63), experience: (i % 3) as 0 | 1 | 2 })),
    hoursMin: 5,
    hoursMax: 25,
    availability: FULL_WEEK,
    municipality: int(0, MUNICIPALITIES - 1),
    maxCommuteKm: null,
    remoteOnly: false,
  };
}

// Realistic mix: day jobs of 1..6 tasks, people with a few limits, needs, hour ranges, commute limits.
function realisticJob(): JobSpec {
  const start = int(24, 40) * 15;
  return {
    offered: some(int(1, 8), 26),
    hoursMin: int(4, 20),
    hoursMax: int(20, 30),
    schedule: weekdays(start, start + int(12, 32) * 15, int(3, 5)),
    municipality: int(0, MUNICIPALITIES - 1),
    remotePossible: chance(0.1),
    tasks: Array.from({ length: int(1, 6) }, () => ({
      taskType: int(0, 40),
      modifiable: chance(0.5),
      hoursShare: chance(0.5) ? int(5, 40) : null,
      demands: Array.from({ length: int(1, 4) }, () => ({ demand: int(0, 29), level: int(0, 4) })),
    })),
  };
}

function realisticProfile(): ProfileSpec {
  const start = int(28, 48) * 15;
  const hoursMin = int(2, 15);
  return {
    required: some(int(0, 2), 26),
    preferred: some(int(0, 4), 26),
    restrictions: Array.from({ length: int(0, 4) }, () => ({ demand: int(0, 29), maxLevel: int(1, 3) })),
    abilities: Array.from({ length: int(1, 5) }, () => ({ taskType: int(0, 40), experience: int(0, 2) as 0 | 1 | 2 })),
    hoursMin,
    hoursMax: hoursMin + int(0, 15),
    availability: weekdays(start, start + int(12, 36) * 15, int(2, 5)),
    municipality: int(0, MUNICIPALITIES - 1),
    maxCommuteKm: chance(0.3) ? null : int(10, 120),
    remoteOnly: chance(0.05),
  };
}

interface NaiveBatch {
  feasible: number[];
  nearMisses: number[];
}

/** The array-of-objects way: score each pair into an object, filter, sort everything, slice. */
function naiveJobAgainstProfiles(job: ReferenceJob, profiles: ReferenceProfile[], ids: Uint32Array): NaiveBatch {
  const all: { row: number; r: ReferenceResult }[] = profiles.map((p, row) => ({
    row,
    r: referenceScorePrepared(job, p, geo),
  }));
  const order = (a: { row: number; r: ReferenceResult }, b: { row: number; r: ReferenceResult }): number =>
    b.r.rankKey - a.r.rankKey || ids[a.row] - ids[b.row];
  return {
    feasible: all
      .filter((x) => x.r.feasible)
      .sort(order)
      .slice(0, 100)
      .map((x) => x.row),
    nearMisses: all
      .filter((x) => x.r.blockers.length === 1)
      .sort(order)
      .slice(0, 20)
      .map((x) => x.row),
  };
}

function main(): void {
  const opts = { topK: 100, nearMissK: 20 };
  const ids = Uint32Array.from({ length: PROFILES }, (_, i) => i * 3 + 1);

  const worstJobs = Array.from({ length: 10 }, worstJob);
  const worstProfiles = Array.from({ length: PROFILES }, (_, i) => worstProfile(worstJobs[i % worstJobs.length]));
  const wJobs = JobTable.fromSpecs(worstJobs);
  const wProfiles = ProfileTable.fromSpecs(worstProfiles, ids);
  const check = scoreJobAgainstProfiles(wJobs, 0, wProfiles, geo, opts);
  if (check.feasibleCount !== PROFILES) throw new Error(`worst case is not all feasible: ${check.feasibleCount}`);
  for (let warm = 0; warm < 3; warm++) scoreJobAgainstProfiles(wJobs, warm, wProfiles, geo, opts);
  const worstSeconds = medianSeconds(7, () => {
    for (let j = 0; j < wJobs.size; j++) scoreJobAgainstProfiles(wJobs, j, wProfiles, geo, opts);
  });
  report('worst case, job → 100k profiles (20 tasks, 21 words)', wJobs.size * PROFILES, worstSeconds);

  const manyWorstJobs = JobTable.fromSpecs(
    Array.from({ length: PROFILES }, (_, i) => worstJobs[i % worstJobs.length]),
    ids,
  );
  const oneProfile = ProfileTable.fromSpecs(worstProfiles.slice(0, 10));
  scoreProfileAgainstJobs(oneProfile, 0, manyWorstJobs, geo, opts);
  const worstReverse = medianSeconds(7, () => {
    for (let p = 0; p < oneProfile.size; p++) scoreProfileAgainstJobs(oneProfile, p, manyWorstJobs, geo, opts);
  });
  report('worst case, profile → 100k jobs', oneProfile.size * PROFILES, worstReverse);

  const realJobs = Array.from({ length: 20 }, realisticJob);
  const realProfiles = Array.from({ length: PROFILES }, realisticProfile);
  const rJobs = JobTable.fromSpecs(realJobs);
  const [rProfiles, decodeSeconds] = cpuSeconds(() => {
    const buffers = realProfiles.map(encodeProfileFeatures);
    const [table, seconds] = cpuSeconds(() => ProfileTable.fromFeatures(buffers, ids));
    console.log(`fromFeatures: 100k profiles decoded in ${seconds.toFixed(3)} s CPU`);
    return table;
  });
  void decodeSeconds;
  let feasible = 0;
  let nearMisses = 0;
  for (let warm = 0; warm < 3; warm++) scoreJobAgainstProfiles(rJobs, warm, rProfiles, geo, opts);
  for (let j = 0; j < rJobs.size; j++) {
    const r = scoreJobAgainstProfiles(rJobs, j, rProfiles, geo, opts);
    feasible += r.feasibleCount;
    nearMisses += r.nearMisses.length;
  }
  const realSeconds = medianSeconds(7, () => {
    for (let j = 0; j < rJobs.size; j++) scoreJobAgainstProfiles(rJobs, j, rProfiles, geo, opts);
  });
  const kernelRate = report('realistic mix, kernel', rJobs.size * PROFILES, realSeconds);
  const pairs = rJobs.size * PROFILES;
  console.log(`  feasible ${((100 * feasible) / pairs).toFixed(1)} % of pairs, near misses kept ${nearMisses}`);

  const naiveJobs = realJobs.map(prepareReferenceJob);
  const naiveProfiles = realProfiles.map(prepareReferenceProfile);
  naiveJobAgainstProfiles(naiveJobs[0], naiveProfiles, ids);
  let agree = true;
  const [, naiveSeconds] = cpuSeconds(() => {
    for (let j = 0; j < naiveJobs.length; j++) {
      const n = naiveJobAgainstProfiles(naiveJobs[j], naiveProfiles, ids);
      if (j < 3) {
        const k = scoreJobAgainstProfiles(rJobs, j, rProfiles, geo, opts);
        agree &&= n.feasible.join() === [...k.feasible].join() && n.nearMisses.join() === [...k.nearMisses].join();
      }
    }
  });
  const naiveRate = report('realistic mix, naive array-of-objects scorer', naiveJobs.length * PROFILES, naiveSeconds);
  console.log(`  kernel / naive: ${(kernelRate / naiveRate).toFixed(1)}×, same top lists: ${agree}`);

  // What passes the SQL pre-filter (hour ranges, required accommodations, remote and commute): the kernel's real
  // diet, where only tasks and schedules still reject.
  const passes = (job: JobSpec, p: ProfileSpec): boolean =>
    p.hoursMax >= job.hoursMin &&
    p.hoursMin <= job.hoursMax &&
    p.required.every((a) => job.offered.includes(a)) &&
    (job.remotePossible ||
      (!p.remoteOnly && (p.maxCommuteKm === null || geo.km(job.municipality, p.municipality) <= p.maxCommuteKm)));
  const candidates = realJobs.map((job) =>
    Int32Array.from(realProfiles.flatMap((p, i) => (passes(job, p) ? [i] : []))),
  );
  const candidatePairs = candidates.reduce((n, c) => n + c.length, 0);
  let filteredFeasible = 0;
  for (let j = 0; j < rJobs.size; j++) {
    filteredFeasible += scoreJobAgainstProfiles(rJobs, j, rProfiles, geo, opts, candidates[j]).feasibleCount;
  }
  const filteredSeconds = medianSeconds(7, () => {
    for (let j = 0; j < rJobs.size; j++) scoreJobAgainstProfiles(rJobs, j, rProfiles, geo, opts, candidates[j]);
  });
  const filteredRate = report('pre-filtered realistic candidates, kernel', candidatePairs, filteredSeconds);
  console.log(`  feasible ${((100 * filteredFeasible) / candidatePairs).toFixed(1)} % of candidates`);
  const [, naiveFilteredSeconds] = cpuSeconds(() => {
    for (let j = 0; j < naiveJobs.length; j++) {
      const rows = [...candidates[j]];
      naiveJobAgainstProfiles(
        naiveJobs[j],
        rows.map((i) => naiveProfiles[i]),
        Uint32Array.from(rows, (i) => ids[i]),
      );
    }
  });
  const naiveFilteredRate = report('pre-filtered realistic candidates, naive', candidatePairs, naiveFilteredSeconds);
  console.log(`  kernel / naive: ${(filteredRate / naiveFilteredRate).toFixed(1)}×`);

  const naiveWorstJobs = worstJobs.map(prepareReferenceJob);
  const naiveWorstProfiles = worstProfiles.map(prepareReferenceProfile);
  const [, naiveWorstSeconds] = cpuSeconds(() => {
    for (const job of naiveWorstJobs.slice(0, 3)) naiveJobAgainstProfiles(job, naiveWorstProfiles, ids);
  });
  const naiveWorstRate = report('worst case, naive array-of-objects scorer', 3 * PROFILES, naiveWorstSeconds);
  console.log(`  kernel / naive: ${((wJobs.size * PROFILES) / worstSeconds / naiveWorstRate).toFixed(1)}×`);
}

main();
