import fc from 'fast-check';
import { fillSchedule, popcount32 } from '../bits';
import { Geo } from '../geo';
import type { AbilitySpec, JobSpec, ProfileSpec, RestrictionSpec, TaskSpec, WindowSpec } from '../specs';
import { QUARTERS_PER_DAY, SCHEDULE_WORDS } from '../specs';

/** A dozen real municipality centroids (Helsinki … Rovaniemi): distances from 0 to about 800 km. */
const CENTROIDS: readonly (readonly [number, number])[] = [
  [60.17, 24.94],
  [60.21, 24.66],
  [60.29, 25.04],
  [61.5, 23.76],
  [60.45, 22.27],
  [65.01, 25.47],
  [60.98, 25.66],
  [62.89, 27.68],
  [62.24, 25.75],
  [60.39, 25.66],
  [60.4, 25.1],
  [66.5, 25.73],
];

export const MUNICIPALITY_COUNT = CENTROIDS.length;

export const testGeo = new Geo(
  CENTROIDS.map((c) => c[0]),
  CENTROIDS.map((c) => c[1]),
);

export const FULL_WEEK: WindowSpec[] = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, startMin: 0, endMin: 1440 }));

/** Small ordinals most of the time so that sets collide; now and then the top of the range (bit 31, word 1). */
const demandArb = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 7 }) }, fc.integer({ min: 0, max: 31 }));
const taskTypeArb = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 5 }) }, fc.integer({ min: 0, max: 63 }));
const accommodationArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 7 }) },
  fc.integer({ min: 0, max: 31 }),
);
const municipalityArb = fc.integer({ min: 0, max: MUNICIPALITY_COUNT - 1 });
const halfHoursArb = (max: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: max * 2 }).map((x) => x / 2);

export const windowArb: fc.Arbitrary<WindowSpec> = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 48 }))
  .map(([day, start, length]) => ({
    day,
    startMin: start * 15,
    endMin: Math.min(QUARTERS_PER_DAY, start + length) * 15,
  }));

const scheduleArb = fc.oneof({ weight: 4, arbitrary: fc.array(windowArb, { maxLength: 8 }) }, fc.constant(FULL_WEEK));

export const taskArb: fc.Arbitrary<TaskSpec> = fc.record({
  taskType: taskTypeArb,
  modifiable: fc.boolean(),
  hoursShare: fc.option(fc.integer({ min: 0, max: 60 }), { freq: 2 }),
  demands: fc.uniqueArray(fc.record({ demand: demandArb, level: fc.integer({ min: 0, max: 4 }) }), {
    maxLength: 4,
    selector: (d) => d.demand,
  }),
});

/** Euros an hour, in cents: 8.00–40.00. */
export const wageArb: fc.Arbitrary<number> = fc.integer({ min: 800, max: 4000 }).map((c) => c / 100);
/** Euros a month, in cents: 0–3,000 (a low limit caps most jobs, a high one few). */
export const earningsLimitArb: fc.Arbitrary<number> = fc.integer({ min: 0, max: 300_000 }).map((c) => c / 100);

export const jobArb: fc.Arbitrary<JobSpec> = fc
  .record({
    offered: fc.uniqueArray(accommodationArb, { maxLength: 8 }),
    hoursMin: halfHoursArb(30),
    extra: halfHoursArb(20),
    schedule: scheduleArb,
    municipality: municipalityArb,
    remotePossible: fc.boolean(),
    tasks: fc.oneof(
      { weight: 5, arbitrary: fc.array(taskArb, { minLength: 1, maxLength: 5 }) },
      fc.array(taskArb, { minLength: 1, maxLength: 20 }),
    ),
    hourlyWage: fc.option(wageArb, { freq: 2 }),
  })
  .map(({ extra, ...job }) => ({ ...job, hoursMax: job.hoursMin + extra }));

const restrictionsArb: fc.Arbitrary<RestrictionSpec[]> = fc.uniqueArray(
  fc.record({ demand: demandArb, maxLevel: fc.integer({ min: 0, max: 4 }) }),
  { maxLength: 3, selector: (r) => r.demand },
);

const abilitiesArb: fc.Arbitrary<AbilitySpec[]> = fc.uniqueArray(
  fc.record({ taskType: taskTypeArb, experience: fc.constantFrom<0 | 1 | 2>(0, 1, 2) }),
  { maxLength: 4, selector: (a) => a.taskType },
);

export const profileArb: fc.Arbitrary<ProfileSpec> = fc
  .record({
    required: fc.uniqueArray(accommodationArb, { maxLength: 3 }),
    preferred: fc.uniqueArray(accommodationArb, { maxLength: 5 }),
    restrictions: restrictionsArb,
    abilities: abilitiesArb,
    hoursMin: halfHoursArb(20),
    extra: halfHoursArb(25),
    availability: scheduleArb,
    municipality: municipalityArb,
    maxCommuteKm: fc.option(fc.integer({ min: 0, max: 300 }), { freq: 2 }),
    remoteOnly: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, fc.constant(true)),
    earningsLimitEur: fc.option(earningsLimitArb, { freq: 2 }),
  })
  .map(({ extra, ...profile }) => ({
    ...profile,
    preferred: profile.preferred.filter((a) => !profile.required.includes(a)),
    hoursMax: profile.hoursMin + extra,
  }));

/** Weekly hours of a set of windows, overlaps counted once. */
export function scheduleHours(windows: readonly WindowSpec[]): number {
  const bits = new Uint32Array(SCHEDULE_WORDS);
  fillSchedule(windows, bits, 0);
  let quarters = 0;
  for (const w of bits) quarters += popcount32(w);
  return quarters / 4;
}

/** The quarter-hours of the week that the windows do not cover, as windows. */
export function complementWindows(windows: readonly WindowSpec[]): WindowSpec[] {
  const bits = new Uint32Array(SCHEDULE_WORDS);
  fillSchedule(windows, bits, 0);
  const out: WindowSpec[] = [];
  for (let day = 0; day < 7; day++) {
    let start = -1;
    for (let q = 0; q <= QUARTERS_PER_DAY; q++) {
      const bit = day * QUARTERS_PER_DAY + q;
      const free = q < QUARTERS_PER_DAY && ((bits[bit >>> 5] >>> (bit & 31)) & 1) === 0;
      if (free && start < 0) start = q;
      if (!free && start >= 0) {
        out.push({ day, startMin: start * 15, endMin: q * 15 });
        start = -1;
      }
    }
  }
  return out;
}

function maxLevelOn(tasks: readonly TaskSpec[], demand: number): number {
  let max = 0;
  for (const t of tasks) for (const d of t.demands) if (d.demand === demand && d.level > max) max = d.level;
  return max;
}

function conflicts(task: TaskSpec, restrictions: readonly RestrictionSpec[]): boolean {
  return task.demands.some((d) => restrictions.some((r) => r.demand === d.demand && d.level > r.maxLevel));
}

/**
 * Adjusts a job and a profile into a feasible pair, keeping as much of both as it can: a non-empty schedule with
 * enough hours, required ⊆ offered, restrictions that only ever carve out modifiable tasks and leave one, hour
 * ranges that meet, availability covering the schedule, and a commute limit the distance keeps to.
 */
export function makeFeasible(job: JobSpec, profile: ProfileSpec): { job: JobSpec; profile: ProfileSpec } {
  const schedule = job.schedule.length > 0 ? job.schedule : [{ day: 0, startMin: 480, endMin: 720 }];
  const available = scheduleHours(schedule);
  const jobMin = Math.max(0.25, Math.min(job.hoursMin, available));
  const fixedJob: JobSpec = { ...job, schedule, hoursMin: jobMin, hoursMax: Math.max(job.hoursMax, jobMin) };

  let restrictions = profile.restrictions.map((r) => {
    const essentialMax = maxLevelOn(
      fixedJob.tasks.filter((t) => !t.modifiable),
      r.demand,
    );
    return { demand: r.demand, maxLevel: Math.max(r.maxLevel, essentialMax) };
  });
  if (fixedJob.tasks.every((t) => conflicts(t, restrictions))) restrictions = [];

  const hoursMin = Math.min(profile.hoursMin, fixedJob.hoursMax, available);
  const km = testGeo.km(fixedJob.municipality, profile.municipality);
  const fixedProfile: ProfileSpec = {
    ...profile,
    required: profile.required.filter((a) => fixedJob.offered.includes(a)),
    restrictions,
    hoursMin,
    hoursMax: Math.max(profile.hoursMax, fixedJob.hoursMin, hoursMin),
    availability: [...profile.availability, ...schedule],
    maxCommuteKm: profile.maxCommuteKm === null ? null : Math.max(profile.maxCommuteKm, Math.ceil(km)),
    remoteOnly: profile.remoteOnly && fixedJob.remotePossible,
  };
  // Within the earnings limit: even the job's minimum hours must not earn more than it (the kernel's expression).
  const wage = fixedJob.hourlyWage ?? null;
  const limit = fixedProfile.earningsLimitEur ?? null;
  if (wage !== null && limit !== null && (fixedJob.hoursMin * wage * 52) / 12 > limit) {
    fixedProfile.earningsLimitEur = (fixedJob.hoursMin * wage * 52) / 12;
  }
  return { job: fixedJob, profile: fixedProfile };
}

export const feasiblePairArb = fc.tuple(jobArb, profileArb).map(([job, profile]) => makeFeasible(job, profile));

/** Random pairs (mostly infeasible) mixed with feasible ones, so that properties see both. */
export const pairArb: fc.Arbitrary<{ job: JobSpec; profile: ProfileSpec }> = fc.oneof(
  feasiblePairArb,
  fc.tuple(jobArb, profileArb).map(([job, profile]) => ({ job, profile })),
);
